package cases

import (
	"strings"
	"testing"
	"unicode"
)

func TestLooksSigned(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"/s/ Vasudha Talla", true},
		{"By: /s/ Forged Filer", true},
		{"  /S/ Forged", true},
		{"\u200b/s/ Forged", true},
		{"/\u00ads/ Forged", true},
		{"\u2215s\u2215 Forged", true},
		{"\uff0fs\uff0f Forged", true},
		{"/\uff53/ Forged", true},
		{"/s\u0301/ Forged", true},
		{"39 Drumm Street", false},
		{"s/ and /s", false},
		{"Suite 3/5", false},
		{"&#47;s&#47; Forged", false}, // the entity prints as written
	}
	for _, tt := range tests {
		if got := LooksSigned(tt.s); got != tt.want {
			t.Errorf("LooksSigned(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// Prose keeps its lines however they are broken: CR, NEL and the Unicode
// separators a double-quoted string may hold end a line as "\n" does.
func TestProseLineBreaks(t *testing.T) {
	src := strings.Replace(base, "facts: The facts.", `facts: "One\u2028two\rthree\u0085four\u2029five"`, 1)
	c, _, err := Parse("case.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Filing.Topics[0].Positions[0].Text; got != "One\ntwo\nthree\nfour\nfive" {
		t.Errorf("text %q", got)
	}
}

// TestLooksSignedAtAGlance compares the glance LooksSigned takes over ASCII
// with the reading it gives all other text, on every string of up to four
// characters from an alphabet around "/s/".
func TestLooksSignedAtAGlance(t *testing.T) {
	alphabet := []string{"/", "s", "S", "t", " ", "\x00", "\x7f", "é"}
	var strs []string
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		strs = append(strs, prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(prefix+a, n-1)
		}
	}
	grow("", 4)
	for _, s := range strs {
		var b strings.Builder
		for _, r := range s {
			b.WriteRune(unicode.ToLower(r))
		}
		want := strings.Contains(b.String(), "/s/")
		if got := LooksSigned(s); got != want {
			t.Errorf("LooksSigned(%q) = %v, want %v", s, got, want)
		}
	}
}
