package docx

import (
	"encoding/binary"
	"errors"
	"math"
	"sync"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"pleadgen/render/markup"
)

// metrics measures text with Liberation Serif's advance widths, which are
// Times New Roman's: the widths the PDF's layout breaks lines with, in
// thousandths of the size, rounded as the PDF's font tables round them.
type metrics struct {
	faces [4]*faceWidths // by style: regular, bold, italic, bold italic
}

// faceWidths maps a character to its advance in thousandths of an em.
type faceWidths struct {
	byRune  map[rune]int
	missing int // the advance of a character the face lacks
}

var (
	loadOnce   sync.Once
	loaded     *metrics
	loadFailed error
)

// fontMetrics returns the widths of the four faces, read once.
func fontMetrics() (*metrics, error) {
	loadOnce.Do(func() {
		m := &metrics{}
		for i, ttf := range [][]byte{liberationserifregular.TTF, liberationserifbold.TTF, liberationserifitalic.TTF, liberationserifbolditalic.TTF} {
			f, err := readWidths(ttf)
			if err != nil {
				loadFailed = err
				return
			}
			m.faces[i] = f
		}
		loaded = m
	})
	return loaded, loadFailed
}

// Width is the advance width of s in points at size in style st.
func (m *metrics) Width(s string, st markup.Style, size float64) float64 {
	face := 0
	if st.Has(markup.Bold) {
		face |= 1
	}
	if st.Has(markup.Italic) {
		face |= 2
	}
	f := m.faces[face]
	n := 0
	for _, r := range s {
		w, ok := f.byRune[r]
		if !ok {
			w = f.missing
		}
		n += w
	}
	return float64(n) * size / 1000
}

var errFont = errors.New("docx: the font's tables cannot be read")

// readWidths reads a TrueType font's character map and horizontal metrics.
func readWidths(ttf []byte) (*faceWidths, error) {
	tables, err := tableDirectory(ttf)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || cmap == nil {
		return nil, errFont
	}
	unitsPerEm := float64(be.Uint16(head[18:]))
	count := int(be.Uint16(hhea[34:]))
	if unitsPerEm == 0 || count == 0 || len(hmtx) < 4*count {
		return nil, errFont
	}
	advance := func(glyph int) int {
		if glyph >= count {
			glyph = count - 1
		}
		return int(math.Round(float64(be.Uint16(hmtx[4*glyph:])) * 1000 / unitsPerEm))
	}
	glyphs, err := characterMap(cmap)
	if err != nil {
		return nil, err
	}
	f := &faceWidths{byRune: make(map[rune]int, len(glyphs)), missing: advance(0)}
	for r, g := range glyphs {
		f.byRune[r] = advance(g)
	}
	return f, nil
}

var be = binary.BigEndian

// tableDirectory returns a font's tables by tag.
func tableDirectory(ttf []byte) (map[string][]byte, error) {
	if len(ttf) < 12 {
		return nil, errFont
	}
	n := int(be.Uint16(ttf[4:]))
	out := make(map[string][]byte, n)
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errFont
		}
		off, length := int(be.Uint32(ttf[rec+8:])), int(be.Uint32(ttf[rec+12:]))
		if off < 0 || length < 0 || off+length > len(ttf) {
			return nil, errFont
		}
		out[string(ttf[rec:rec+4])] = ttf[off : off+length]
	}
	return out, nil
}

// characterMap reads the Unicode subtable of a cmap table: format 12 when
// the font has one, else format 4.
func characterMap(cmap []byte) (map[rune]int, error) {
	if len(cmap) < 4 {
		return nil, errFont
	}
	var fmt4, fmt12 []byte
	n := int(be.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, errFont
		}
		platform, encoding, off := be.Uint16(cmap[rec:]), be.Uint16(cmap[rec+2:]), int(be.Uint32(cmap[rec+4:]))
		if platform != 3 && platform != 0 || off+4 > len(cmap) {
			continue
		}
		switch sub := cmap[off:]; be.Uint16(sub) {
		case 12:
			if encoding == 10 || platform == 0 {
				fmt12 = sub
			}
		case 4:
			if encoding == 1 || platform == 0 {
				fmt4 = sub
			}
		}
	}
	switch {
	case fmt12 != nil:
		return format12(fmt12)
	case fmt4 != nil:
		return format4(fmt4)
	}
	return nil, errFont
}

func format12(t []byte) (map[rune]int, error) {
	if len(t) < 16 {
		return nil, errFont
	}
	groups := int(be.Uint32(t[12:]))
	if 16+12*groups > len(t) {
		return nil, errFont
	}
	out := map[rune]int{}
	for i := 0; i < groups; i++ {
		g := t[16+12*i:]
		start, end, glyph := be.Uint32(g), be.Uint32(g[4:]), be.Uint32(g[8:])
		if end < start || end-start > 0x10FFFF {
			return nil, errFont
		}
		for c := start; c <= end; c++ {
			out[rune(c)] = int(glyph + c - start)
		}
	}
	return out, nil
}

func format4(t []byte) (map[rune]int, error) {
	if len(t) < 14 {
		return nil, errFont
	}
	segs := int(be.Uint16(t[6:])) / 2
	ends, starts := 14, 16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	if ranges+2*segs > len(t) {
		return nil, errFont
	}
	out := map[rune]int{}
	for i := 0; i < segs; i++ {
		end, start := int(be.Uint16(t[ends+2*i:])), int(be.Uint16(t[starts+2*i:]))
		delta, rangeOff := int(be.Uint16(t[deltas+2*i:])), int(be.Uint16(t[ranges+2*i:]))
		for c := start; c <= end && c != 0xFFFF; c++ {
			g := 0
			if rangeOff == 0 {
				g = (c + delta) & 0xFFFF
			} else {
				at := ranges + 2*i + rangeOff + 2*(c-start)
				if at+2 > len(t) {
					return nil, errFont
				}
				if g = int(be.Uint16(t[at:])); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 {
				out[rune(c)] = g
			}
		}
	}
	return out, nil
}
