package markup

import (
	"testing"
	"unicode"
)

// TestOddSpaceHoldsEverySpace proves normalizeSpaces' glance right for
// every character: each it would change, oddSpace names.
func TestOddSpaceHoldsEverySpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		changed := normalizeSpacesSlow(s) != s
		if changed && !oddSpace(r) {
			t.Errorf("normalizeSpaces changes %U, which oddSpace does not name", r)
		}
		if got := normalizeSpaces("a" + s + "é"); got != normalizeSpacesSlow("a"+s+"é") {
			t.Errorf("normalizeSpaces(%q) = %q", "a"+s+"é", got)
		}
	}
}

// normalizeSpacesSlow is normalizeSpaces without its glances.
func normalizeSpacesSlow(s string) string {
	out := []rune{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Zs, r) && r != '\u00a0' && r != '\u202f':
			out = append(out, ' ')
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		default:
			out = append(out, r)
		}
	}
	return string(out)
}
