package markup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nbsp is the no-break space.
const nbsp = "\u00a0"

// tiedBefore are the words a no-break space joins to the word after them:
// "§ 552", "¶ 47", "Dkt. No. 3", "Hon. Donna M. Ryu".
var tiedBefore = []string{"§", "§§", "¶", "¶¶", "Hon.", "Dkt."}

// tie replaces with no-break spaces the spaces after the words in
// tiedBefore, and after "No." when a number follows.
func tie(s string) string {
	if !strings.ContainsAny(s, "§¶.") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		word, rest := s[i:i+j], s[i+j+1:]
		b.WriteString(word)
		if tiedWord(lastWord(word), rest) {
			b.WriteString(nbsp)
		} else {
			b.WriteByte(' ')
		}
		i += j + 1
	}
	return b.String()
}

// lastWord returns the text after the last space-like character.
func lastWord(s string) string {
	if k := strings.LastIndexFunc(s, unicode.IsSpace); k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		return s[k+size:]
	}
	return s
}

func tiedWord(word, next string) bool {
	for _, t := range tiedBefore {
		if word == t || strings.HasSuffix(word, "("+t) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(next)
	return word == "No." && unicode.IsDigit(r)
}
