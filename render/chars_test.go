package render

import (
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
		} else if _, ok := err.(*CharError); !ok {
			t.Errorf("PDF(%q) error %v is not a CharError", in, err)
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
