//go:build !unix

package regular

import "os"

// openNoWait opens a file for reading.
func openNoWait(path string) (*os.File, error) { return os.Open(path) }
