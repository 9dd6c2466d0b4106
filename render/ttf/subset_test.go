package ttf

import (
	"bytes"
	"os"
	"testing"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// regular1252 is the Windows-1252 cut of Liberation Serif that pleadgen
// embeds.
func regular1252(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile("../fonts/LiberationSerif-Regular.ttf")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSubsetKeepsWhatIsUsed cuts fonts down to a few characters and reads
// the result back: a whole font whose checksums hold, whose kept glyphs
// are byte for byte the original's (a composite's parts too), whose other
// glyphs are empty, and whose other tables are untouched.
func TestSubsetKeepsWhatIsUsed(t *testing.T) {
	for name, data := range map[string][]byte{"1252 cut": regular1252(t), "whole": liberationserifregular.TTF} {
		text := []rune("Case No. 4:21-cv-02632 — “é” Ü ß ¶ §")
		sub, err := Subset(data, text)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(sub) >= len(data)/2 {
			t.Errorf("%s: the subset is %d bytes of %d", name, len(sub), len(data))
		}
		if sum := checksum(sub); sum != 0xB1B0AFBA {
			t.Errorf("%s: whole-font checksum %#x, want 0xB1B0AFBA", name, sum)
		}
		orig, err := parse(data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parse(sub)
		if err != nil {
			t.Fatalf("%s: the subset does not parse: %v", name, err)
		}
		for _, tag := range orig.tags {
			if tag != "glyf" && tag != "loca" && tag != "head" && !bytes.Equal(orig.tables[tag], got.tables[tag]) {
				t.Errorf("%s: table %q changed", name, tag)
			}
		}
		_, keep, err := kept(data, text)
		if err != nil {
			t.Fatal(err)
		}
		composites := 0
		for g := 0; g < orig.numGlyphs(); g++ {
			os, oe, _ := orig.glyphRange(g)
			gs, ge, err := got.glyphRange(g)
			if err != nil {
				t.Fatalf("%s: glyph %d: %v", name, g, err)
			}
			want := []byte{}
			if keep[g] {
				want = orig.tables["glyf"][os:oe]
			}
			if !bytes.Equal(got.tables["glyf"][gs:ge], want) && !(keep[g] && bytes.Equal(bytes.TrimRight(got.tables["glyf"][gs:ge], "\x00"), bytes.TrimRight(want, "\x00"))) {
				t.Errorf("%s: glyph %d (kept %v): %d bytes, want %d", name, g, keep[g], ge-gs, len(want))
			}
			if keep[g] {
				parts, _ := orig.components(g)
				composites += min(len(parts), 1)
				for _, p := range parts {
					if !keep[p] {
						t.Errorf("%s: glyph %d is kept but its part %d is not", name, g, p)
					}
				}
			}
		}
		index, _ := orig.cmap()
		for _, r := range text {
			if g := index(r); g == 0 || !keep[g] {
				t.Errorf("%s: %q (glyph %d) is not kept", name, r, g)
			}
		}
		t.Logf("%s: %d of %d glyphs kept (%d composite), %d → %d bytes", name, len(keep), orig.numGlyphs(), composites, len(data), len(sub))
	}
}

// TestSubsetDeterministic: the same characters in any order and number
// make the same bytes.
func TestSubsetDeterministic(t *testing.T) {
	data := regular1252(t)
	a, err := Subset(data, []rune("abcabc"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Subset(data, []rune("cba"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the same characters made different subsets")
	}
}

// FuzzSubset cuts damaged fonts: an error or a font, never a panic, and a
// font that parses again.
func FuzzSubset(f *testing.F) {
	data := regular1252(f)
	f.Add(data, "Abc é")
	f.Add(data[:100], "x")
	f.Add(liberationserifregular.TTF[:4096], "x")
	f.Fuzz(func(t *testing.T, font []byte, text string) {
		sub, err := Subset(font, []rune(text))
		if err != nil {
			return
		}
		if _, err := parse(sub); err != nil {
			t.Fatalf("a subset that does not parse: %v", err)
		}
	})
}
