package ttf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// TestMetricsOfLiberation reads the metrics of Liberation Serif's faces:
// the numbers every PDF reader of the font agrees on.
func TestMetricsOfLiberation(t *testing.T) {
	tests := []struct {
		name       string
		data       []byte
		bold       bool
		italic     bool
		widthA     int // 'A'
		widthAlpha int // 'α', as the PDF library pleadgen once drew with measured it
	}{
		{"regular", liberationserifregular.TTF, false, false, 722, 524},
		{"bold", liberationserifbold.TTF, true, false, 722, 558},
		{"italic", liberationserifitalic.TTF, false, true, 611, 525},
	}
	for _, tt := range tests {
		m, err := ReadMetrics(tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if m.Bold != tt.bold || (m.ItalicAngle != 0) != tt.italic || tt.italic && m.ItalicAngle != -17 || m.FixedPitch {
			t.Errorf("%s: bold %v, italic angle %d, fixed pitch %v", tt.name, m.Bold, m.ItalicAngle, m.FixedPitch)
		}
		if m.Ascent < 677 || m.Ascent > 694 || m.Descent != -216 || m.CapHeight != 655 {
			t.Errorf("%s: ascent %d, descent %d, cap height %d", tt.name, m.Ascent, m.Descent, m.CapHeight)
		}
		if want := "LiberationSerif"; !strings.HasPrefix(m.PostScriptName, want) || strings.ContainsAny(m.PostScriptName, " /") {
			t.Errorf("%s: PostScript name %q", tt.name, m.PostScriptName)
		}
		if m.BBox[0] >= 0 || m.BBox[1] >= 0 || m.BBox[2] <= 1000 || m.BBox[3] <= 891 {
			t.Errorf("%s: box %v", tt.name, m.BBox)
		}
		if got := m.Advance(m.Glyph('A')); got != tt.widthA {
			t.Errorf("%s: A is %d wide, want %d", tt.name, got, tt.widthA)
		}
		if got := m.Advance(m.Glyph('α')); got != tt.widthAlpha {
			t.Errorf("%s: α is %d wide, want %d", tt.name, got, tt.widthAlpha)
		}
		if m.Glyph(0x10000) != 0 || m.Glyph(-1) != 0 || m.Glyph(0xE000) != 0 {
			t.Errorf("%s: a glyph for a character the font lacks", tt.name)
		}
		if m.Advance(-5) != m.Advance(0) || m.Advance(1<<20) <= 0 {
			t.Errorf("%s: advances of glyphs out of range", tt.name)
		}
	}
}

// TestGlyphSearchIsTheScan proves the cmap's binary search finds, for every
// character of the Basic Multilingual Plane, the glyph a scan of its
// segments in order finds.
func TestGlyphSearchIsTheScan(t *testing.T) {
	f, err := parse(liberationserifregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	index, err := f.cmap()
	if err != nil {
		t.Fatal(err)
	}
	c := f.tables["cmap"]
	var sub []byte
	for i := 0; i < int(be.Uint16(c[2:])); i++ {
		rec := c[4+8*i:]
		off := int(be.Uint32(rec[4:]))
		if be.Uint16(rec) == 3 && be.Uint16(rec[2:]) == 1 && be.Uint16(c[off:]) == 4 {
			sub = c[off:]
		}
	}
	if sub == nil {
		t.Fatal("no format 4 map")
	}
	scan := func(r rune) int {
		segs := int(be.Uint16(sub[6:])) / 2
		for s := 0; s < segs; s++ {
			end, start := rune(be.Uint16(sub[14+2*s:])), rune(be.Uint16(sub[16+2*segs+2*s:]))
			if r > end {
				continue
			}
			if r < start {
				return 0
			}
			delta, ro := int(be.Uint16(sub[16+4*segs+2*s:])), int(be.Uint16(sub[16+6*segs+2*s:]))
			if ro == 0 {
				return (int(r) + delta) & 0xffff
			}
			g := int(be.Uint16(sub[16+6*segs+2*s+ro+2*int(r-start):]))
			if g == 0 {
				return 0
			}
			return (g + delta) & 0xffff
		}
		return 0
	}
	found := 0
	for r := rune(0); r <= 0xffff; r++ {
		if got, want := index(r), scan(r); got != want {
			t.Fatalf("%U: glyph %d, the scan finds %d", r, got, want)
		}
		if index(r) != 0 {
			found++
		}
	}
	if found < 2000 {
		t.Errorf("%d characters found", found)
	}
}

// TestSubsetForPDF cuts a whole face down for a PDF: the kept glyphs keep
// their outlines and advances, the others have neither, the layout and
// kerning tables and the glyph names are gone, and what is left is a font
// that reads again with the same metrics for the kept characters.
func TestSubsetForPDF(t *testing.T) {
	text := []rune("Case α ≥ β — Ω “Ž” ∞")
	data := liberationserifregular.TTF
	sub, err := SubsetForPDF(data, text)
	if err != nil {
		t.Fatal(err)
	}
	if len(sub) > len(data)/4 {
		t.Errorf("the subset is %d bytes of %d", len(sub), len(data))
	}
	f, err := parse(sub)
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"GPOS", "GSUB", "GDEF", "kern"} {
		if f.tables[tag] != nil {
			t.Errorf("the subset keeps %s", tag)
		}
	}
	if post := f.tables["post"]; len(post) != 32 || be.Uint32(post) != 0x00030000 {
		t.Errorf("post table of %d bytes, version %x", len(post), be.Uint32(post))
	}
	orig, err := ReadMetrics(data)
	if err != nil {
		t.Fatal(err)
	}
	cut, err := ReadMetrics(sub)
	if err != nil {
		t.Fatal(err)
	}
	o, keep, err := kept(data, text)
	if err != nil {
		t.Fatal(err)
	}
	for g := 0; g < o.numGlyphs(); g++ {
		s0, e0, _ := o.glyphRange(g)
		s1, e1, err := f.glyphRange(g)
		if err != nil {
			t.Fatal(err)
		}
		outline := f.tables["glyf"][s1:e1]
		switch {
		case keep[g] && (cut.Advance(g) != orig.Advance(g) || !bytes.Equal(bytes.TrimRight(outline, "\x00"), bytes.TrimRight(o.tables["glyf"][s0:e0], "\x00"))):
			t.Errorf("kept glyph %d changed", g)
		case !keep[g] && (len(outline) != 0 || g < len(cut.advances)-1 && cut.advances[g] != 0):
			t.Errorf("glyph %d, not kept, has an outline of %d bytes or an advance", g, len(outline))
		}
	}
	for _, r := range text {
		if cut.Glyph(r) != orig.Glyph(r) || cut.Advance(cut.Glyph(r)) != orig.Advance(orig.Glyph(r)) {
			t.Errorf("%q reads differently from the subset", r)
		}
	}
}

// FuzzReadMetrics reads damaged fonts: an error or metrics, never a panic,
// and metrics that answer for any character and glyph.
func FuzzReadMetrics(f *testing.F) {
	f.Add(liberationserifregular.TTF, "Abc α")
	f.Add(liberationserifregular.TTF[:2048], "x")
	f.Add(regular1252(f), "é")
	f.Fuzz(func(t *testing.T, font []byte, text string) {
		m, err := ReadMetrics(font)
		if err != nil {
			return
		}
		for _, r := range text {
			_ = m.Advance(m.Glyph(r))
		}
		if sub, err := SubsetForPDF(font, []rune(text)); err == nil {
			if _, err := parse(sub); err != nil {
				t.Fatalf("a subset that does not parse: %v", err)
			}
		}
	})
}

// TestPostScriptChars keeps what a PostScript name may hold.
func TestPostScriptChars(t *testing.T) {
	for in, want := range map[string]string{
		"LiberationSerif-Bold": "LiberationSerif-Bold",
		"Liberation Serif/B":   "LiberationSerifB",
		"A(b)[c]{d}<e>%f\x00é": "Abcdef",
		"":                     "",
	} {
		if got := postScriptChars(in); got != want {
			t.Errorf("postScriptChars(%q) = %q, want %q", in, got, want)
		}
	}
}
