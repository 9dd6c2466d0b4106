package render

import (
	"fmt"
	"sync"

	"pleadgen/render/ttf"
)

// uniFaces are the metrics of the whole faces of Liberation Serif, by
// style, each read from its font the first time a document draws a
// character beyond Windows-1252 in that style.
var uniFaces = func() map[string]func() (*ttf.Metrics, error) {
	m := make(map[string]func() (*ttf.Metrics, error), len(faces))
	for style := range faces {
		m[style] = uniFaceReader(style)
	}
	return m
}()

func uniFaceReader(style string) func() (*ttf.Metrics, error) {
	return sync.OnceValues(func() (*ttf.Metrics, error) {
		m, err := ttf.ReadMetrics(faces[style].ttf)
		if err != nil {
			return nil, fmt.Errorf("font %s %q: %w", family, style, err)
		}
		return m, nil
	})
}

// uniFaceOf returns the metrics of a style's whole face.
func uniFaceOf(style string) (*ttf.Metrics, error) {
	read, ok := uniFaces[style]
	if !ok {
		return nil, fmt.Errorf("no face %q", style)
	}
	return read()
}

// uniWidth measures text at size points as the PDF draws it in a whole
// face: its glyphs' advances summed, in thousandths of the size.
func uniWidth(m *ttf.Metrics, s string, size float64) float64 {
	n := 0
	for _, r := range s {
		n += m.Advance(m.Glyph(r))
	}
	return float64(n) * size / 1000
}
