package render

import (
	"bytes"
	"errors"
	"testing"

	"pleadgen/pdffile"
	"pleadgen/render/layout"
)

// streams returns the stream data of every object of a PDF, inflated
// where the stream is deflated, keyed by object number.
func streams(t *testing.T, pdf []byte) map[int][]byte {
	t.Helper()
	f, err := pdffile.Parse(pdf)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]byte{}
	for n := 1; n < 1<<16; n++ {
		data, err := f.Stream(n)
		if errors.Is(err, pdffile.ErrNotStream) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		out[n] = data
	}
	return out
}

func TestDeflateKeepsEveryStream(t *testing.T) {
	doc := readDoc(t, "testdata/bench/aclu.md")
	prof, err := layout.LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	_, d, err := layoutWith(doc, prof, nil)
	if err != nil {
		t.Fatal(err)
	}
	fs := newFontSet() // the fpdf path, which the deflater serves
	setMeta(fs.pdf, d.Meta)
	p := &pen{fonts: fs}
	for _, pg := range d.Pages {
		if err := p.page(d.Profile, pg); err != nil {
			t.Fatal(err)
		}
	}
	var raw bytes.Buffer
	if err := fs.pdf.Output(&raw); err != nil {
		t.Fatal(err)
	}
	var z pdffile.Deflater
	out, err := z.Deflate(raw.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(out) >= raw.Len() {
		t.Errorf("deflated PDF is %d bytes, the original %d", len(out), raw.Len())
	}
	before, after := streams(t, raw.Bytes()), streams(t, out)
	if len(before) == 0 || len(before) != len(after) {
		t.Fatalf("%d streams before, %d after", len(before), len(after))
	}
	for n, data := range before {
		if !bytes.Equal(data, after[n]) {
			t.Errorf("object %d's stream changed", n)
		}
	}
}
