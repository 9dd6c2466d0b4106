package render

import (
	"os"
	"path/filepath"
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
