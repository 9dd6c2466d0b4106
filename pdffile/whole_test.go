package pdffile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func digestOf(b []byte) (string, error) { return Digest(bytes.NewReader(b), int64(len(b))) }

func TestSmallPDFIsWhole(t *testing.T) {
	for _, want := range []string{"", "0123456789abcdef"} {
		got, err := digestOf(smallPDF(t, want))
		if err != nil || got != want {
			t.Errorf("Digest = %q, %v; want %q", got, err, want)
		}
	}
}

// Every change of one byte in the cross-reference table or the trailer,
// to its neighbouring value or to a space, is found.
func TestEveryTrailerByteMatters(t *testing.T) {
	pdf := smallPDF(t, "abc123")
	xref := bytes.LastIndex(pdf, []byte("xref\n"))
	for i := xref; i < len(pdf); i++ {
		for _, c := range []byte{pdf[i] ^ 1, ' '} {
			if c == pdf[i] {
				continue
			}
			b := bytes.Clone(pdf)
			b[i] = c
			if d, err := digestOf(b); !errors.Is(err, ErrNotWhole) {
				t.Errorf("byte %d (%q in %q) set to %q: Digest = %q, %v", i, pdf[i], pdf[max(i-8, 0):min(i+8, len(pdf))], c, d, err)
			}
		}
	}
}

func TestNotWhole(t *testing.T) {
	pdf := smallPDF(t, "abc123")
	info := bytes.Index(pdf, []byte("6 0 obj\n"))
	tests := []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"cut by one byte", pdf[:len(pdf)-1]},
		{"cut after the objects", pdf[:bytes.LastIndex(pdf, []byte("xref\n"))]},
		{"a newline added", append(bytes.Clone(pdf), '\n')},
		{"CR LF at the end", append(bytes.Clone(pdf[:len(pdf)-1]), '\r', '\n')},
		{"junk added", append(bytes.Clone(pdf), "junk"...)},
		{"a second %%EOF", append(bytes.Clone(pdf), "%%EOF\n"...)},
		{"the file twice", append(bytes.Clone(pdf), pdf...)},
		{"a byte cut from the header", pdf[1:]},
		{"a byte cut from the middle", append(bytes.Clone(pdf[:info]), pdf[info+1:]...)},
		{"a byte added in the middle", append(append(bytes.Clone(pdf[:info]), ' '), pdf[info:]...)},
		{"no header", append([]byte("%PDX-1.3\n"), pdf[9:]...)},
		{"the digest's mark at the end of a text file", []byte(strings.Repeat("x", 2000) + "\n/Keywords (pleadgen-digest:abc123)\nstartxref\n5\n%%EOF\n")},
		{"the digest in a trailer of a file with no table", []byte("%PDF-1.3\n/Keywords (pleadgen-digest:abc123)\ntrailer\n<<\n/Size 2\n/Root 1 0 R\n/Info 1 0 R\n>>\nstartxref\n9\n%%EOF\n")},
		{"the information is not strings", bytes.Replace(pdf, []byte("/Title (\\(T\\))"), []byte("/Title 5 0 R  "), 1)},
		{"keywords that are not a digest", bytes.Replace(pdf, []byte("pleadgen-digest:abc123"), []byte("pleadgen-digest:ABC123"), 1)},
	}
	for _, tt := range tests {
		if d, err := digestOf(tt.b); !errors.Is(err, ErrNotWhole) {
			t.Errorf("%s: Digest = %q, %v; want ErrNotWhole", tt.name, d, err)
		}
		if _, err := Parse(tt.b); !errors.Is(err, ErrNotWhole) {
			t.Errorf("%s: Parse gave %v; want ErrNotWhole", tt.name, err)
		}
	}
}

func TestReadDigest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(path, smallPDF(t, "feed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if d, err := ReadDigest(path); err != nil || d != "feed" {
		t.Errorf("ReadDigest = %q, %v", d, err)
	}
	// Piece by piece, as ReadDigest reads a large file.
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		t.Fatal(err)
	} else if d, err := Digest(f, st.Size()); err != nil || d != "feed" {
		t.Errorf("Digest of the open file = %q, %v", d, err)
	} else if _, err := Digest(f, st.Size()+1); !errors.Is(err, ErrNotWhole) {
		t.Errorf("Digest past the end of the file: %v", err)
	}
	if _, err := ReadDigest(filepath.Join(dir, "missing.pdf")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	if _, err := ReadDigest(dir); !errors.Is(err, ErrNotWhole) {
		t.Errorf("a directory: %v", err)
	}
	for i, content := range []string{"", "%PDF-1.4\n", "startxref\n", "startxref\nx\n%%EOF", "trailer /Info\nstartxref\n5\n", "%PDF xref\n0 1\n/Info 9 0 R\nstartxref\n5\n%%EOF\n"} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if d, err := ReadDigest(path); !errors.Is(err, ErrNotWhole) || !strings.Contains(err.Error(), path) {
			t.Errorf("file %d: ReadDigest = %q, %v; want ErrNotWhole naming the file", i, d, err)
		}
	}
}

func TestInfoDigest(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"6 0 obj\n<<\n/Keywords (pleadgen-digest:abc123)\n>>\nendobj\n", "abc123", true},
		{"6 0 obj\n<<\n/Title (a\\) /Keywords \\(pleadgen-digest:ff)\n>>\nendobj\n", "", true},
		{"6 0 obj\n<<\n/Title (\\376\\377)\n>>\nendobj\n", "", true},
		{"6 0 obj\n<<\n/Keywords (pleadgen-digest:)\n>>\nendobj\n", "", false},
		{"6 0 obj\n<<\n/Keywords (a) /Keywords (pleadgen-digest:ff)\n>>\nendobj\n", "", false},
		{"6 0 obj\n<<\n/Keywords (pleadgen-digest:ff)\nendobj\n", "", false},
		{"7 0 obj\n<<\n/Keywords (pleadgen-digest:ff)\n>>\nendobj\n", "", false},
		{"6 0 obj\n<<\n/Keywords (pleadgen-digest:ff\n>>\nendobj\n", "", false},
		{"6 0 obj\n<< /Keywords (pleadgen-digest:ff) >>\nendobj\n", "", false},
		{"6 0 obj\n<<\n/Keywords\n(pleadgen-digest:ff)\n>>\nendobj\n", "", false},
		{"6 0 obj\n<<\n/Keywords (pleadgen-digest:\\146f)\n>>\nendobj\n", "", false},
	}
	for _, tt := range tests {
		got, err := infoDigest([]byte(tt.in), 6)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("infoDigest(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}
