//go:build unix

package cases

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A named pipe called *.yaml is refused at once, not waited on.
func TestReadFileRefusesANamedPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadFile(path)
		done <- err
	}()
	select {
	case err := <-done:
		want := path + ": cannot read the case file: not a regular file (a FIFO)"
		if err == nil || err.Error() != want {
			t.Errorf("error %v, want %s", err, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe blocked")
	}
	if _, err := ReadFile(filepath.Dir(path)); err == nil {
		t.Error("a directory was read")
	}
}
