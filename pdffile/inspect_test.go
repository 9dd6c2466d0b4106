package pdffile

import (
	"errors"
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

func TestInspectSmallPDF(t *testing.T) {
	facts, err := Inspect(smallPDF(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(facts.Pages) != 1 || facts.Pages[0].Width != 612 || facts.Pages[0].Height != 792 {
		t.Fatalf("pages %+v", facts.Pages)
	}
	got := facts.Pages[0].Texts
	if len(got) != 1 || got[0].S != "Hello" || !near(got[0].X, 100) || !near(got[0].Y, 92) || got[0].Size != 12 || got[0].Font != "Helvetica" {
		t.Errorf("texts %+v", got)
	}
	if len(facts.Fonts) != 1 || facts.Fonts[0] != (FontFacts{Name: "Helvetica"}) {
		t.Errorf("fonts %+v", facts.Fonts)
	}
}

// A page tree whose nodes name each other as kids is walked once.
func TestInspectPageTreeCycle(t *testing.T) {
	pdf := smallPDF(t, "")
	f, err := Parse(pdf)
	if err != nil {
		t.Fatal(err)
	}
	f.byNum[1] = []byte("<</Type /Pages\n/Kids [1 0 R 1 0 R 3 0 R 1 0 R]\n/MediaBox [0 0 612 792]\n>>")
	r := &pdfReader{File: f, fonts: map[int]*font{}}
	if got := r.pageList(); len(got) != 1 || got[0] != 3 {
		t.Errorf("pages %v", got)
	}
}

func TestInspectRejectsOtherFiles(t *testing.T) {
	for _, in := range []string{"", "hello", "%PDF-1.4\nxref\n0 1\n0000000000 65535 f \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"} {
		if _, err := Inspect([]byte(in)); err == nil {
			t.Errorf("Inspect(%q) gave no error", in)
		}
	}
}

func TestLexerStrings(t *testing.T) {
	tests := []struct{ in, want string }{
		{`(plain)`, "plain"},
		{`(a\(b\)c\\d)`, `a(b)c\d`},
		{`(a(b)c)`, "a(b)c"},
		{`(\101\102C\7)`, "ABC\x07"},
		{`(tab\tnew\nline)`, "tab\tnew\nline"},
		{"(ab\\\ncd)", "abcd"},
		{"(ab\\\r\ncd)", "abcd"},
		{`<48 65 6C6C6F>`, "Hello"},
		{`<414>`, "A@"},
	}
	for _, tt := range tests {
		l := &lexer{b: []byte(tt.in)}
		tok, ok, err := l.next()
		if err != nil || !ok || tok.kind != 's' || string(tok.b) != tt.want {
			t.Errorf("%s: got %q (%c, %v, %v), want %q", tt.in, tok.b, tok.kind, ok, err, tt.want)
		}
	}
	for _, bad := range []string{"(open", "<4142", "<zz>"} {
		if _, _, err := (&lexer{b: []byte(bad)}).next(); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// The text operators pleadgen does not write are followed too.
func TestReadContent(t *testing.T) {
	stream := `% a comment
q BT /F1 12 Tf 14 TL 100 700 Td (one) Tj T* [(tw) -20 (o)] TJ ET Q
BT /F1 10 Tf 2 0 0 2 50 600 Tm (big) Tj 0 -10 TD (down) Tj (three) ' 5 Ts (up) Tj ET
q /F2 8 Tf Q BT 1 1 Td (after) Tj ET`
	fonts := map[string]*font{"F1": {name: "Serif"}}
	pg := &PageFacts{Height: 792}
	if err := readContent([]byte(stream), fonts, pg, 792); err != nil {
		t.Fatal(err)
	}
	want := []TextFacts{
		{S: "one", X: 100, Y: 92, Size: 12, Font: "Serif"},
		{S: "two", X: 100, Y: 106, Size: 12, Font: "Serif"},
		{S: "big", X: 50, Y: 192, Size: 20, Font: "Serif"},
		{S: "down", X: 50, Y: 212, Size: 20, Font: "Serif"},
		{S: "three", X: 50, Y: 232, Size: 20, Font: "Serif"},
		{S: "up", X: 50, Y: 222, Size: 20, Font: "Serif"},
		{S: "after", X: 1, Y: 786, Size: 10, Font: "Serif"}, // Q restored the rise,
	}
	if len(pg.Texts) != len(want) {
		t.Fatalf("read %+v", pg.Texts)
	}
	for i, w := range want {
		if g := pg.Texts[i]; g.S != w.S || !near(g.X, w.X) || !near(g.Y, w.Y) || !near(g.Size, w.Size) || g.Font != w.Font {
			t.Errorf("text %d: read %+v, want %+v", i, g, w)
		}
	}
}

func TestDecodeText(t *testing.T) {
	if got := decodeText([]byte("caf\xe9 \x93q\x94 \x81"), nil); got != "café “q” \uFFFD" {
		t.Errorf("Windows-1252: %q", got)
	}
	if got := decodeText([]byte("\x00a\x03\xb1\xd8\x3d\xde\x00"), &font{unicode: true}); got != "aα😀" {
		t.Errorf("UTF-16: %q", got)
	}
}

func TestParseLookup(t *testing.T) {
	f, err := Parse(smallPDF(t, "ab"))
	if err != nil {
		t.Fatal(err)
	}
	if f.Root() != 7 || f.Info() != 6 {
		t.Errorf("root %d, info %d", f.Root(), f.Info())
	}
	if b, ok := f.Object(5); !ok || string(b) != "<</Type /Font\n/BaseFont /Helvetica\n/Subtype /Type1\n>>" {
		t.Errorf("object 5: %q, %v", b, ok)
	}
	if _, ok := f.Object(8); ok {
		t.Error("object 8 found")
	}
	if got, err := f.Stream(4); err != nil || string(got) != "BT /F1 12 Tf 100 700 Td (Hello) Tj ET\n" {
		t.Errorf("stream 4: %q, %v", got, err)
	}
	if _, err := f.Stream(5); !errors.Is(err, ErrNotStream) {
		t.Errorf("object 5 as a stream: %v", err)
	}
}
