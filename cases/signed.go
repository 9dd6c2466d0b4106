package cases

import (
	"strings"
	"unicode"
)

// LooksSigned reports whether text holds what reads as a conformed
// signature, "/s/", anywhere: in any case, through invisible characters
// (zero-width spaces, soft hyphens, joiners, marks) and through the
// slashes and letters that look like "/" and "s" (fraction and division
// slashes, full-width forms). Only the program signs, so no value of a
// case file may.
func LooksSigned(text string) bool {
	var b strings.Builder
	for _, r := range text {
		switch {
		case unicode.In(r, unicode.Cf, unicode.Mn, unicode.Me):
			continue // drawn as nothing, or as a mark on the last letter
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0 // a full-width form of an ASCII character
		case strings.ContainsRune("\u2215\u2044\u29F8\u2571", r):
			r = '/'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Contains(b.String(), "/s/")
}
