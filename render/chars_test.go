package render

import (
	"testing"

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
