package render

import (
	"bytes"
	"compress/zlib"
	"io"
	"testing"

	"pleadgen/render/layout"
)

// streams returns the stream data of every object of a PDF, inflated
// where the stream is deflated, keyed by object number.
func streams(t *testing.T, pdf []byte) map[int][]byte {
	t.Helper()
	objs, _, _, err := splitObjects(pdf)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]byte{}
	for _, o := range objs {
		i := bytes.Index(o.body, []byte(">>\nstream\n"))
		if i < 0 {
			continue
		}
		dict := o.body[:i]
		_, _, n, ok := lengthField(dict)
		if !ok {
			t.Fatalf("object %d: no length in %q", o.num, dict)
		}
		data := o.body[i+10 : i+10+n]
		if bytes.Contains(dict, []byte("/FlateDecode")) {
			r, err := zlib.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("object %d: %v", o.num, err)
			}
			data, _ = io.ReadAll(r)
		}
		out[o.num] = data
	}
	return out
}

func TestDeflateKeepsEveryStream(t *testing.T) {
	doc := readDoc(t, "testdata/bench/aclu.md")
	prof, err := layout.LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	m, d, err := layoutWith(doc, prof)
	if err != nil {
		t.Fatal(err)
	}
	fs := m.drawing()
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
	var z deflater
	out, err := z.deflate(raw.Bytes())
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

func TestDeflateRejectsOtherFiles(t *testing.T) {
	var z deflater
	for _, in := range []string{"", "%PDF-1.4\n", "%PDF-1.4\nstartxref\n999\n%%EOF\n", "xref\n0 2\nstartxref\n0\n%%EOF\n"} {
		if _, err := z.deflate([]byte(in)); err == nil {
			t.Errorf("deflate(%q) gave no error", in)
		}
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
