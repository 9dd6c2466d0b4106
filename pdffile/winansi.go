package pdffile

// winAnsiHigh holds the characters of the Windows-1252 codes 0x80–0x9F;
// the codes it leaves unused read as U+FFFD. 0xA0–0xFF are Latin-1's own.
var winAnsiHigh = [32]rune{
	'€', '\uFFFD', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\uFFFD', 'Ž', '\uFFFD',
	'\uFFFD', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\uFFFD', 'ž', 'Ÿ',
}

// WinAnsiRune returns the character of a Windows-1252 code, U+FFFD for
// the five codes it leaves unused.
func WinAnsiRune(b byte) rune {
	if b >= 0x80 && b <= 0x9F {
		return winAnsiHigh[b-0x80]
	}
	return rune(b)
}
