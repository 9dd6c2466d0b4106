package layout

import (
	"strconv"

	"pleadgen/render/markup"
)

// quote adds a block quotation: indented one step on both sides, justified,
// single spaced on the half-slot grid unless the document says double; it
// starts on a slot boundary, and what follows starts on a slot boundary at
// least a slot below its last line.
func (f *flow) quote(q *markup.Quote) {
	left := f.p.Text.Left + f.p.Text.Step
	right := f.p.Text.Right - f.p.Text.Step
	start := len(f.rows)
	for i, para := range q.Paras {
		if i > 0 && f.s.quoteH == 1 {
			f.rows = append(f.rows, row{h: 1, blank: true})
		}
		f.eachLine(para, right-left, right-left, func(k, n int, l line) {
			r := f.lineRow(l, left, right, f.s.quoteH)
			r.keepNext = f.keepForWidows(k, n)
			f.rows = append(f.rows, r)
		})
	}
	if len(f.rows) == start {
		return // an empty quotation
	}
	if f.s.quoteH == 1 {
		f.rows = append(f.rows, row{h: 1, blank: true}) // white space below it
	}
	f.rows[len(f.rows)-1].padAfter = true
}

// noteRows lays out each footnote as rows for the foot of a page: its
// number raised, its text justified, single spaced unless the document
// says double.
func (f *flow) noteRows(notes []markup.Note) [][]row {
	left, right := f.p.Text.Left, f.p.Text.Right
	out := make([][]row, len(notes))
	for i, n := range notes {
		for k, para := range n.Paras {
			runs := para
			if k == 0 {
				mark := markup.Run{Text: strconv.Itoa(i + 1), Style: markup.Super}
				runs = append([]markup.Run{mark, {Text: " "}}, para...)
			}
			f.eachLine(runs, right-left-f.p.Text.Indent, right-left, func(j, _ int, l line) {
				x := left
				if j == 0 {
					x += f.p.Text.Indent
				}
				r := f.lineRow(l, x, right, f.s.noteH)
				for t := range r.texts {
					r.texts[t].Role, r.texts[t].Note = Note, i+1
				}
				out[i] = append(out[i], r)
			})
		}
	}
	return out
}

// noteRule is the row of the short rule above a page's footnotes.
func (f *flow) noteRule() row {
	y := -f.p.Grid.Pitch / 6
	return row{h: 1, rules: []Rule{{X1: f.p.Text.Left, Y1: y, X2: f.p.Text.Left + f.p.NoteRule, Y2: y, Width: f.p.Rules.Width}}}
}
