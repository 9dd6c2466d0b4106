//go:build unix

package templates

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestTemplateFIFO checks that a FIFO named *.tmpl is an error, not a
// read that waits for a writer forever.
func TestTemplateFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "court.tmpl"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	start := time.Now()
	_, err := Load(Options{Dir: dir})
	if want := "court.tmpl: a template must be a regular file, not a FIFO"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	if took := time.Since(start); took > runaway {
		t.Errorf("took %s", took)
	}
}
