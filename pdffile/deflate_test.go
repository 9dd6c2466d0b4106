package pdffile

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"testing"
)

func TestDeflateKeepsStreams(t *testing.T) {
	raw := rawPDF([]string{
		"<</Length 11>>\nstream\nhello hello\nendstream",
		"<</Filter /FlateDecode /Length 3>>\nstream\nabc\nendstream",
		"<<\n/Keywords (pleadgen-digest:ab)\n>>",
		"<<\n/Type /Catalog\n>>",
	}, 3, 4)
	var z Deflater
	out, err := z.Deflate(raw)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := f.Stream(1); err != nil || string(got) != "hello hello" {
		t.Errorf("object 1: %q, %v", got, err)
	}
	if !bytes.Contains(out, []byte("2 0 obj\n<</Filter /FlateDecode /Length 3>>\nstream\nabc\n")) {
		t.Errorf("an already filtered stream was changed:\n%q", out)
	}
	if d, err := digestOf(out); err != nil || d != "ab" {
		t.Errorf("Digest = %q, %v", d, err)
	}
}

func TestDeflateRejectsOtherFiles(t *testing.T) {
	var z Deflater
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\nstartxref\n999\n%%EOF\n", "xref\n0 2\nstartxref\n0\n%%EOF\n"} {
		if _, err := z.Deflate([]byte(in)); err == nil {
			t.Errorf("Deflate(%q) gave no error", in)
		}
	}
	bad := rawPDF([]string{"<</Length 99>>\nstream\nshort\nendstream", "<<\n>>", "<<\n/Type /Catalog\n>>"}, 2, 3)
	if _, err := z.Deflate(bad); err == nil {
		t.Error("a stream longer than its object gave no error")
	}
}

func TestLengthField(t *testing.T) {
	tests := []struct {
		dict       string
		start, end int
		n          int
		ok         bool
	}{
		{"<</Length 42", 2, 12, 42, true},
		{"<</Length 7 /Filter /FlateDecode /Length1 19452", 2, 11, 7, true},
		{"<</Type /Page", 0, 0, 0, false},
		{"<</Length x", 0, 0, 0, false},
	}
	for _, tt := range tests {
		s, e, n, ok := lengthField([]byte(tt.dict))
		if ok != tt.ok || (ok && (s != tt.start || e != tt.end || n != tt.n)) {
			t.Errorf("lengthField(%q) = %d, %d, %d, %v", tt.dict, s, e, n, ok)
		}
	}
}

// TestFlateIsZlib reads what Flate makes back with the standard library's
// zlib reader, which checks the header and the checksum: nothing, a byte,
// text, random bytes, and more than one deflate block of each.
func TestFlateIsZlib(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	random := make([]byte, 300<<10)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	text := bytes.Repeat([]byte("BT 108.00 679.00 Td (to Civil Local Rule 16-9 and the Standing Order) Tj ET\n"), 4000)
	var d Deflater
	for _, in := range [][]byte{nil, {0}, text[:100], text, random[:1000], random} {
		z, err := d.Flate(in)
		if err != nil {
			t.Fatal(err)
		}
		r, err := zlib.NewReader(bytes.NewReader(z))
		if err != nil {
			t.Fatalf("%d bytes: %v", len(in), err)
		}
		out, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(out, in) {
			t.Fatalf("%d bytes: read back %d bytes, %v", len(in), len(out), err)
		}
		if len(in) == len(text) && len(z) > len(in)/10 {
			t.Errorf("text deflated to %d of %d bytes", len(z), len(in))
		}
	}
}
