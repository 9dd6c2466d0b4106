package cases

import (
	"fmt"
	"unicode/utf8"
)

// These helpers see lines the way the YAML parser does: a line ends at
// "\r\n", "\r", "\n", NEL (U+0085), LS (U+2028) or PS (U+2029), and columns
// count characters, not bytes.

// breakLen returns the length of the line break at the start of b, or 0.
func breakLen(b []byte) int {
	switch {
	case len(b) >= 2 && b[0] == '\r' && b[1] == '\n':
		return 2
	case len(b) >= 1 && (b[0] == '\r' || b[0] == '\n'):
		return 1
	}
	r, n := utf8.DecodeRune(b)
	if r == '\u0085' || r == '\u2028' || r == '\u2029' {
		return n
	}
	return 0
}

// lineCount returns the number of lines in data: one more than its line
// breaks.
func lineCount(data []byte) int {
	lines := 1
	for i := 0; i < len(data); {
		if n := breakLen(data[i:]); n > 0 {
			lines++
			i += n
			continue
		}
		_, n := utf8.DecodeRune(data[i:])
		i += n
	}
	return lines
}

// posAt returns the position of the byte at offset in data.
func posAt(data []byte, offset int) Pos {
	p := Pos{Line: 1, Col: 1}
	for i := 0; i < offset && i < len(data); {
		if n := breakLen(data[i:]); n > 0 {
			p.Line++
			p.Col = 1
			i += n
			continue
		}
		_, n := utf8.DecodeRune(data[i:])
		p.Col++
		i += n
	}
	return p
}

// lineStart returns the position of the first character of line that is not
// a space or a tab; column 1 when the line is blank or does not exist.
func lineStart(data []byte, line int) Pos {
	p := Pos{Line: 1, Col: 1}
	i := 0
	for i < len(data) && p.Line < line {
		if n := breakLen(data[i:]); n > 0 {
			p.Line++
			i += n
			continue
		}
		_, n := utf8.DecodeRune(data[i:])
		i += n
	}
	if p.Line < line {
		return Pos{Line: line, Col: 1}
	}
	for col := 1; i < len(data) && breakLen(data[i:]) == 0; col++ {
		if data[i] != ' ' && data[i] != '\t' {
			p.Col = col
			return p
		}
		_, n := utf8.DecodeRune(data[i:])
		i += n
	}
	return p
}

// badText finds the first byte sequence the YAML parser would refuse: invalid
// UTF-8 or a control character. It returns the problem's offset and message.
func badText(data []byte) (int, string, bool) {
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c == '\r' {
			i++ // printable ASCII and the line's own breaks, most of a file
			continue
		}
		n, msg, bad := runeProblem(data[i:])
		if bad {
			return i, msg, true
		}
		i += n
	}
	return 0, "", false
}

// runeProblem reads the character data starts with: its size, or why the
// YAML parser would refuse it.
func runeProblem(data []byte) (int, string, bool) {
	r, n := utf8.DecodeRune(data)
	if r == utf8.RuneError && n <= 1 {
		return n, "the file is not valid UTF-8 text (save it as UTF-8)", true
	}
	if !allowedRune(r) {
		return n, fmt.Sprintf("control character %U is not allowed", r), true
	}
	return n, "", false
}

// controlIn returns the first control character of s that a case file's
// text may not hold: one YAML refuses, DEL, or a C1 control but NEL.
func controlIn(s string) (rune, bool) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F {
			for _, r := range s[i:] {
				if forbiddenInText(r) {
					return r, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// forbiddenInText reports whether a case file's text may not hold r: YAML
// refuses it, or it is DEL or a C1 control other than NEL.
func forbiddenInText(r rune) bool {
	return !allowedRune(r) || r == 0x7F || (r >= 0x80 && r <= 0x9F && r != 0x85)
}

// allowedRune reports whether YAML allows r in a document.
func allowedRune(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r', r == 0x85:
		return true
	case r >= 0x20 && r <= 0x7E:
		return true
	case r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD:
		return true
	}
	return r >= 0x10000 && r <= 0x10FFFF
}

// PosAt returns the line and column of a byte offset in a case file's
// bytes, counting line breaks as the YAML parser does.
func PosAt(data []byte, offset int) Pos { return posAt(data, offset) }

// LineStart returns the position of the first character of a line of a
// case file's bytes that is not a space or a tab.
func LineStart(data []byte, line int) Pos { return lineStart(data, line) }

// BreakLen returns the length of the line break that begins b, as the YAML
// parser sees line breaks, or 0.
func BreakLen(b []byte) int { return breakLen(b) }
