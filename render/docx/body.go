package docx

import (
	"math"

	"pleadgen/render/markup"
)

// bodyParagraph writes a paragraph of body text in its form.
func (w *writer) bodyParagraph(b *markup.Paragraph, top int) {
	p := newPara("BodyText")
	form := b.Form
	half := w.measure() / 2
	switch {
	case form.Center:
		p.props.jc = "center"
		p.indent(0, 0)
	case form.Hang > 0:
		p.indent(min(form.Indent, half), min(form.Hang, half))
	case form.Indented:
		p.indent(min(form.Indent, half), 0)
	}
	p.props.keepNext = b.Keep
	if top >= 0 {
		p.lines = w.sv.spans[top].lines
	}
	first := w.paper.Text.Indent
	if p.props.indSet {
		first = twipsToPt(p.props.left + p.props.firstLine - p.props.hanging)
	}
	w.tabsFor(p, b.Runs, w.left()+first)
	w.runs(&p.runs, b.Runs, runStyle{})
	w.add(p)
}

// heading writes a heading in its level's Word style, in the form its
// ::: heading block gives it.
func (w *writer) heading(h *markup.Heading) {
	level := min(max(h.Level, 1), 6)
	p := newPara("Heading" + itoa(level))
	form := h.Form
	indent := min(form.Indent, w.measure()/2)
	if indent > 0 {
		p.props.left = twips(indent)
	}
	if form.Center {
		p.props.jc = "center"
	}
	if form.Tab > 0 {
		p.props.tabs = tabStops(indent, form.Tab, w.measure())
	} else {
		w.tabsFor(p, h.Runs, w.left()+indent)
	}
	rs := runStyle{unbold: form.Plain}
	if form.Underline {
		rs.add = markup.Underline
	}
	w.runs(&p.runs, h.Runs, rs)
	w.add(p)
}

// quote writes a block quotation: its paragraphs indented on both sides,
// justified, single spaced with a blank line between them and after the
// last, or double spaced.
func (w *writer) quote(q *markup.Quote) int {
	single := w.quoteSpacing() == markup.Single
	for _, para := range q.Paras {
		p := newPara("BlockQuotation")
		if single {
			p.props.after = w.halfPitch()
		}
		w.runs(&p.runs, para, runStyle{})
		w.add(p)
	}
	if len(q.Paras) == 0 {
		return 0
	}
	return 2
}

// tabsFor sets tab stops every half inch from x when runs hold a tab and x
// is not on Word's own half-inch stops from the margin.
func (w *writer) tabsFor(p *paragraph, runs []markup.Run, x float64) {
	const step = 36.0
	if !hasTab(runs) {
		return
	}
	off := x - w.left()
	if k := off / step; math.Abs(k-math.Round(k)) < 1e-6 {
		return
	}
	p.props.tabs = tabStops(off, step, w.measure())
}

func twipsToPt(t int) float64 { return float64(t) / 20 }
