package layout

import "pleadgen/render/markup"

// placer lays one line's boxes along the baseline y = 0, collecting texts
// and the rules that underline them.
type placer struct {
	size         float64
	texts        []Text
	rules        []Rule
	uStart, uEnd float64 // the open underline span; uStart < 0 when none
}

// placeLine turns a broken line into texts whose baseline is y = 0, starting
// at x and, when the line is justified, spread to width.
func placeLine(l line, x, width, size float64) ([]Text, []Rule) {
	extra := 0.0
	if l.justify {
		if gaps := countSpaces(l.toks); gaps > 0 && width > l.natural {
			extra = (width - l.natural) / float64(gaps)
		}
	}
	p := &placer{size: size, uStart: -1}
	for _, t := range l.toks {
		switch t.kind {
		case space:
			x += t.width + extra
		case box:
			for i, s := range t.segs {
				p.segment(s, x, t.segw[i])
				x += t.segw[i]
			}
		}
	}
	p.closeUnderline()
	return p.texts, p.rules
}

func (p *placer) segment(s markup.Run, x, w float64) {
	p.texts = append(p.texts, Text{X: x, W: w, S: s.Text, Style: s.Style, Size: p.size})
	if !s.Style.Has(markup.Underline) {
		p.closeUnderline()
		return
	}
	if p.uStart < 0 {
		p.uStart = x
	}
	p.uEnd = x + w
}

func (p *placer) closeUnderline() {
	if p.uStart < 0 {
		return
	}
	y := p.size * 0.11
	p.rules = append(p.rules, Rule{X1: p.uStart, Y1: y, X2: p.uEnd, Y2: y, Width: p.size * 0.05})
	p.uStart = -1
}

func countSpaces(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == space {
			n++
		}
	}
	return n
}
