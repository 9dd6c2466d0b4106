package templates

import (
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// caseFuncs change how the words of an identifier are written:
// "FirstName" is "first_name" in snakecase and "first-name" in kebabcase;
// "first_name" is "FirstName" in camelcase.
func caseFuncs() template.FuncMap {
	return template.FuncMap{
		"snakecase": func(s string) string { return joinWords(s, '_') },
		"kebabcase": func(s string) string { return joinWords(s, '-') },
		"camelcase": pascalCase,
	}
}

// separates reports whether r separates the words of an identifier: "-",
// "_" or space.
func separates(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }

// pascalCase joins the words of s, separated by "-", "_" or space, each
// capitalized: "http_server" is "HttpServer", "GO_PATH" is "GoPath". A
// word's capitals after its first letter are lowered until its first small
// letter. Separators before the first word are kept, as is the last of
// several in a row and any at the end; a string of separators only gains
// one more.
func pascalCase(s string) string {
	runes := []rune(s)
	var b strings.Builder
	first := 0
	for first < len(runes) && separates(runes[first]) {
		b.WriteRune(runes[first])
		first++
	}
	if first == len(runes) {
		if first > 0 {
			b.WriteRune(runes[first-1])
		}
		return b.String()
	}
	capitals := false // the word so far is capitals
	for i := first; i < len(runes); i++ {
		r := runes[i]
		switch {
		case separates(r):
			if i+1 == len(runes) || separates(runes[i+1]) {
				b.WriteRune(r)
			}
		case i == first || separates(runes[i-1]):
			capitals = unicode.IsUpper(r)
			b.WriteRune(unicode.ToUpper(r))
		case capitals && unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			capitals = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// wordKind is the kind of a run of characters in an identifier.
type wordKind int

const (
	invalidWord   wordKind = iota // bytes that are not UTF-8, or the end
	numberWord                    // digits
	capitalWord                   // a capital and the small letters after it, or capitals
	letterWord                    // small letters
	separatorWord                 // "-", "_" or space
	punctWord                     // punctuation
	otherWord                     // anything else, such as CJK ideographs
)

// word is a run of characters of one kind.
type word struct {
	kind wordKind
	text string
}

// letter reports whether r is a letter that can be lowered or raised:
// letters other than CJK ideographs.
func letter(r rune) bool {
	if !unicode.IsLetter(r) {
		return false
	}
	switch {
	case r < '\u3400':
		return true
	case r >= '\u4E00' && r <= '\u9FCC', r >= '\u3400' && r <= '\u4D85', r >= '\U00020000' && r <= '\U0002B81D':
		return false
	}
	return true
}

// validRune decodes the first character of s[i:] that is valid UTF-8 (and
// not U+FFFD), returning the index after it; ok is false if there is none.
func validRune(s string, i int) (r rune, next int, ok bool) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != utf8.RuneError {
			return r, i, true
		}
	}
	return utf8.RuneError, i, false
}

// extend returns the end of the run from i of characters for which in
// holds. Bytes that are not UTF-8 go with the character after them, or
// with the run if they end s.
func extend(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		r, next, ok := validRune(s, i)
		if !ok {
			return len(s)
		}
		if !in(r) {
			return i
		}
		i = next
	}
	return i
}

func smallLetter(r rune) bool { return letter(r) && !unicode.IsUpper(r) }
func notWordChar(r rune) bool {
	return !separates(r) && !letter(r) && !unicode.IsNumber(r) && !unicode.IsPunct(r)
}

// nextWord splits the first word off s. A run of capitals followed by a
// small letter leaves its last capital to the next word: "HTTPServer" is
// "HTTP" and "Server".
func nextWord(s string) (w word, rest string) {
	if s == "" {
		return word{}, ""
	}
	r, i, ok := validRune(s, 0)
	end := len(s)
	switch {
	case !ok:
		w.kind = invalidWord
	case separates(r):
		w.kind, end = separatorWord, extend(s, i, separates)
	case unicode.IsPunct(r):
		w.kind, end = punctWord, extend(s, i, unicode.IsPunct)
	case unicode.IsUpper(r):
		w.kind, end = capitalWord, capitalRun(s, i)
	case letter(r):
		w.kind, end = letterWord, extend(s, i, smallLetter)
	case unicode.IsNumber(r):
		w.kind, end = numberWord, extend(s, i, unicode.IsNumber)
	default:
		w.kind, end = otherWord, extend(s, i, notWordChar)
	}
	w.text = s[:end]
	return w, s[end:]
}

// capitalRun returns the end of a word that starts with a capital, which
// ends at i: the small letters after it, or the capitals after it less
// the last one if a small letter follows them.
func capitalRun(s string, i int) int {
	r, next, ok := validRune(s, i)
	switch {
	case i == len(s):
		return i
	case !ok:
		return len(s)
	case letter(r) && !unicode.IsUpper(r):
		return extend(s, next, smallLetter)
	case !unicode.IsUpper(r):
		return i
	}
	last := i // where the last capital (and any bytes before it) starts
	i = next
	for i < len(s) {
		r, next, ok := validRune(s, i)
		if !ok {
			return len(s)
		}
		if !unicode.IsUpper(r) {
			if letter(r) {
				return last
			}
			return i
		}
		last, i = i, next
	}
	return i
}

// lowerWord writes a word lowered: a word of capitals or separators
// character by character, each separator as sep; any other as it is.
func lowerWord(b *strings.Builder, w word, sep rune) {
	if w.kind != capitalWord && w.kind != separatorWord {
		b.WriteString(w.text)
		return
	}
	for _, r := range w.text {
		switch {
		case separates(r):
			b.WriteRune(sep)
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
}

// joinWords writes the words of s in small letters joined by sep:
// "FirstName" and "GO PATH" are "first_name" and "go_path". Separators
// already in s become sep; punctuation stays and joins. A number goes with
// the word before it ("Bld4Floor" is "bld4_floor") unless small letters
// follow it ("HTTP2xx" is "http_2xx"); letters and numbers after a number
// go with it.
func joinWords(s string, sep rune) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	w, rest := nextWord(s)
	next := func() { w, rest = nextWord(rest) }
	// joins reports whether sep goes between the words written and w.
	joins := func() bool { return w.kind != separatorWord && w.kind != punctWord }
	// run writes w and the letters and numbers that follow it.
	run := func() {
		for w.kind == letterWord || w.kind == numberWord {
			lowerWord(&b, w, sep)
			next()
		}
	}
	for rest != "" {
		if w.kind != separatorWord {
			lowerWord(&b, w, sep)
		}
		prev := w
		next()
		switch prev.kind {
		case numberWord:
			run()
			if w.kind != invalidWord && joins() {
				b.WriteRune(sep)
			}
		case separatorWord:
			lowerWord(&b, prev, sep)
		case punctWord:
		default:
			if w.kind != numberWord {
				if joins() {
					b.WriteRune(sep)
				}
				break
			}
			if rest == "" {
				break
			}
			number := w
			next()
			if w.kind != letterWord {
				lowerWord(&b, number, sep)
				if joins() {
					b.WriteRune(sep)
				}
				break
			}
			b.WriteRune(sep)
			lowerWord(&b, number, sep)
			run()
			if w.kind != invalidWord && joins() {
				b.WriteRune(sep)
			}
		}
	}
	lowerWord(&b, w, sep)
	return b.String()
}
