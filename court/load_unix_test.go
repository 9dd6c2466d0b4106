//go:build unix

package court

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A court directory's file that is a named pipe is refused at once, and
// one past the size a court file may have is refused unread.
func TestLoadRefusesWhatIsNoCourtFile(t *testing.T) {
	fifo := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(fifo, "cand.yaml"), 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	big := t.TempDir()
	if err := os.WriteFile(filepath.Join(big, "cand.yaml"), []byte("name: cand\n"+strings.Repeat("# padding\n", maxCourtFile/10+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{
		fifo: "cand.yaml: not a regular file (a FIFO)",
		big:  "cand.yaml: larger than 1 MB",
	} {
		done := make(chan error, 1)
		go func() { _, err := Load(dir); done <- err }()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("Load: %v, want …%s", err, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("Load of %s blocked", dir)
		}
	}
}
