package cases

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// replacePlaceholders replaces what the pattern \{[^{}]*\} matches, as
// regexp's ReplaceAllStringFunc does, on titles of braces, keys and text.
func TestReplacePlaceholdersIsTheRegexp(t *testing.T) {
	pattern := regexp.MustCompile(`\{[^{}]*\}`)
	value := func(key string) string { return "<" + strings.ToUpper(key) + "{}>" }
	pieces := []string{"{", "}", "a", "in_support_of", " ", "Motion", "é", "{x}", "{}", "}{", "{{y}}"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := pattern.ReplaceAllStringFunc(s, func(m string) string { return value(m[1 : len(m)-1]) })
		if got := replacePlaceholders(s, value); got != want {
			t.Fatalf("%q: got %q, want %q", s, got, want)
		}
	}
}

// caseNumberFields takes what ^([0-9]):([0-9]{2})-([a-z]{2})-([0-9]{5})$
// matches, cut as its groups are, and nothing else.
func TestCaseNumberFieldsIsThePattern(t *testing.T) {
	pattern := regexp.MustCompile(`^([0-9]):([0-9]{2})-([a-z]{2})-([0-9]{5})$`)
	alphabet := []byte("0123456789:-acvzACV é\n")
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 50000 {
		b := []byte("4:21-cv-02632")
		if i%5 == 0 {
			b = b[:r.IntN(len(b)+1)]
		}
		for range r.IntN(3) {
			if len(b) > 0 {
				b[r.IntN(len(b))] = alphabet[r.IntN(len(alphabet))]
			}
		}
		if i%7 == 0 {
			b = append(b, alphabet[r.IntN(len(alphabet))])
		}
		s := string(b)
		o, y, k, q, ok := caseNumberFields(s)
		m := pattern.FindStringSubmatch(s)
		if ok != (m != nil) || (ok && [4]string{o, y, k, q} != [4]string{m[1], m[2], m[3], m[4]}) {
			t.Fatalf("%q: got %q %q %q %q %v, the pattern %q", s, o, y, k, q, ok, m)
		}
	}
}
