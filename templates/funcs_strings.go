package templates

import (
	"fmt"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// stringFuncs are the functions of one string. Those that take a string
// and something else take the string last, so that a template can pipe
// it in: {{ .Name | trimPrefix "The " }}.
func stringFuncs() template.FuncMap {
	return template.FuncMap{
		"hello":      func() string { return "Hello!" },
		"trim":       strings.TrimSpace,
		"upper":      strings.ToUpper,
		"lower":      strings.ToLower,
		"title":      titleCase,
		"untitle":    untitle,
		"swapcase":   swapCase,
		"initials":   initials,
		"nospace":    noSpace,
		"trunc":      trunc,
		"substr":     substr,
		"abbrev":     abbrev,
		"abbrevboth": abbrevBoth,
		"wrap":       func(width int, s string) string { return wrapText(s, width, "\n", false) },
		"trimAll":    func(cutset, s string) string { return strings.Trim(s, cutset) },
		"trimall":    func(cutset, s string) string { return strings.Trim(s, cutset) },
		"trimPrefix": func(prefix, s string) string { return strings.TrimPrefix(s, prefix) },
		"trimSuffix": func(suffix, s string) string { return strings.TrimSuffix(s, suffix) },
		"contains":   func(sub, s string) bool { return strings.Contains(s, sub) },
		"hasPrefix":  func(prefix, s string) bool { return strings.HasPrefix(s, prefix) },
		"hasSuffix":  func(suffix, s string) bool { return strings.HasSuffix(s, suffix) },
		"plural":     plural,
	}
}

// plural returns one if count is 1, and many otherwise.
func plural(one, many string, count int) string {
	if count == 1 {
		return one
	}
	return many
}

// titleCase capitalizes the first letter of each word: a letter, digit or "_"
// after anything else (a space, punctuation) starts a word.
func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		starts := wordBreak(prev)
		prev = r
		if starts {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// wordBreak reports whether r separates words for titleCase: ASCII other than
// letters, digits and "_", and space.
func wordBreak(r rune) bool {
	if r < utf8.RuneSelf {
		alnum := 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
		return !alnum
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// untitle lowers the first letter of each word, words being separated by
// space.
func untitle(s string) string {
	runes := []rune(s)
	wordStart := true
	for i, r := range runes {
		switch {
		case unicode.IsSpace(r):
			wordStart = true
		case wordStart:
			runes[i] = unicode.ToLower(r)
			wordStart = false
		}
	}
	return string(runes)
}

// swapCase lowers capitals and raises small letters, a small letter that
// begins a word to title case: "Hello World" is "hELLO wORLD".
func swapCase(s string) string {
	runes := []rune(s)
	afterSpace := true
	for i, r := range runes {
		switch {
		case unicode.IsUpper(r), unicode.IsTitle(r):
			runes[i] = unicode.ToLower(r)
			afterSpace = false
		case unicode.IsLower(r):
			if afterSpace {
				runes[i] = unicode.ToTitle(r)
			} else {
				runes[i] = unicode.ToUpper(r)
			}
			afterSpace = false
		default:
			afterSpace = unicode.IsSpace(r)
		}
	}
	return string(runes)
}

// latin1Space reports whether the byte b, read as a Latin-1 character, is
// space.
func latin1Space(b byte) bool { return unicode.IsSpace(rune(b)) }

// initials returns the first character of each word, words separated by
// space. Like sprig's, it reads s byte by byte, each byte as a Latin-1
// character: a word that begins with a letter outside ASCII gives the
// Latin-1 character of that letter's first byte.
func initials(s string) string {
	var b strings.Builder
	wordStart := true
	for i := 0; i < len(s); i++ {
		switch {
		case latin1Space(s[i]):
			wordStart = true
		case wordStart:
			b.WriteRune(rune(s[i]))
			wordStart = false
		}
	}
	return b.String()
}

// noSpace removes the space from s. Like sprig's, it reads s byte by byte,
// each byte as a Latin-1 character: a string that has space keeps only
// its ASCII whole.
func noSpace(s string) string {
	var b strings.Builder
	removed := false
	for i := 0; i < len(s); i++ {
		if latin1Space(s[i]) {
			removed = true
			continue
		}
		b.WriteRune(rune(s[i]))
	}
	if !removed {
		return s
	}
	return b.String()
}

// trunc keeps the first n bytes of s, or with n negative the last -n.
func trunc(n int, s string) string {
	switch {
	case n < 0 && len(s)+n > 0:
		return s[len(s)+n:]
	case n >= 0 && len(s) > n:
		return s[:n]
	}
	return s
}

// substr returns the bytes of s from start to end: with start negative,
// from the beginning; with end negative or past the end, to the end.
func substr(start, end int, s string) (string, error) {
	if start < 0 {
		if end < 0 || end > len(s) {
			return "", fmt.Errorf("substr: end %d is outside a string of %d bytes", end, len(s))
		}
		return s[:end], nil
	}
	if end < 0 || end > len(s) {
		end = len(s)
	}
	if start > end {
		return "", fmt.Errorf("substr: start %d is past end %d", start, end)
	}
	return s[start:end], nil
}

// ellipsis marks what abbrev and abbrevboth leave out.
const ellipsis = "..."

// abbrev shortens s to width bytes, ending it with "...". A width below 4
// leaves s as it is.
func abbrev(width int, s string) string {
	if width < 4 {
		return s
	}
	return abbreviate(s, 0, width)
}

// abbrevBoth shortens s to width bytes around the byte offset left, with
// "..." for what it leaves out on either side.
func abbrevBoth(left, width int, s string) string {
	if width < 4 || left > 0 && width < 7 {
		return s
	}
	return abbreviate(s, left, width)
}

// abbreviate shortens s to width bytes (width at least 4, and at least 7
// with an offset past 4): the bytes from offset on, with "..." in place of
// what comes before and after.
func abbreviate(s string, offset, width int) string {
	if len(s) <= width {
		return s
	}
	keep := width - len(ellipsis)
	offset = min(offset, len(s))
	if len(s)-offset < keep {
		offset = len(s) - keep
	}
	switch {
	case offset <= 4:
		return s[:keep] + ellipsis
	case offset+keep < len(s):
		return ellipsis + abbreviate(s[offset:], 0, keep)
	}
	return ellipsis + s[len(s)-keep:]
}

// wrapText breaks s into lines at spaces, each at most width bytes where
// the words allow, writing newline ("\n" if empty) at each break. Spaces
// that would begin a line are dropped. A word longer than a line is
// broken with it if breakWords is set, and otherwise left whole on a line
// of its own.
func wrapText(s string, width int, newline string, breakWords bool) string {
	if newline == "" {
		newline = "\n"
	}
	width = max(width, 1)
	var b strings.Builder
	for len(s) > width {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		cut, skip := strings.LastIndexByte(s[:width+1], ' '), 1
		if cut < 0 && breakWords {
			cut, skip = width, 0
		} else if cut < 0 {
			next := strings.IndexByte(s[width:], ' ')
			if next < 0 {
				break
			}
			cut = width + next
		}
		b.WriteString(s[:cut])
		b.WriteString(newline)
		s = s[cut+skip:]
	}
	b.WriteString(s)
	return b.String()
}
