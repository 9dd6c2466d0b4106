package docx

import "pleadgen/render/markup"

// pitch is the height of a numbered line in twips: the exact line height
// of double-spaced text.
func (w *writer) pitch() int { return twips(w.paper.Grid.Pitch) }

// halfPitch is half of it: the line height of single-spaced text.
func (w *writer) halfPitch() int { return twips(w.paper.Grid.Pitch / 2) }

// left is the text's left edge, the left margin, in points from the page's.
func (w *writer) left() float64 { return w.paper.Text.Left }

// measure is the width of the text in points.
func (w *writer) measure() float64 { return w.paper.Text.Right - w.paper.Text.Left }

// lineHeight returns the exact line height of a spacing.
func (w *writer) lineHeight(s markup.Spacing) int {
	if s == markup.Single {
		return w.halfPitch()
	}
	return w.pitch()
}

// halves returns the half-slots one line of a spacing fills.
func halves(s markup.Spacing) int {
	if s == markup.Single {
		return 1
	}
	return 2
}

// singleDrop is how far a single-spaced line is set below the top of its
// half-slot, in twips, so that its baseline stands where the PDF's does.
// Word and LibreOffice set a line of exact height with its baseline
// ascent of the height below its top; the page's first numbered line
// starts where that puts a double-spaced line's baseline on the PDF's.
func (w *writer) singleDrop() int {
	return w.cellDrop(markup.Single)
}

// cellDrop is how far a line of spacing s is set below the top of the slot
// it starts on, in twips, for its baseline to stand where the PDF's does:
// the space above the text of a table's cell.
func (w *writer) cellDrop(s markup.Spacing) int {
	return max(0, twips(ascent*w.paper.Grid.Pitch)-twips(ascent*twipsToPt(w.lineHeight(s))))
}

// alignBlocks puts each block where the layout puts it: on the same page
// as the block before it, the space the layout leaves between them (what
// puts a line after a single-spaced block back on a numbered line, the
// court's title on its line of the first page); and a single-spaced block
// set singleDrop lower than its half-slots, its lines where the PDF's
// stand, when the space after it can give that back. A block the layout
// starts a page with is left as Word breaks it.
func (w *writer) alignBlocks() {
	var order []int // the written blocks that have lines of text
	for i, rec := range w.recs {
		if rec.written && w.sv.spans[i].ok && rec.to > rec.from {
			order = append(order, i)
		}
	}
	gaps := make([]int, len(order))    // half-slots between each block and the one before it
	placed := make([]bool, len(order)) // on the page of the block before it, or first on the first page
	shift := make([]int, len(order)+1) // twips each block is set lower
	for k, i := range order {
		sp := w.sv.spans[i]
		switch {
		case k == 0:
			placed[k], gaps[k] = sp.firstPage == 0, sp.firstHalf-w.recs[i].lead
		default:
			prev := order[k-1]
			ps := w.sv.spans[prev]
			placed[k] = ps.lastPage == sp.firstPage
			gaps[k] = sp.firstHalf - w.recs[i].lead - (ps.lastHalf + w.recs[prev].tail)
		}
	}
	drop := w.singleDrop()
	for k := len(order) - 1; k >= 0; k-- {
		rec := w.recs[order[k]]
		if !rec.shiftable || !placed[k] || drop == 0 {
			continue
		}
		room := drop // the page ends after it
		if k+1 < len(order) && placed[k+1] {
			room = (max(0, gaps[k+1])+rec.ownAfter)*w.halfPitch() + shift[k+1]
		}
		if room >= drop {
			shift[k] = drop
		}
	}
	for k, i := range order {
		if !placed[k] {
			continue
		}
		v := max(0, gaps[k])*w.halfPitch() + shift[k]
		prev := -1
		if k > 0 {
			prev = order[k-1]
			v -= shift[k-1]
		}
		if v != 0 {
			w.space(prev, i, v)
		}
	}
}

// space adds v twips between block prev and block i: after prev's last
// paragraph, or before i's first when prev ends with a table or there is
// none, or as a paragraph of that height between two tables. Space after
// a paragraph and space before the next are not both used, since
// LibreOffice gives only the larger of them. v is less than 0 only when
// prev ends with a paragraph whose space after gives it back.
func (w *writer) space(prev, i, v int) {
	if prev >= 0 {
		if p, ok := w.body[w.recs[prev].to-1].(*paragraph); ok {
			p.props.after = max(0, p.props.after+v)
			return
		}
	}
	if v <= 0 {
		return
	}
	if p, ok := w.body[w.recs[i].from].(*paragraph); ok {
		p.props.before += v
		return
	}
	spacer := newPara("Normal")
	spacer.blank = true
	spacer.props.line = v
	w.spacers = append(w.spacers, spacerAt{at: w.recs[i].from, p: spacer})
}

// spacerAt is a paragraph to write before body[at].
type spacerAt struct {
	at int
	p  *paragraph
}
