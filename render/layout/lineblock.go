package layout

import (
	"fmt"

	"pleadgen/render/markup"
)

// lineBlock adds a block of lines laid out as written.
func (f *flow) lineBlock(b *markup.LineBlock) {
	if b.Kind == markup.Attestation {
		f.attestation(b)
		return
	}
	rows := f.lineBlockRows(b)
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
	first := len(f.rows)
	f.rows = append(f.rows, rows...)
	if b.Kind == markup.Signature {
		f.keepSignature(first)
	}
}

// besideGap is the least space between the lines set beside a signature
// and the signature column.
const besideGap = 12.0

// lineBlockRows lays out a block's lines in its column, and the lines
// beside them, if any, in the left half of the measure, row by row. A
// single-spaced block other than the counsel block starts on a slot
// boundary.
func (f *flow) lineBlockRows(b *markup.LineBlock) []row {
	left, right := f.column(b)
	h := 2
	if b.Spacing == markup.Single {
		h = 1
	}
	rows := f.blockRows(b.Lines, left, right, h, b.Align)
	if len(b.Beside) > 0 {
		beside := f.blockRows(b.Beside, f.p.Text.Left, max(f.p.Text.Left+minColumn, left-besideGap), h, markup.Left)
		rows = besideRows(beside, rows)
	}
	if h == 1 && b.Kind != markup.Counsel && len(rows) > 0 {
		rows[0].align = true
	}
	return rows
}

// besideRows sets two columns' rows side by side: row k of the result
// holds row k of each.
func besideRows(left, right []row) []row {
	out := make([]row, max(len(left), len(right)))
	for k := range out {
		switch {
		case k >= len(left):
			out[k] = right[k]
		case k >= len(right):
			out[k] = left[k]
		default:
			r := left[k]
			r.texts = append(append([]Text(nil), r.texts...), right[k].texts...)
			r.rules = append(append([]Rule(nil), r.rules...), right[k].rules...)
			r.notes = append(append([]int(nil), r.notes...), right[k].notes...)
			r.blank = r.blank && right[k].blank
			out[k] = r
		}
	}
	return out
}

// attestation adds the filer's attestation, kept on one page: a blank
// line, the profile's attestation heading centred in bold, its text as a
// paragraph, then the block's lines (the filer's conformed signature) in
// the signature column. A profile without an attestation text draws the
// lines only.
func (f *flow) attestation(b *markup.LineBlock) {
	first := len(f.rows)
	if f.p.Attestation.Text != "" {
		var head []markup.Line
		if f.p.Attestation.Heading != "" {
			head = append(head, markup.Line{Runs: []markup.Run{{Text: f.p.Attestation.Heading, Style: markup.Bold}}})
		}
		f.rows = append(f.rows, f.blockRows(head, f.p.Text.Left, f.p.Text.Right, 2, markup.Center)...)
		f.paragraph([]markup.Run{{Text: f.p.Attestation.Text}}, f.p.Text.Indent)
	}
	f.rows = append(f.rows, f.lineBlockRows(b)...)
	if len(f.rows) == first {
		return
	}
	for i := first; i < len(f.rows); i++ {
		f.rows[i].keepNext = i < len(f.rows)-1
	}
	f.rows[len(f.rows)-1].padAfter = true
	f.keepSignature(first)
}

// keepSignature keeps the signature block whose rows start at first with
// what comes before it. A block that follows another signature block,
// blank rows aside, is kept with it softly: a run of signature blocks
// stays on one page when it fits on one, and otherwise breaks only
// between blocks. The first block of a run is kept with the rows before
// it that are already kept with it, blank rows, and two more rows of
// text.
func (f *flow) keepSignature(first int) {
	i := first - 1
	for i >= 0 && f.rows[i].blank {
		i--
	}
	if i >= 0 && i == f.sigEnd {
		for k := i; k < first; k++ {
			f.rows[k].keepSoft = true
		}
	} else {
		f.keepBefore(first, 2)
	}
	f.sigEnd = len(f.rows) - 1
}

// keepBefore keeps row first with the rows before it: those already kept
// with what follows, blank rows, and then n more rows of text. It stops
// at the first page's front matter and at a forced page break.
func (f *flow) keepBefore(first, n int) {
	i := first - 1
	chain := func() bool {
		if i < 0 || f.rows[i].firstPage || f.rows[i+1].breakBefore {
			return false
		}
		f.rows[i].keepNext = true
		return true
	}
	for i >= 0 && (f.rows[i].keepNext || f.rows[i].blank) {
		if !chain() {
			return
		}
		i--
	}
	for n > 0 && chain() {
		if !f.rows[i].blank {
			n--
		}
		i--
	}
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
		f.eachLine(ln.Runs, right-x, right-x, func(_, _ int, l line) {
			l.justify = false
			rows = append(rows, f.lineRow(l, alignX(l, x, right, align), right, h))
		})
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
		f.fail(&Error{Line: c.Line, Block: "caption", Msg: fmt.Sprintf("the caption runs to %d lines, more than a page holds; shorten it", h)})
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
