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

// typeset applies the conversions the punctuation parser (punctuation.go)
// leaves undone.
func typeset(s string) string { return tie(apostrophes(normalizeSpaces(s))) }

// normalizeSpaces turns the spaces of other widths that text pasted from
// word processors carries (em, en, thin, ideographic …) and tabs into
// plain spaces (a tab stays: it moves the text to the next tab stop), and
// drops invisible characters: zero-width spaces and
// joiners, byte-order marks and soft hyphens. No-break spaces stay.
func normalizeSpaces(s string) string {
	if isPlain(s) || !strings.ContainsFunc(s, oddSpace) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case invisible(r):
			return -1
		case oddSpace(r):
			return ' '
		}
		return r
	}, s)
}

// invisible reports whether r is drawn as nothing: a zero-width space or
// joiner, a word joiner, a byte-order mark or a soft hyphen.
func invisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// oddSpace reports whether normalizeSpaces changes r: a space other than
// the plain and the no-break ones (Unicode's space separators), or an
// invisible character. A test proves it so for every character.
func oddSpace(r rune) bool {
	return r == '\u00ad' || r == '\u1680' || (r >= '\u2000' && r <= '\u200d') || r == '\u205f' || r == '\u2060' || r == '\u3000' || r == '\ufeff'
}

// isPlain reports whether s is ASCII without a tab, which needs no
// normalizing: a glance cheaper than oddSpace's.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\t' || c >= 0x80 {
			return false
		}
	}
	return true
}

// apostrophes turns a straight apostrophe after a letter or digit, which
// the punctuation parser leaves alone when it cannot tell a closing quote
// from a plural possessive ("the parties' resources"), into a curly one:
// both are ’.
func apostrophes(s string) string {
	if !strings.Contains(s, "'") {
		return s
	}
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if rs[i] == '\'' && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
			rs[i] = '’'
		}
	}
	return string(rs)
}

// tie replaces with no-break spaces the spaces after the words in
// tiedBefore, and after "No." when a number follows.
func tie(s string) string {
	if !mayTie(s) {
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

// mayTie reports whether s holds a word that tie joins to the next.
func mayTie(s string) bool {
	// Contains of each sign, not ContainsAny of both, which decodes s
	// rune by rune: this runs on every text of the document.
	return strings.Contains(s, "§") || strings.Contains(s, "¶") || strings.Contains(s, "Hon. ") ||
		strings.Contains(s, "Dkt. ") || strings.Contains(s, "No. ")
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
		if word == t || (len(word) == len(t)+1 && word[0] == '(' && word[1:] == t) {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(next)
	return word == "No." && unicode.IsDigit(r)
}
