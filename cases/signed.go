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
	if ascii, signed := asciiSigned(text); ascii {
		return signed
	}
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

// asciiSigned reports whether text is ASCII, where nothing is invisible
// and nothing looks like what it is not, and whether it then holds "/s/"
// in either case: most text is, and is read at a glance.
func asciiSigned(text string) (ascii, signed bool) {
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= 0x80 {
			return false, false
		}
		if c == '/' && i+2 < len(text) && text[i+1]|0x20 == 's' && text[i+2] == '/' {
			signed = true
		}
	}
	return true, signed
}
