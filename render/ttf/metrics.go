package ttf

import (
	"fmt"
	"math"
)

// Metrics are what drawing text in a font needs of it: the glyph of each
// character, each glyph's advance, and the numbers a PDF's font
// descriptor gives; every length in thousandths of the em.
type Metrics struct {
	glyph    glyphIndex
	advances []uint16 // by glyph, in font units; the last repeats for the glyphs after
	upem     float64
	// PostScriptName is the font's name for PostScript (name 6).
	PostScriptName string
	// Ascent and Descent are the font's typographic reach above and below
	// the baseline (OS/2), CapHeight the height of a capital (OS/2; 0
	// where the table does not say), BBox the box every glyph fits in
	// (head: left, bottom, right, top).
	Ascent, Descent, CapHeight int
	BBox                       [4]int
	// ItalicAngle is the slant of upright strokes, anticlockwise, in
	// degrees rounded down (the high half of post's fixed-point angle, as
	// PDF writers have long taken it: −16.3° is −17); Bold is the font's
	// own say (OS/2's selection), FixedPitch whether every glyph is as
	// wide (post).
	ItalicAngle      int
	Bold, FixedPitch bool
}

// ReadMetrics reads a font's metrics.
func ReadMetrics(data []byte) (*Metrics, error) {
	f, err := parse(data)
	if err != nil {
		return nil, err
	}
	glyph, err := f.cmap()
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx := f.tables["head"], f.tables["hhea"], f.tables["hmtx"]
	if len(hhea) < 36 {
		return nil, fmt.Errorf("hhea: %w", errShort)
	}
	upem := float64(be.Uint16(head[18:]))
	if upem < 16 {
		return nil, fmt.Errorf("head: %g units to the em", upem)
	}
	n := min(int(be.Uint16(hhea[34:])), f.numGlyphs())
	if n < 1 || len(hmtx) < 4*n {
		return nil, fmt.Errorf("hmtx: %w", errShort)
	}
	m := &Metrics{glyph: glyph, upem: upem, advances: make([]uint16, n), PostScriptName: f.postScriptName()}
	for g := range m.advances {
		m.advances[g] = be.Uint16(hmtx[4*g:])
	}
	for i := range m.BBox {
		m.BBox[i] = m.scale(int16(be.Uint16(head[36+2*i:])))
	}
	if os2 := f.tables["OS/2"]; len(os2) >= 72 {
		m.Bold = be.Uint16(os2[62:])&(1<<5) != 0
		m.Ascent = m.scale(int16(be.Uint16(os2[68:])))
		m.Descent = m.scale(int16(be.Uint16(os2[70:])))
		if be.Uint16(os2) >= 2 && len(os2) >= 90 {
			m.CapHeight = m.scale(int16(be.Uint16(os2[88:])))
		}
	} else {
		m.Ascent = m.scale(int16(be.Uint16(hhea[4:])))
		m.Descent = m.scale(int16(be.Uint16(hhea[6:])))
	}
	if post := f.tables["post"]; len(post) >= 16 {
		m.ItalicAngle = int(int16(be.Uint16(post[4:])))
		m.FixedPitch = be.Uint32(post[12:]) != 0
	}
	return m, nil
}

// scale turns font units into thousandths of the em, rounded.
func (m *Metrics) scale(v int16) int { return int(math.Round(float64(v) * 1000 / m.upem)) }

// Glyph returns the glyph that draws r, or 0 (.notdef) when the font has
// none.
func (m *Metrics) Glyph(r rune) int { return m.glyph(r) }

// Advance returns how far glyph g moves the pen, in thousandths of the em,
// rounded as a PDF's widths are.
func (m *Metrics) Advance(g int) int {
	if g < 0 {
		g = 0
	}
	g = min(g, len(m.advances)-1)
	return int(math.Round(float64(m.advances[g]) * 1000 / m.upem))
}
