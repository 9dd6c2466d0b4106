package layout

import "pleadgen/render/markup"

// list adds a list: each item's marker one step in from the list's left
// edge and its text a step further, lines wrapping under the text (a
// hanging indent); nested lists move one step right.
func (f *flow) list(l *markup.List, depth int) {
	markerX := f.p.Text.Left + float64(min(depth, maxListIndent)+1)*f.p.Text.Step
	for i, it := range l.Items {
		marker := markup.Marker(l.Style, l.Start+i)
		textX := markerX + f.p.Text.Step
		if w := f.m.Width(marker+" ", 0, f.p.Text.Size); markerX+w > textX {
			textX = markerX + w
		}
		for k, b := range it.Blocks {
			para, ok := b.(*markup.Paragraph)
			if !ok {
				f.block(b, depth+1)
				continue
			}
			f.keepOverBlanks()
			n := len(f.rows)
			f.hanging(para.Runs, textX)
			f.markKept(para)
			if k == 0 && len(f.rows) > n {
				f.rows[n].texts = append(f.rows[n].texts, Text{X: markerX, W: f.m.Width(marker, 0, f.p.Text.Size), S: marker, Size: f.p.Text.Size})
			}
		}
	}
}

// maxListIndent is the deepest nesting that moves a list further right;
// lists nested deeper keep that indent, so that text keeps its room.
const maxListIndent = 5

// hanging adds a justified, double-spaced paragraph whose lines all start
// at x.
func (f *flow) hanging(runs []markup.Run, x float64) {
	width := f.p.Text.Right - x
	lines := f.breakRuns(runs, width, width)
	for i, l := range lines {
		r := f.lineRow(l, x, f.p.Text.Right, 2)
		r.keepNext = f.keepForWidows(i, len(lines))
		f.rows = append(f.rows, r)
	}
}
