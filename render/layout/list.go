package layout

import "pleadgen/render/markup"

// list adds a list: each item's marker one step in from the list's left
// edge and its text a step further, lines wrapping under the text (a
// hanging indent); nested lists move one step right. An item that starts
// with a nested list sets its marker on the nested list's first line.
func (f *flow) list(l *markup.List, depth int) {
	markerX := f.p.Text.Left + float64(min(depth, maxListIndent)+1)*f.p.Text.Step
	if l.Flush {
		markerX -= f.p.Text.Step // the marker at the list's left edge
	}
	for i, it := range l.Items {
		marker := markup.Marker(l.Style, l.Start+i)
		textX := markerX + f.p.Text.Step
		if w := f.m.Width(marker+" ", 0, f.p.Text.Size); markerX+w > textX {
			textX = markerX + w
		}
		for k, b := range it.Blocks {
			n := len(f.rows)
			para, ok := b.(*markup.Paragraph)
			if ok {
				f.keepOverBlanks()
				n = len(f.rows)
				if l.Flush {
					left := f.p.Text.Left
					f.hangingPara(para.Runs, textX-left, markerX-left) // lines wrap back to the marker
				} else {
					f.hanging(para.Runs, textX)
				}
				f.markKept(para)
			} else {
				f.block(b, depth+1)
			}
			_, nested := b.(*markup.List)
			if k == 0 && (ok || nested) && len(f.rows) > n {
				f.setMarker(&f.rows[n], marker, markerX)
			}
		}
	}
}

// setMarker puts a list item's marker at x on the row of its first line,
// before the line's own texts.
func (f *flow) setMarker(r *row, marker string, x float64) {
	t := Text{X: x, W: f.m.Width(marker, 0, f.p.Text.Size), S: marker, Size: f.p.Text.Size}
	r.texts = append([]Text{t}, r.texts...)
	r.blank = false
}

// maxListIndent is the deepest nesting that moves a list further right;
// lists nested deeper keep that indent, so that text keeps its room.
const maxListIndent = 5

// hanging adds a justified, double-spaced paragraph whose lines all start
// at x.
func (f *flow) hanging(runs []markup.Run, x float64) {
	width := f.p.Text.Right - x
	f.eachLine(runs, width, width, func(i, n int, l line) {
		r := f.lineRow(l, x, f.p.Text.Right, 2)
		r.keepNext = f.keepForWidows(i, n)
		f.rows = append(f.rows, r)
	})
}
