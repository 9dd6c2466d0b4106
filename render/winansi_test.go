package render

import (
	"testing"

	"pleadgen/pdffile"
)

// Every character the drawer encodes in 0x80–0x9F decodes back to itself,
// and the five codes Windows-1252 leaves unused encode nothing.
func TestWinAnsiRoundTrip(t *testing.T) {
	if len(winAnsiHigh) != 27 {
		t.Errorf("%d characters in 0x80–0x9F, want 27", len(winAnsiHigh))
	}
	for r := rune(0x20); r < 0x3000; r++ {
		b, ok := winAnsiByte(r)
		if ok && pdffile.WinAnsiRune(b) != r {
			t.Errorf("%U encodes as %#x, which decodes as %U", r, b, pdffile.WinAnsiRune(b))
		}
	}
}
