package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestWriteAtomicFailures makes writeAtomic fail at each step it can be
// made to fail at from outside: it must report the path and leave no
// temporary file.
func TestWriteAtomicFailures(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, dir string) string // returns the path to write
		want  []string                              // the directory's entries after
	}{
		{"directory missing", func(t *testing.T, dir string) string {
			return filepath.Join(dir, "missing", "out.pdf")
		}, nil},
		{"a directory in the way", func(t *testing.T, dir string) string {
			writeTree(t, dir, map[string][]byte{"out.pdf/keep": nil})
			return filepath.Join(dir, "out.pdf")
		}, []string{"out.pdf"}},
		{"directory read-only", func(t *testing.T, dir string) string {
			if os.Getuid() == 0 {
				t.Skip("root writes into read-only directories")
			}
			if err := os.Chmod(dir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(dir, 0o755) })
			return filepath.Join(dir, "out.pdf")
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tt.setup(t, dir)
			err := writeAtomic(path, []byte("%PDF-1.4\n%%EOF\n"))
			if err == nil || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want one naming %s", err, path)
			}
			if got := dirNames(t, dir); !slices.Equal(got, tt.want) {
				t.Errorf("the directory holds %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWritePDFMakesDirectories writes a PDF into directories that do not
// exist yet.
func TestWritePDFMakesDirectories(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a", "b", "out.pdf")
	if err := writePDF(path, []byte("%PDF-1.4\n%%EOF\n")); err != nil {
		t.Fatal(err)
	}
	assertDirHolds(t, filepath.Dir(path), "out.pdf") // its mode: TestOutputPermissions
}
