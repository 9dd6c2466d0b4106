package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

func TestDigestRoundTrip(t *testing.T) {
	doc, err := markup.Parse("in.md", []byte("::: document\ntitle: T\n:::\n\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	for _, want := range []string{"", "0123456789abcdef"} {
		doc.Meta.Digest = want
		b, err := PDF(doc)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadDigest(path)
		if err != nil || got != want {
			t.Errorf("ReadDigest = %q, %v; want %q", got, err, want)
		}
	}
	var long strings.Builder
	long.WriteString("::: document\ntitle: T\n:::\n\n")
	for i := 0; i < 600; i++ {
		long.WriteString("A paragraph.\n\n::: pagebreak\n")
	}
	doc, err = markup.Parse("in.md", []byte(long.String()))
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Digest = "abcdef0123"
	b, err := PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadDigest(path); err != nil || got != "abcdef0123" {
		t.Errorf("a 600-page PDF: ReadDigest = %q, %v", got, err)
	}
	if _, err := ReadDigest(filepath.Join(t.TempDir(), "missing.pdf")); err == nil {
		t.Error("ReadDigest of a missing file gave no error")
	}
}

func TestFindDigest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/Keywords (pleadgen-digest:abc123)", "abc123"},
		{"no mark here", ""},
		{"(pleadgen-digest:)", ""},
		{"pleadgen-digest:01 old pleadgen-digest:ff)", "ff"},
	}
	for _, tt := range tests {
		if got := findDigest([]byte(tt.in)); got != tt.want {
			t.Errorf("findDigest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReadDigestOfOtherFiles reads files that are not pleadgen's PDFs.
func TestReadDigestOfOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for i, content := range []string{"", "%PDF-1.4\n", "startxref\n", "startxref\nx\n%%EOF", "trailer /Info\nstartxref\n5\n", "%PDF xref\n0 1\n/Info 9 0 R\nstartxref\n5\n%%EOF\n"} {
		path := filepath.Join(dir, "f.pdf")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, err := ReadDigest(path); err != nil || got != "" {
			t.Errorf("file %d: ReadDigest = %q, %v; want none", i, got, err)
		}
	}
}
