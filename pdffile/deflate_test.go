package pdffile

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"testing"
)

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
