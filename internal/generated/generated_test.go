package generated

import (
	"os"
	"path/filepath"
	"testing"
)

// fakeT records whether a check failed.
type fakeT struct {
	testing.TB
	failed bool
}

func (f *fakeT) Helper()               {}
func (f *fakeT) Fatal(...any)          { f.failed = true }
func (f *fakeT) Fatalf(string, ...any) { f.failed = true }

// TestCheck: a file that holds what is wanted passes, one that differs or
// is missing fails, and update writes it so that it then passes.
func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "made.go")
	for _, c := range []struct {
		name   string
		update bool
		fails  bool
	}{
		{"missing", false, true},
		{"written", true, false},
		{"up to date", false, false},
	} {
		f := &fakeT{TB: t}
		Check(f, path, []byte("package made\n"), c.update, "remake")
		if f.failed != c.fails {
			t.Errorf("%s: failed %v, want %v", c.name, f.failed, c.fails)
		}
	}
	if err := os.WriteFile(path, []byte("package other\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := &fakeT{TB: t}
	if Check(f, path, []byte("package made\n"), false, "remake"); !f.failed {
		t.Error("a file that differs passes")
	}
}
