package layout

import "pleadgen/render/markup"

// splitLong cuts every box wider than width into pieces that fit, with a
// break opportunity between them, so that no line is wider than its
// measure: a long URL or case citation breaks where it must.
func splitLong(toks []token, width float64, m Measurer, size float64) []token {
	long := false
	for _, t := range toks {
		long = long || (t.kind == box && t.width > width+1e-6)
	}
	if !long || width <= 0 {
		return toks
	}
	out := make([]token, 0, len(toks)+4)
	for _, t := range toks {
		if t.kind != box || t.width <= width+1e-6 {
			out = append(out, t)
			continue
		}
		for i, piece := range cutBox(t, width, m, size) {
			if i > 0 {
				out = append(out, token{kind: hyphenBreak})
			}
			out = append(out, piece)
		}
	}
	return out
}

// cutBox cuts a box into pieces no wider than width, character by
// character; each piece holds at least one character. A footnote mark is
// never cut: it stays whole, as one character does. While a piece grows
// its width is the sum of its characters' widths; a finished piece is
// measured whole.
func cutBox(t token, width float64, m Measurer, size float64) []token {
	var pieces []token
	cur := token{kind: box}
	for _, s := range t.segs {
		sz := size
		if s.Style.Has(markup.Super) {
			sz *= superSize
		}
		start := 0
		for _, unit := range units(s.Run) {
			w := m.Width(unit.text, s.Style, sz)
			if cur.width+w > width && (len(cur.segs) > 0 || unit.at > start) {
				pieces = append(pieces, withText(cur, s.Run, s.Text[start:unit.at], m, sz))
				cur, start = token{kind: box}, unit.at
			}
			cur.width += w
		}
		cur = withText(cur, s.Run, s.Text[start:], m, sz)
	}
	return append(pieces, cur)
}

// unit is a piece of a run that a long box is never cut inside: a
// character, or a whole footnote mark.
type unit struct {
	text string
	at   int // its byte offset in the run's text
}

// units returns the units of a run, in order.
func units(s markup.Run) []unit {
	if s.Note > 0 {
		return []unit{{s.Text, 0}}
	}
	out := make([]unit, 0, len(s.Text))
	for i, r := range s.Text {
		out = append(out, unit{string(r), i})
	}
	return out
}

// withText adds text of run s to a piece and measures the piece's
// segments exactly.
func withText(p token, s markup.Run, text string, m Measurer, size float64) token {
	if text != "" {
		p.segs = append(p.segs, seg{Run: markup.Run{Text: text, Style: s.Style, Note: s.Note}, w: m.Width(text, s.Style, size)})
	}
	p.width = 0
	for _, s := range p.segs {
		p.width += s.w
	}
	return p
}
