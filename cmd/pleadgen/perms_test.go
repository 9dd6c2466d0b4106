//go:build unix

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// withUmask runs f with the process's umask set to mask, then restores it.
// The umask is the process's, so tests that call it do not run in
// parallel.
func withUmask(mask int, f func()) {
	old := syscall.Umask(mask)
	defer syscall.Umask(old)
	f()
}

// TestOutputPermissions writes PDFs over existing ones, which keep their
// permissions, and new ones, which get 0666 less the umask, as a shell's
// redirection would make them; new directories get 0777 less the umask.
func TestOutputPermissions(t *testing.T) {
	tests := []struct {
		name    string
		umask   int
		old     fs.FileMode // the earlier PDF's mode; 0 for none
		link    bool        // whether the output is a link to the earlier PDF
		want    fs.FileMode
		wantDir fs.FileMode // the new directory's mode; 0 when none is made
	}{
		{"a private PDF stays private", 0o022, 0o600, false, 0o600, 0},
		{"a group-readable PDF stays so", 0o077, 0o640, false, 0o640, 0},
		{"a read-only PDF stays read-only", 0o022, 0o444, false, 0o444, 0},
		{"a private PDF through a link", 0o022, 0o600, true, 0o600, 0},
		{"new under umask 077", 0o077, 0, false, 0o600, 0o700},
		{"new under umask 022", 0o022, 0, false, 0o644, 0o755},
		{"new under umask 002", 0o002, 0, false, 0o664, 0o775},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "new", "out.pdf")
			if tt.old != 0 {
				out = filepath.Join(dir, "out.pdf")
				writeFile(t, out, []byte("%PDF-earlier"))
				if err := os.Chmod(out, tt.old); err != nil {
					t.Fatal(err)
				}
			}
			if tt.link {
				if err := os.Symlink("out.pdf", filepath.Join(dir, "link.pdf")); err != nil {
					t.Fatal(err)
				}
			}
			path := out
			if tt.link {
				path = filepath.Join(dir, "link.pdf")
			}
			var err error
			withUmask(tt.umask, func() { err = writePDF(path, []byte(newPDF)) })
			if err != nil {
				t.Fatal(err)
			}
			assertMode(t, out, tt.want)
			if tt.wantDir != 0 {
				assertMode(t, filepath.Dir(out), tt.wantDir|fs.ModeDir)
			}
		})
	}
}

// TestOutputOwner writes over a PDF owned by another user and group: as
// root, the new PDF keeps them.
func TestOutputOwner(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("only root can give a file to another user")
	}
	const uid, gid = 4242, 4343
	out := filepath.Join(t.TempDir(), "out.pdf")
	writeFile(t, out, []byte("%PDF-earlier"))
	if err := os.Chown(out, uid, gid); err != nil {
		t.Skipf("cannot give a file away here: %v", err)
	}
	if err := writePDF(out, []byte(newPDF)); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if s := st.Sys().(*syscall.Stat_t); s.Uid != uid || s.Gid != gid {
		t.Errorf("owner %d:%d, want %d:%d", s.Uid, s.Gid, uid, gid)
	}
}

// assertMode fails unless path has the mode want.
func assertMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode() != want {
		t.Errorf("%s has mode %v, want %v", path, st.Mode(), want)
	}
}

// chownFile is a real temporary file whose Chown fails as it does for a
// process that may not give files away.
type chownFile struct {
	*os.File
	fail  func(uid, gid int) error
	calls [][2]int
}

func (f *chownFile) Chown(uid, gid int) error {
	f.calls = append(f.calls, [2]int{uid, gid})
	if err := f.fail(uid, gid); err != nil {
		return &fs.PathError{Op: "chown", Path: f.Name(), Err: err}
	}
	return nil
}

// TestKeepOwnerNotPermitted replaces a PDF where the owner, or the owner
// and the group, cannot be kept: the PDF is written all the same, having
// tried the group alone; any other failure of chown is an error.
func TestKeepOwnerNotPermitted(t *testing.T) {
	tests := []struct {
		name      string
		fail      func(uid, gid int) error
		wantCalls int
		wantErr   error
	}{
		{"owner not permitted", func(uid, _ int) error {
			if uid != -1 {
				return syscall.EPERM
			}
			return nil
		}, 2, nil},
		{"nothing permitted", func(int, int) error { return syscall.EPERM }, 2, nil},
		{"outside the user namespace", func(int, int) error { return syscall.EINVAL }, 2, nil},
		{"an I/O error", func(int, int) error { return syscall.EIO }, 1, syscall.EIO},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.pdf")
			writeFile(t, out, []byte("%PDF-earlier"))
			var cf *chownFile
			err := writeAtomicWith(out, []byte(newPDF), func(d, pattern string) (tempFile, error) {
				f, err := os.CreateTemp(d, pattern)
				cf = &chownFile{File: f, fail: tt.fail}
				return cf, err
			})
			if tt.wantErr == nil && err != nil || tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if len(cf.calls) != tt.wantCalls {
				t.Errorf("chown called as %v, want %d calls", cf.calls, tt.wantCalls)
			}
			want := newPDF
			if tt.wantErr != nil {
				want = "%PDF-earlier"
			}
			if got := string(readFile(t, out)); got != want {
				t.Errorf("the PDF holds %q, want %q", got, want)
			}
		})
	}
}
