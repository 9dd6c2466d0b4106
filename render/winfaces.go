package render

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// winFace is what the PDF and the measurer need of a Windows-1252 face:
// its name, its descriptor and the width of each code, as Go data made
// from its font definition (winfaces_data.go), so that nothing is decoded
// at run time.
type winFace struct {
	Name string
	Desc winDesc
	Cw   [256]int // widths in thousandths of the type size, by code
}

// winDesc is a face's font descriptor.
type winDesc struct {
	Ascent, Descent, CapHeight, Flags int
	FontBBox                          winBox
	ItalicAngle, StemV, MissingWidth  int
}

// winBox is a face's bounding box, in thousandths of the type size.
type winBox struct{ Xmin, Ymin, Xmax, Ymax int }

// winFaceOf returns a style's Windows-1252 face.
func winFaceOf(style string) (*winFace, error) {
	w, ok := winFaceData[style]
	if !ok {
		return nil, fmt.Errorf("no face %q", style)
	}
	return w, nil
}

// textWidth measures text at size points as the PDF draws it in
// Windows-1252: the codes' widths summed, in thousandths of the size,
// without making the encoding; ok is false when a character has no code
// there.
func (w *winFace) textWidth(s string, size float64) (float64, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7F {
			return w.textWidthSlow(s, size)
		}
		n += w.Cw[c]
	}
	return float64(n) * size / 1000, true
}

// textWidthSlow is textWidth of text beyond ASCII, rune by rune.
func (w *winFace) textWidthSlow(s string, size float64) (float64, bool) {
	n := 0
	for _, r := range s {
		c, ok := winAnsiByte(r)
		if !ok {
			return 0, false
		}
		n += w.Cw[c]
	}
	return float64(n) * size / 1000, true
}

// widthsArray is the inside of the face's /Widths array, codes 32 to 255,
// the same in every document: written once a process.
func (w *winFace) widthsArray() string {
	return widthsArrays()[w]
}

var widthsArrays = sync.OnceValue(func() map[*winFace]string {
	out := make(map[*winFace]string, len(winFaceData))
	for _, w := range winFaceData {
		var b strings.Builder
		for c := 32; c <= 255; c++ {
			if c > 32 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Itoa(w.Cw[c]))
		}
		out[w] = b.String()
	}
	return out
})
