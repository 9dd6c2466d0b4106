package render

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"pleadgen/pdffile"
	"pleadgen/render/ttf"
)

// A text with a character beyond Windows-1252 is drawn in the whole face
// of its style, as a composite (Type0) font whose two-byte codes are the
// characters' Unicode values: a reader decodes the text from the codes
// alone, a CIDToGIDMap gives the viewer each code's glyph, and a
// ToUnicode map tells other readers what the codes mean.

// wideFonts are the whole faces a document draws.
type wideFonts struct {
	used  []string        // the styles, in the order first drawn
	runes []map[rune]bool // the characters each draws, by resource number - 1
	res   map[string]int  // each style's resource number, from 1
}

// resource returns a style's resource number, adding the style.
func (w *wideFonts) resource(style string) int {
	if n, ok := w.res[style]; ok {
		return n
	}
	if w.res == nil {
		w.res = map[string]int{}
	}
	w.used = append(w.used, style)
	w.runes = append(w.runes, map[rune]bool{})
	w.res[style] = len(w.used)
	return len(w.used)
}

// wideText draws s in a style's whole face, in size at (x, y), y the
// baseline from the top, its spaces widened by ws. A two-byte code is no
// word space to the PDF, so each space is followed by its widening.
func (d *pdfDoc) wideText(s, style string, size, x, y, ws float64, color uint32) error {
	f := d.wide.resource(style)
	used := d.wide.runes[f-1]
	for _, r := range s {
		if r > 0xffff {
			return fmt.Errorf("text %q: character %U is beyond the fonts' codes", s, r)
		}
		used[r] = true
	}
	d.setInk(color)
	d.setFont(fontRef{n: f, wide: true}, size)
	d.moveTo(x, y)
	b := &d.page
	widen := ws != 0 && strings.Contains(s, " ")
	if widen {
		b.WriteString(" Td [<")
	} else {
		b.WriteString(" Td <")
	}
	for _, r := range s {
		writeCode(b, r)
		if r == ' ' && widen {
			b.WriteString("> ")
			b.Write(strconv.AppendFloat(b.AvailableBuffer(), -ws*1000/size, 'f', 3, 64))
			b.WriteString(" <")
		}
	}
	if widen {
		b.WriteString(">] TJ ET\n")
	} else {
		b.WriteString("> Tj ET\n")
	}
	return nil
}

// writeCode writes a character's code as four hexadecimal digits.
func writeCode(b *bytes.Buffer, r rune) {
	const digits = "0123456789ABCDEF"
	b.Write([]byte{digits[r>>12&15], digits[r>>8&15], digits[r>>4&15], digits[r&15]})
}

// wideFace is a style's whole face cut down to a document's characters,
// with the characters, sorted.
type wideFace struct {
	face
	runes []rune
}

// cut cuts each whole face a document draws down to its characters.
func (w *wideFonts) cut(z *pdffile.Deflater) ([]wideFace, error) {
	out := make([]wideFace, len(w.used))
	for i, style := range w.used {
		runes := make([]rune, 0, len(w.runes[i]))
		for r := range w.runes[i] {
			runes = append(runes, r)
		}
		slices.Sort(runes)
		f, err := wideSubsetOf(style, runes, z)
		if err != nil {
			return nil, err
		}
		out[i] = wideFace{face: f, runes: runes}
	}
	return out, nil
}

// wideObjects is how many objects a whole face's font takes.
const wideObjects = 6

// writeWideFont writes a whole face's font as objects n to n+5: the
// composite font, its descendant, the descriptor, the program, the
// ToUnicode map and the map of codes to glyphs.
func (d *pdfDoc) writeWideFont(w *pdfWriter, n int, style string, f wideFace) error {
	m, err := uniFaceOf(style)
	if err != nil {
		return err
	}
	w.object(n, fmt.Sprintf("<</Type /Font\n/Subtype /Type0\n/BaseFont /%s\n/Encoding /Identity-H\n/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R\n>>", f.name, n+1, n+4))
	w.object(n+1, fmt.Sprintf("<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont /%s\n/CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>\n/FontDescriptor %d 0 R\n/W [%s]\n/CIDToGIDMap %d 0 R\n>>", f.name, n+2, cidWidths(m, f.runes), n+5))
	w.object(n+2, fontDescriptor(f.name, descriptorOf(m), n+3))
	w.stream(n+3, f.z, fmt.Sprintf("\n/Length1 %d\n", f.length1))
	toUnicode, err := d.z.Flate(toUnicodeMap(f.runes))
	if err != nil {
		return err
	}
	w.stream(n+4, toUnicode, "")
	gids, err := d.z.Flate(glyphMap(m, f.runes))
	if err != nil {
		return err
	}
	w.stream(n+5, gids, "")
	return nil
}

// cidWidths lists the characters' widths, a run of consecutive codes an
// entry: "32 [250 333] 945 [500]".
func cidWidths(m *ttf.Metrics, runes []rune) string {
	var b bytes.Buffer
	for i, r := range runes {
		switch {
		case i == 0:
			fmt.Fprintf(&b, "%d [", r)
		case r != runes[i-1]+1:
			fmt.Fprintf(&b, "] %d [", r)
		default:
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(m.Advance(m.Glyph(r))))
	}
	if len(runes) > 0 {
		b.WriteByte(']')
	}
	return b.String()
}

// glyphMap is the CIDToGIDMap: the glyph of each code up to the last
// drawn, two bytes each, 0 for the codes not drawn.
func glyphMap(m *ttf.Metrics, runes []rune) []byte {
	if len(runes) == 0 {
		return nil
	}
	out := make([]byte, 2*(runes[len(runes)-1]+1))
	for _, r := range runes {
		g := m.Glyph(r)
		out[2*r], out[2*r+1] = byte(g>>8), byte(g)
	}
	return out
}

// toUnicodeMap is the ToUnicode CMap: each code is its own character.
// Ranges of codes run within one high byte, at most a hundred a block.
func toUnicodeMap(runes []rune) []byte {
	type span struct{ from, to rune }
	var spans []span
	for i, r := range runes {
		if i > 0 && r == runes[i-1]+1 && r&0xff != 0 {
			spans[len(spans)-1].to = r
			continue
		}
		spans = append(spans, span{r, r})
	}
	var b bytes.Buffer
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for len(spans) > 0 {
		block := spans[:min(len(spans), 100)]
		spans = spans[len(block):]
		fmt.Fprintf(&b, "%d beginbfrange\n", len(block))
		for _, s := range block {
			b.WriteByte('<')
			writeCode(&b, s.from)
			b.WriteString("> <")
			writeCode(&b, s.to)
			b.WriteString("> <")
			writeCode(&b, s.from)
			b.WriteString(">\n")
		}
		b.WriteString("endbfrange\n")
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
	return b.Bytes()
}
