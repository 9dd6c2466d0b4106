package render

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

func TestUnsupported(t *testing.T) {
	tests := []struct {
		in   string
		want rune
		bad  bool
	}{
		{"Plain ASCII § ¶ “quotes” – — …", 0, false},
		{"Dvořák, Łukasz, Nguyễn, Ελλάδα, Москва", 0, false},
		{"an emoji 😀 here", '😀', true},
		{"CJK 中文", '中', true},
		{"a bullet ◦", 0, false},
	}
	for _, tt := range tests {
		r, bad := Unsupported(tt.in)
		if bad != tt.bad || r != tt.want {
			t.Errorf("Unsupported(%q) = %U, %v; want %U, %v", tt.in, r, bad, tt.want, tt.bad)
		}
	}
}

func TestCheckCharactersEverywhere(t *testing.T) {
	for _, in := range []string{
		"Text 😀.", "| a | b |\n|---|---|\n| 中 | x |\n", "- item\n  - nested 中\n",
		"> quoted 中\n", "Note.[^1]\n\n[^1]: 中\n", "::: caption\n中\n|||\nx\n:::\n",
		"::: document\ntitle: 中\n:::\n", "::: document\ndocument_id: 中\n:::\n",
		"::: signature\nDated: 中\n|||\n/s/ A\n:::\n", "::: label\n中:\n:::\n- item\n",
		"::: attestation\n/s/ 中\n:::\n", "Note.[^1]\n\n[^1]: - 中\n",
	} {
		doc, err := markup.Parse("in.md", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := PDF(doc); err == nil {
			t.Errorf("PDF(%q) drew a character the fonts lack", in)
		} else if es, ok := err.(CharErrors); !ok || len(es) != 1 {
			t.Errorf("PDF(%q) error %v is not one CharError", in, err)
		}
	}
}

// Every character the fonts lack is named, each place it stands, in the
// document's order, up to a bound.
func TestCheckCharactersNamesEach(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"中 and 中 and 😀.\n\nThen 中 again.\n", "1:U+4E2D 1:U+4E2D 1:U+1F600 3:U+4E2D"},
		{strings.Repeat("中\n\n", 30), strings.TrimSpace(strings.Repeat("x ", maxCharErrors))},
	} {
		doc, err := markup.Parse("in.md", []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		_, err = PDF(doc)
		var es CharErrors
		if !errors.As(err, &es) {
			t.Fatalf("PDF(%.20q): %v, want CharErrors", tt.in, err)
		}
		var got []string
		for _, e := range es {
			got = append(got, fmt.Sprintf("%d:%U", e.Line, e.Char))
		}
		if strings.HasPrefix(tt.want, "x") {
			if len(es) != maxCharErrors {
				t.Errorf("%d errors, want %d", len(es), maxCharErrors)
			}
			continue
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("PDF(%.20q) names %v, want %s", tt.in, got, tt.want)
		}
		var first *CharError
		if !errors.As(err, &first) || first != es[0] {
			t.Errorf("errors.As does not find the first CharError")
		}
	}
}

// A hard line break (a backslash or two spaces at a line's end) is a break
// the layout makes, not a character the fonts must hold.
func TestHardLineBreakIsNotACharacter(t *testing.T) {
	for _, src := range []string{"A hard break\\\nand the next line.\n", "Two spaces  \nthen the next line.\n"} {
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Layout(doc)
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		var lines int
		for _, tx := range d.Pages[0].Texts {
			if tx.Role == layout.Body {
				lines++
			}
		}
		if lines != 2 {
			t.Errorf("%q: %d body texts, want the two lines", src, lines)
		}
	}
}

// TestDrawnASCIIAgreesWithTheFonts proves the glance drawnASCII takes
// right for every ASCII character: what it passes, the fonts draw or the
// layout moves by, and what the fonts lack it does not pass.
func TestDrawnASCIIAgreesWithTheFonts(t *testing.T) {
	for c := range 128 {
		s := "a" + string(rune(c)) + "z"
		want := true
		for _, r := range layoutMoves.Replace(s) {
			want = want && drawable(r)
		}
		if got := drawnASCII(s); got && !want {
			t.Errorf("drawnASCII passes %q, which the fonts lack", rune(c))
		} else if !got && want && c >= ' ' && c <= '~' {
			t.Errorf("drawnASCII stops at printable %q", rune(c))
		}
	}
	if drawnASCII("caf\u00e9") || drawnASCII("\u4e2d") {
		t.Error("drawnASCII passed text beyond ASCII")
	}
}
