package layout

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"pleadgen/render/markup"
)

// cellPad is the space between a cell's rules and its text; minColumn is
// the narrowest column a table may have.
const (
	cellPad   = 4.0
	minColumn = 36.0
)

// table adds a table across the measure: its header row in bold, repeated
// at the top of every page the table continues on, then one row per table
// row. Cell lines are single spaced (on the half-slot grid) or double, as
// the paper says; every row starts on a slot boundary and is never split.
func (f *flow) table(t *markup.Table) {
	if most := int((f.p.Text.Right - f.p.Text.Left) / minColumn); len(t.Align) > most {
		f.fail(&Error{Line: t.Line, Block: "table", Msg: fmt.Sprintf("a table of %d columns is wider than the page, which holds at most %d", len(t.Align), most)})
		return
	}
	widths, err := f.columnWidths(t)
	if err != nil {
		f.fail(err)
		return
	}
	f.warnNarrow(t, widths)
	var repeat *row
	headerH := 0
	if t.Header != nil {
		header := f.tableRow(t.Header, widths, t.Align, markup.Bold, t.Borderless)
		header.keepNext = true
		repeat = new(row)
		*repeat = header
		f.rows = append(f.rows, header)
		headerH = header.h
	}
	for i, cells := range t.Rows {
		r := f.tableRow(cells, widths, t.Align, 0, t.Borderless)
		r.keepNext = i < len(t.Keep) && t.Keep[i]
		if r.h+headerH > f.p.Halves() {
			f.fail(&Error{Line: t.Line, Block: "table", Msg: "a table row is taller than a page under its header; split the row's text into several rows"})
			return
		}
		r.header = repeat
		f.rows = append(f.rows, r)
	}
}

// warnNarrow warns of each column narrower than its longest word, which
// then breaks inside: a date or an amount split across lines.
func (f *flow) warnNarrow(t *markup.Table, widths []float64) {
	for i, w := range widths {
		word, width := "", 0.0
		for _, cells := range append([][]markup.Cell{t.Header}, t.Rows...) {
			if i < len(cells) {
				if s, ww := f.longestWord(cells[i]); ww > width {
					word, width = s, ww
				}
			}
		}
		if width > w-2*cellPad+1e-6 {
			f.warnings = append(f.warnings, &markup.Error{Line: t.Line, Col: 1, Msg: fmt.Sprintf(
				"column %d of the table is %.0f pt wide, too narrow for %q (%.0f pt), which breaks inside: give the table proportions (::: table) that widen it, or shorten the word", i+1, w, word, width+2*cellPad)})
		}
	}
}

// longestWord is a cell's widest word, as the bold header would set it.
func (f *flow) longestWord(c markup.Cell) (string, float64) {
	toks := tokenize(styled(c, markup.Bold))
	measure(toks, f.m, f.p.Text.Size)
	word, width := "", 0.0
	for _, t := range toks {
		if t.kind == box && t.width > width {
			var b strings.Builder
			for _, s := range t.segs {
				b.WriteString(s.Text)
			}
			word, width = b.String(), t.width
		}
	}
	return word, width
}

// tableRow lays out one row of cells as a single row of the flow.
func (f *flow) tableRow(cells []markup.Cell, widths []float64, align []markup.Align, st markup.Style, borderless bool) row {
	r := row{}
	step := f.p.Grid.Pitch / 2 * float64(f.s.cellH)
	x := f.p.Text.Left
	for i, w := range widths {
		var runs []markup.Run
		if i < len(cells) {
			runs = styled(cells[i], st)
		}
		a := markup.Left
		if i < len(align) {
			a = align[i]
		}
		lines := f.cellLines(runs, w-2*cellPad, a == markup.Left)
		for k, l := range lines {
			lx := alignX(l.line, x+cellPad+l.indent, x+w-cellPad, a)
			texts, rules, notes := placeLine(l.line, lx, l.natural, f.p.Text.Size)
			r.texts = append(r.texts, shift(texts, float64(k)*step)...)
			r.rules = append(r.rules, shiftRules(rules, float64(k)*step)...)
			r.notes = append(r.notes, notes...)
		}
		r.last = max(r.last, len(lines)-1)
		x += w
	}
	slots := f.rowSlots(r.last + 1)
	r.h, r.align = 2*slots, true
	if !borderless {
		r.rules = append(r.rules, f.cellRules(widths, slots)...)
	}
	return r
}

// rowSlots is the number of slots a table row of n lines fills: from the
// top of its first slot to below its last line's descenders, rounded up
// to a whole slot.
func (f *flow) rowSlots(n int) int {
	half := f.p.Grid.Pitch / 2
	depth := f.p.Grid.Baseline + half*float64(f.s.cellH*(n-1)) + 0.4*half
	return int(math.Ceil(depth / f.p.Grid.Pitch))
}

// cellRules draws a row's box: rules above and below it, from slot
// boundary to slot boundary, and between its columns.
func (f *flow) cellRules(widths []float64, slots int) []Rule {
	top := -f.p.Grid.Baseline
	bottom := top + f.p.Grid.Pitch*float64(slots)
	left, w := f.p.Text.Left, f.p.Rules.Width
	right := left
	for _, cw := range widths {
		right += cw
	}
	rules := []Rule{{X1: left, Y1: top, X2: right, Y2: top, Width: w}, {X1: left, Y1: bottom, X2: right, Y2: bottom, Width: w}}
	x := left
	for _, cw := range append([]float64{0}, widths...) {
		x += cw
		rules = append(rules, Rule{X1: x, Y1: top, X2: x, Y2: bottom, Width: w})
	}
	return rules
}

func styled(runs []markup.Run, st markup.Style) []markup.Run {
	out := make([]markup.Run, len(runs))
	for i, r := range runs {
		r.Style |= st
		out[i] = r
	}
	return out
}

// columnWidths returns the columns' widths across the measure: the declared
// proportions, or else widths derived from the content — each column at
// least as wide as its longest word and, where the measure allows, as wide
// as its longest line, the rest shared out in proportion. Declared
// proportions that leave a column narrower than minColumn are refused.
func (f *flow) columnWidths(t *markup.Table) ([]float64, *Error) {
	total := f.p.Text.Right - f.p.Text.Left
	if t.Widths != nil {
		return declaredWidths(t, total)
	}
	n := len(t.Align)
	lo, hi := make([]float64, n), make([]float64, n)
	for _, cells := range append([][]markup.Cell{t.Header}, t.Rows...) {
		for i := 0; i < n && i < len(cells); i++ {
			l, h := f.cellExtent(cells[i])
			lo[i], hi[i] = max(lo[i], l+2*cellPad), max(hi[i], h+2*cellPad)
		}
	}
	switch {
	case sum(hi) <= total:
		return scaleTo(hi, total), nil
	case sum(lo) <= total:
		return between(lo, hi, total), nil
	}
	least := make([]float64, n) // what a column needs: its longest word, up to minColumn
	for i := range least {
		least[i] = min(lo[i], minColumn)
	}
	return between(least, lo, total), nil
}

// declaredWidths scales a table's proportions to the measure, refusing
// those that leave a column narrower than minColumn.
func declaredWidths(t *markup.Table, total float64) ([]float64, *Error) {
	ws := scaleTo(t.Widths, total)
	for i, w := range ws {
		if w < minColumn-1e-9 {
			props := make([]string, len(t.Widths))
			for k, p := range t.Widths {
				props[k] = strconv.FormatFloat(p, 'g', -1, 64)
			}
			return nil, &Error{Line: t.Line, Block: "table", Msg: fmt.Sprintf(
				"the table's proportions %s leave column %d %.1f pt wide, less than the %.0f pt (half an inch) a column needs: make its proportion larger",
				strings.Join(props, " "), i+1, w, minColumn)}
		}
	}
	return ws, nil
}

// between returns widths from lo toward hi that add up to total, each
// column getting a share of the room above sum(lo) in proportion to how
// much more it wants; sum(lo) ≤ total ≤ sum(hi).
func between(lo, hi []float64, total float64) []float64 {
	spare, stretch := total-sum(lo), sum(hi)-sum(lo)
	out := make([]float64, len(lo))
	for i := range out {
		out[i] = lo[i]
		if stretch > 0 {
			out[i] += spare * (hi[i] - lo[i]) / stretch
		}
	}
	return out
}

// cellExtent returns the widths of a cell's longest word and whole text.
func (f *flow) cellExtent(c markup.Cell) (word, line float64) {
	toks := tokenize(styled(c, markup.Bold))
	measure(toks, f.m, f.p.Text.Size)
	for _, t := range toks {
		if t.kind == box {
			word = max(word, t.width)
		}
		line += t.width
	}
	return word, line
}

func scaleTo(ws []float64, total float64) []float64 {
	s := sum(ws)
	out := make([]float64, len(ws))
	for i, w := range ws {
		if s > 0 {
			out[i] = w * total / s
		} else {
			out[i] = total / float64(len(ws))
		}
	}
	return out
}

func sum(ws []float64) float64 {
	t := 0.0
	for _, w := range ws {
		t += w
	}
	return t
}
