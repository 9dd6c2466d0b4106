//go:build unix

package regular

import (
	"os"
	"syscall"
)

// openNoWait opens a file for reading without blocking, as opening a named
// pipe with no writer would.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
