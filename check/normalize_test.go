package check

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// normalizeByFields is normalize's rule, in the words of the strings
// package.
func normalizeByFields(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// TestNormalizeIsFieldsJoinedLower: on random text of spaces of every
// kind, capitals, letters beyond ASCII and broken UTF-8, normalize is the
// fields joined by a space and lowercased.
func TestNormalizeIsFieldsJoinedLower(t *testing.T) {
	pieces := []string{"a", "Z", "Case", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u2003", "\u0085", "É", "Σ", "ß", "İ", "\xff", "\xe2\x80", "4:21-CV", ".", "ǅ"}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for n := rng.IntN(10); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := normalize(s), normalizeByFields(s); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
