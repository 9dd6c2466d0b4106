//go:build unix

package pdffile

import (
	"errors"
	"path/filepath"
	"syscall"
	"testing"
)

// A FIFO where the PDF should be is refused at once, not waited on.
func TestReadDigestOfFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip(err)
	}
	if _, err := ReadDigest(path); !errors.Is(err, ErrNotWhole) {
		t.Errorf("ReadDigest of a FIFO: %v", err)
	}
}
