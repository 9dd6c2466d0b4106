package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// failingFile is a real temporary file whose writing fails as a full or
// broken disk makes it fail.
type failingFile struct {
	*os.File
	failWrite, failSync, failClose bool
}

func (f *failingFile) Write(p []byte) (int, error) {
	if f.failWrite {
		n, _ := f.File.Write(p[:len(p)/2])
		return n, syscall.ENOSPC
	}
	return f.File.Write(p)
}

func (f *failingFile) Sync() error {
	if f.failSync {
		return syscall.EIO
	}
	return f.File.Sync()
}

func (f *failingFile) Close() error {
	err := f.File.Close()
	if f.failClose {
		return syscall.EIO
	}
	return err
}

// TestWriteFailuresKeepThePDF injects failures into every step of an
// atomic write: the earlier PDF is intact afterwards, the error names the
// file and the cause, and no temporary file is left behind.
func TestWriteFailuresKeepThePDF(t *testing.T) {
	tests := []struct {
		name string
		file failingFile
		want error
	}{
		{"disk full while writing", failingFile{failWrite: true}, syscall.ENOSPC},
		{"flush fails", failingFile{failSync: true}, syscall.EIO},
		{"close fails", failingFile{failClose: true}, syscall.EIO},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "statement.pdf")
			if err := os.WriteFile(out, []byte("%PDF-earlier"), 0o644); err != nil {
				t.Fatal(err)
			}
			err := writeAtomicWith(out, []byte("%PDF-new and longer"), func(d, pattern string) (tempFile, error) {
				f, err := os.CreateTemp(d, pattern)
				ff := tt.file
				ff.File = f
				return &ff, err
			})
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), out) {
				t.Errorf("error = %v, want %v naming %s", err, tt.want, out)
			}
			if b, _ := os.ReadFile(out); string(b) != "%PDF-earlier" {
				t.Errorf("the earlier PDF became %q", b)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("left behind: %v", entries)
			}
		})
	}
}

// TestRenderFileErrors renders into places that cannot take a PDF, and
// from a dangling symlink: each gives a clear error and exit 1.
func TestRenderFileErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	data, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, data, 0o644); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.yaml")
	if err := os.Symlink(filepath.Join(dir, "gone.yaml"), dangling); err != nil {
		t.Fatal(err)
	}
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{dangling}, "no such file or directory"},
		{[]string{good, "-o", filepath.Join(blocker, "out.pdf")}, "not a directory"},
		{[]string{good, "-o", good}, "refusing to write the PDF over its own case file"},
	}
	for _, tt := range tests {
		code, _, stderr := runApp(append([]string{"render", "--force"}, tt.args...)...)
		if code != 1 || !strings.Contains(stderr, tt.want) {
			t.Errorf("render %v: exit %d, stderr %q; want 1 and %q", tt.args, code, stderr, tt.want)
		}
	}
	if b, _ := os.ReadFile(good); string(b) != string(data) {
		t.Error("the case file changed")
	}
	out := filepath.Join(dir, "pdfs")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runApp("render", good, "-o", out); code != 0 {
		t.Fatalf("render into a directory: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "good.pdf")); err != nil {
		t.Errorf("-o DIR with one case file: %v", err)
	}
}
