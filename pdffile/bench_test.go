package pdffile_test

import (
	"os"
	"path/filepath"
	"testing"

	"pleadgen/pdffile"
)

// BenchmarkReadDigest reads the digest of a ten-page pleading, as every
// unchanged case of a batch does.
func BenchmarkReadDigest(b *testing.B) {
	src, err := os.ReadFile("../render/testdata/bench/redwood.md")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "out.pdf")
	if err := os.WriteFile(path, renderMarkup(b, string(src)), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if d, err := pdffile.ReadDigest(path); err != nil || d != realDigest {
			b.Fatal(d, err)
		}
	}
}
