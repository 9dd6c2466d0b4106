package layout

import "pleadgen/render/markup"

// placer lays one line's boxes along the baseline y = 0, collecting texts
// and the rules that underline them.
type placer struct {
	size         float64
	extra        float64 // added to each space of a justified line
	spaced       bool    // a space was passed since the last segment
	tabbed       bool    // a tab was passed since the last segment: a new text starts
	texts        []Text
	open         []byte // the text of the last of texts while it grows
	rules        []Rule
	uStart, uEnd float64 // the open underline span; uStart < 0 when none
}

// Superscripts are set smaller and raised.
const (
	superSize = 0.58
	superRise = 0.33
)

// placeLine turns a broken line into texts whose baseline is y = 0, starting
// at x and, when the line is justified, spread to width. It also returns
// the footnotes the line refers to.
func placeLine(l line, x, width, size float64) ([]Text, []Rule, []int) {
	extra := 0.0
	if l.justify {
		if gaps := l.spaces; gaps > 0 && width > l.natural {
			extra = (width - l.natural) / float64(gaps)
		}
	}
	p := &placer{size: size, extra: extra, uStart: -1, open: make([]byte, 0, l.bytes)}
	var notes []int
	for _, t := range l.toks {
		switch t.kind {
		case space:
			x += t.width + extra
			p.spaced = true
		case tab:
			x += t.width
			p.tabbed = true
		case box:
			for _, s := range t.segs {
				p.segment(s.Run, x, s.w)
				x += s.w
				if s.Note > 0 {
					notes = append(notes, s.Note)
				}
			}
		}
	}
	p.closeText()
	p.closeUnderline()
	return p.texts, p.rules, notes
}

// segment places a segment: it extends the last text when that has the
// same style and only a space or nothing lies between them, so that a line
// becomes one text per run of one style.
func (p *placer) segment(s markup.Run, x, w float64) {
	if k := len(p.texts) - 1; k >= 0 && p.texts[k].Style == s.Style && !s.Style.Has(markup.Super) && !p.tabbed {
		t := &p.texts[k]
		if p.spaced {
			p.open = append(p.open, ' ')
		}
		p.open = append(p.open, s.Text...)
		t.W, t.WordSpace = x+w-t.X, p.extra
	} else {
		p.closeText()
		p.open = append(p.open[:0], s.Text...)
		t := Text{X: x, W: w, Style: s.Style, Size: p.size, WordSpace: p.extra}
		if s.Style.Has(markup.Super) {
			t.Size, t.Y = p.size*superSize, -p.size*superRise
		}
		p.texts = append(p.texts, t)
	}
	if p.tabbed {
		p.closeUnderline() // the tab's room is not underlined
	}
	p.spaced, p.tabbed = false, false
	if !s.Style.Has(markup.Underline) {
		p.closeUnderline()
		return
	}
	if p.uStart < 0 {
		p.uStart = x
	}
	p.uEnd = x + w
}

// closeText gives the last text the text gathered for it.
func (p *placer) closeText() {
	if k := len(p.texts) - 1; k >= 0 {
		p.texts[k].S = string(p.open)
	}
}

func (p *placer) closeUnderline() {
	if p.uStart < 0 {
		return
	}
	y := p.size * 0.11
	p.rules = append(p.rules, Rule{X1: p.uStart, Y1: y, X2: p.uEnd, Y2: y, Width: p.size * 0.05})
	p.uStart = -1
}
