package cases

import (
	"math/rand/v2"
	"testing"
)

// badTextSlow and controlInSlow are the rune-by-rune forms the fast paths
// must agree with.
func badTextSlow(data []byte) (int, string, bool) {
	for i := 0; i < len(data); {
		n, msg, bad := runeProblem(data[i:])
		if bad {
			return i, msg, true
		}
		i += n
	}
	return 0, "", false
}

func controlInSlow(s string) (rune, bool) {
	for _, r := range s {
		if forbiddenInText(r) {
			return r, true
		}
	}
	return 0, false
}

// TestTextChecksAgreeWithRuneByRune: on random text of every kind of byte
// and character, the checks find what a rune-by-rune scan finds.
func TestTextChecksAgreeWithRuneByRune(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "Z", " ", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "é", "\u0085", "\u0090", "\u00a0", "—", "\ufffd", "\ufffe", "\U0001F600", "\xff", "\xc3", "\xed\xa0\x80"}
	for i := 0; i < 20000; i++ {
		var b []byte
		for n := rng.IntN(12); n > 0; n-- {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		o1, m1, ok1 := badText(b)
		o2, m2, ok2 := badTextSlow(b)
		if o1 != o2 || m1 != m2 || ok1 != ok2 {
			t.Fatalf("badText(%q) = %d %q %v, rune by rune %d %q %v", b, o1, m1, ok1, o2, m2, ok2)
		}
		r1, c1 := controlIn(string(b))
		r2, c2 := controlInSlow(string(b))
		if r1 != r2 || c1 != c2 {
			t.Fatalf("controlIn(%q) = %U %v, rune by rune %U %v", b, r1, c1, r2, c2)
		}
	}
}
