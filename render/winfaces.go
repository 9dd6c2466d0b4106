package render

import (
	"encoding/json"
	"fmt"
	"sync"
)

// winFace is what the PDF and the measurer need of a Windows-1252 face:
// its name, its descriptor and the width of each code, decoded once a
// process from its font definition.
type winFace struct {
	Name string
	Desc struct {
		Ascent, Descent, CapHeight, Flags int
		FontBBox                          struct{ Xmin, Ymin, Xmax, Ymax int }
		ItalicAngle, StemV, MissingWidth  int
	}
	Cw [256]int // widths in thousandths of the type size, by code
}

// winFaces decodes each style's face on its first use.
var winFaces = func() map[string]func() (*winFace, error) {
	m := map[string]func() (*winFace, error){}
	for style, f := range faces {
		m[style] = sync.OnceValues(func() (*winFace, error) {
			var w winFace
			if err := json.Unmarshal(f.def, &w); err != nil {
				return nil, fmt.Errorf("font %s %q: %w", family, style, err)
			}
			return &w, nil
		})
	}
	return m
}()

// winFaceOf returns a style's Windows-1252 face.
func winFaceOf(style string) (*winFace, error) {
	get, ok := winFaces[style]
	if !ok {
		return nil, fmt.Errorf("no face %q", style)
	}
	return get()
}

// width measures Windows-1252 text at size points, as the PDF draws it:
// the codes' widths summed, in thousandths of the size.
func (w *winFace) width(enc string, size float64) float64 {
	n := 0
	for i := 0; i < len(enc); i++ {
		n += w.Cw[enc[i]]
	}
	return float64(n) * size / 1000
}
