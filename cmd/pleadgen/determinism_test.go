package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDeterministic renders the example in two processes that differ in time
// zone, locale, working directory and output name: the PDFs must be the same
// bytes.
func TestDeterministic(t *testing.T) {
	casePath, err := filepath.Abs(examplePath)
	if err != nil {
		t.Fatal(err)
	}
	runs := []struct {
		env []string
		out string
	}{
		{env: []string{"TZ=UTC", "LANG=C"}, out: "statement.pdf"},
		{env: []string{"TZ=Pacific/Auckland", "LANG=de_DE.UTF-8"}, out: "sub/Joint CMC (final).pdf"},
	}
	var pdfs [][]byte
	for _, r := range runs {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(r.out)), 0o755); err != nil {
			t.Fatal(err)
		}
		code, stderr := runProcess(t, dir, r.env, "render", casePath, "-o", r.out)
		if code != exitOK {
			t.Fatalf("render with %q: exit status %d\n%s", r.env, code, stderr)
		}
		pdfs = append(pdfs, readFile(t, filepath.Join(dir, r.out)))
	}
	if !bytes.Equal(pdfs[0], pdfs[1]) {
		t.Errorf("the two renderings differ: %d and %d bytes, first difference at byte %d",
			len(pdfs[0]), len(pdfs[1]), firstDifference(pdfs[0], pdfs[1]))
	}
}

// firstDifference returns the offset of the first byte where a and b differ.
func firstDifference(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
