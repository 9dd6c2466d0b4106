package render

import "pleadgen/pdffile"

// winAnsiHigh maps the characters that Windows-1252 places in 0x80–0x9F
// to their codes, from the table the reader decodes them with; 0xA0–0xFF
// are Latin-1's own.
var winAnsiHigh = func() map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b <= 0x9F; b++ {
		if r := pdffile.WinAnsiRune(byte(b)); r != '\uFFFD' {
			m[r] = byte(b)
		}
	}
	return m
}()

// winAnsiByte returns a character's Windows-1252 code.
func winAnsiByte(r rune) (byte, bool) {
	switch {
	case r >= 0x20 && r < 0x7F, r >= 0xA0 && r <= 0xFF:
		return byte(r), true
	}
	b, ok := winAnsiHigh[r]
	return b, ok
}

// isWinAnsi reports whether every character of s has a Windows-1252 code.
func isWinAnsi(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			for _, r := range s[i:] {
				if _, ok := winAnsiByte(r); !ok {
					return false
				}
			}
			return true
		}
	}
	return true
}

// winAnsi encodes s in Windows-1252; ok is false when some character has
// no code there.
func winAnsi(s string) (enc string, ok bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7F {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, ok := winAnsiByte(r)
		if !ok {
			return "", false
		}
		b = append(b, c)
	}
	return string(b), true
}
