package layout

import (
	"fmt"
	"strings"

	"pleadgen/render/markup"
)

// lineBlock adds a block of lines laid out as written.
func (f *flow) lineBlock(b *markup.LineBlock) {
	left, right := f.column(b)
	h := 2
	if b.Spacing == markup.Single {
		h = 1
	}
	rows := f.blockRows(b.Lines, left, right, h, b.Align)
	if len(rows) == 0 {
		return
	}
	if b.Kind == markup.Court {
		rows[0].minHalf = 2 * (f.p.FirstPage.CourtTitleLine - 1)
	}
	if b.Keep {
		for i := range rows {
			rows[i].keepNext = i < len(rows)-1 || b.Kind != markup.Signature
		}
	}
	rows[len(rows)-1].padAfter = true
	f.rows = append(f.rows, rows...)
}

// column returns the horizontal band of a line block.
func (f *flow) column(b *markup.LineBlock) (left, right float64) {
	left, right = f.p.Text.Left, f.p.Text.Right
	switch {
	case b.Column == markup.RightHalf:
		left = f.p.Signature.Left
	case b.Kind == markup.Counsel:
		right = left + f.p.FirstPage.CounselWidth
	}
	return left, right
}

// blockRows breaks each line within [left, right] after its indent and
// aligns it; a line too long for the band wraps at the same indent.
func (f *flow) blockRows(lines []markup.Line, left, right float64, h int, align markup.Align) []row {
	var rows []row
	for _, ln := range lines {
		x := left + float64(ln.Indent)*f.p.Text.Step
		if len(ln.Runs) == 0 {
			rows = append(rows, row{h: h, align: h == 2, blank: true})
			continue
		}
		for _, l := range f.breakRuns(ln.Runs, right-x, right-x) {
			l.justify = false
			rows = append(rows, f.lineRow(l, alignX(l, x, right, align), right, h))
		}
	}
	return rows
}

// alignX returns where a line starts for an alignment within [x, right].
func alignX(l line, x, right float64, align markup.Align) float64 {
	switch align {
	case markup.Center:
		return x + (right-x-l.natural)/2
	case markup.Right:
		return right - l.natural
	}
	return x
}

// caption adds the two-column caption box as one row, and a blank line
// after it: the parties on the left closed by a rule on their right and
// below, the case number, title and hearing on the right, both single
// spaced.
func (f *flow) caption(c *markup.Caption) {
	left := f.p.Text.Left
	mid := left + f.p.Caption.LeftWidth
	l := f.blockRows(c.Left, left, mid, 1, markup.Left)
	r := f.blockRows(c.Right, mid+f.p.Caption.Gap, f.p.Text.Right, 1, markup.Left)
	h := max(len(l), len(r))
	if h > f.p.Halves()-1 {
		f.fail(&Error{Line: c.Line, Block: "caption", Msg: fmt.Sprintf("the caption runs to %d lines, more than a page holds; shorten it (et al. names only the first party)", h)})
		return
	}
	cap := row{h: h, last: h - 1, align: true, padAfter: true, keepNext: true}
	half := f.p.Grid.Pitch / 2
	for _, part := range [][]row{l, r} {
		for k, pr := range part {
			cap.texts = append(cap.texts, shift(pr.texts, float64(k)*half)...)
			cap.rules = append(cap.rules, shiftRules(pr.rules, float64(k)*half)...)
		}
	}
	top := -f.p.Grid.Baseline
	bottom := float64(h-1)*half + 0.4*half
	ruleX := mid + f.p.Caption.Gap/2
	w := f.p.Rules.Width
	cap.rules = append(cap.rules,
		Rule{X1: ruleX, Y1: top, X2: ruleX, Y2: bottom, Width: w},
		Rule{X1: left, Y1: bottom, X2: ruleX, Y2: bottom, Width: w})
	f.rows = append(f.rows, cap, row{h: 2, align: true, blank: true})
}

func shift(texts []Text, dy float64) []Text {
	out := make([]Text, len(texts))
	for i, t := range texts {
		t.Y += dy
		out[i] = t
	}
	return out
}

func shiftRules(rules []Rule, dy float64) []Rule {
	out := make([]Rule, len(rules))
	for i, r := range rules {
		r.Y1 += dy
		r.Y2 += dy
		out[i] = r
	}
	return out
}

// conformed reports whether a signature block is signed "/s/ Name", and
// returns that line.
func conformed(b *markup.LineBlock) (markup.Line, bool) {
	for _, l := range b.Lines {
		if len(l.Runs) > 0 && strings.HasPrefix(strings.TrimSpace(l.Runs[0].Text), "/s/") {
			return l, true
		}
	}
	return markup.Line{}, false
}
