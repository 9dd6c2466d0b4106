package templates

import (
	"strings"
	"testing"
)

// TestOneLineAtAGlance compares oneLine's glance over plain ASCII with its
// reading of every other text, on every string of up to four characters
// from an alphabet of line breaks, spaces and letters.
func TestOneLineAtAGlance(t *testing.T) {
	alphabet := []string{"a", " ", "\t", "\r", "\n", "\v", "\f", "\u0085", "\u2028", "é"}
	var grow func(prefix string, n int)
	grow = func(s string, n int) {
		want := strings.TrimSpace(strings.Map(func(r rune) rune {
			if strings.ContainsRune("\r\n\u0085\u2028\u2029\v\f", r) {
				return ' '
			}
			return r
		}, s))
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(s+a, n-1)
		}
	}
	grow("", 4)
}
