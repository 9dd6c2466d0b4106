package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlHeader starts every part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// wordNamespaces are the namespaces of the WordprocessingML parts.
const wordNamespaces = ` xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
	` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` +
	` xmlns:v="urn:schemas-microsoft-com:vml"` +
	` xmlns:o="urn:schemas-microsoft-com:office:office"` +
	` xmlns:w10="urn:schemas-microsoft-com:office:word"`

// escape writes s as XML character data or an attribute value: the five
// markup characters as references, and every character XML 1.0 does not
// allow (control characters, surrogates, invalid UTF-8) as U+FFFD, so
// that no text can become markup or make a part unreadable.
func escape(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case !xmlChar(r) || r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
}

// escaped returns s escaped.
func escaped(s string) string {
	var b strings.Builder
	escape(&b, s)
	return b.String()
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
		return false
	}
	return r <= 0x10FFFF
}

// twips converts points to twentieths of a point, Word's unit of length.
func twips(pt float64) int {
	if pt < 0 {
		return -int(-pt*20 + 0.5)
	}
	return int(pt*20 + 0.5)
}

// eighths converts points to eighths of a point, the unit of borders.
func eighths(pt float64) int { return max(2, int(pt*8+0.5)) }

// itoa is strconv.Itoa, short.
func itoa(n int) string { return strconv.Itoa(n) }

// attr writes ` name="value"` with the value escaped.
func attr(b *strings.Builder, name, value string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	escape(b, value)
	b.WriteByte('"')
}
