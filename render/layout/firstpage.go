package layout

import (
	"fmt"
	"slices"

	"pleadgen/render/markup"
)

// frontMatter is what the first page must hold: the counsel blocks at the
// document's start, then the court's title and the caption right after
// them. Block indexes are −1 for a part the document does not have.
type frontMatter struct {
	counselEnd     int // blocks[:counselEnd] are the counsel blocks
	court, caption int // block indexes
	rowsEnd        int // rows[:rowsEnd] must end on the first page; 0 for no demand
	courtHalves    int // half-slots of the court's title
	captionRow     int // the caption's row, or −1
	captionLine    int // the caption's markup line
}

// counselPart is one counsel block of the first page and its rows.
type counselPart struct {
	part     markup.CounselPart
	from, to int // its rows
	line     int // its markup line
}

// frontOf finds the first page's blocks.
func frontOf(blocks []markup.Block) frontMatter {
	fm := frontMatter{court: -1, caption: -1, captionRow: -1}
	i := 0
	for i < len(blocks) && lineKind(blocks[i]) == markup.Counsel {
		i++
	}
	fm.counselEnd = i
	if i < len(blocks) && lineKind(blocks[i]) == markup.Court {
		fm.court, i = i, i+1
	}
	if i < len(blocks) {
		if _, ok := blocks[i].(*markup.Caption); ok {
			fm.caption = i
		}
	}
	return fm
}

// lineKind returns the kind of a line block, or Plain for other blocks.
func lineKind(b markup.Block) markup.LineKind {
	if lb, ok := b.(*markup.LineBlock); ok {
		return lb.Kind
	}
	return markup.Plain
}

// noteFront records the rows, from row n on, that block i added when it is
// part of the first page's front matter, and pins them to that page.
func (f *flow) noteFront(i int, b markup.Block, n int) {
	fm := &f.front
	end := len(f.rows)
	switch {
	case i < fm.counselEnd:
		lb := b.(*markup.LineBlock)
		f.counsel = append(f.counsel, counselPart{part: lb.Part, from: n, to: end, line: lb.Line})
	case i == fm.court:
		fm.courtHalves, fm.rowsEnd = halvesOf(f.rows[n:end]), end
	case i == fm.caption && end > n:
		end = n + 1 // the caption's row, not the blank line after it
		fm.captionRow, fm.captionLine, fm.rowsEnd = n, b.(*markup.Caption).Line, end
	default:
		return
	}
	for k := n; k < end; k++ {
		f.rows[k].firstPage = true
	}
}

// halvesOf is the half-slots rows take, one after another.
func halvesOf(rows []row) int {
	h := 0
	for _, r := range rows {
		h += r.h
	}
	return h
}

// settleFirstPage chooses the counsel blocks the first page holds so that
// the counsel block, the court's title and the whole caption end on it:
// "more" blocks are left off from the last one back, and the notice block
// is drawn only when one was. It returns how many were left off.
func (f *flow) settleFirstPage(pg *pager) int {
	if len(f.counsel) == 0 {
		if f.front.rowsEnd > 0 && !pg.fitsFirstPage(f.front.rowsEnd) {
			f.fail(f.firstPageError(pg.halves / 2))
		}
		return 0
	}
	more := 0
	for _, cp := range f.counsel {
		if cp.part == markup.CounselMore {
			more++
		}
	}
	for drop := 0; drop <= more; drop++ {
		rows, end := f.withCounsel(drop)
		pg.rows = rows
		if end == 0 || pg.fitsFirstPage(end) {
			f.rows = rows
			return drop
		}
	}
	f.fail(f.firstPageError(pg.halves / 2))
	return 0
}

// counselOmitted tells which counsel blocks are left off when the last
// drop "more" blocks are: those, and the notice block when drop is 0.
func (f *flow) counselOmitted(drop int) []bool {
	omit := make([]bool, len(f.counsel))
	for i := len(f.counsel) - 1; i >= 0; i-- {
		switch cp := f.counsel[i]; {
		case cp.part == markup.CounselNotice:
			omit[i] = drop == 0
		case cp.part == markup.CounselMore && drop > 0:
			omit[i], drop = true, drop-1
		}
	}
	return omit
}

// withCounsel returns the rows with the counsel blocks counselOmitted
// names left off; the counsel blocks left stack as one, and the block
// after them starts on a slot boundary. It also returns how many rows
// must end on the first page.
func (f *flow) withCounsel(drop int) ([]row, int) {
	omit := f.counselOmitted(drop)
	if !slices.Contains(omit, true) && f.counselContiguous() {
		// Nothing left off: the rows as they are, the last counsel row
		// padded, without copying a long document's rows.
		for _, cp := range f.counsel {
			for k := cp.from; k < cp.to; k++ {
				f.rows[k].padAfter = false
			}
		}
		if last := f.counsel[len(f.counsel)-1]; last.to > last.from {
			f.rows[last.to-1].padAfter = true
		}
		return f.rows, f.front.rowsEnd
	}
	out := make([]row, 0, len(f.rows))
	omitted, rest := 0, 0
	for i, cp := range f.counsel {
		if omit[i] {
			omitted += cp.to - cp.from
		} else {
			out = append(out, f.rows[cp.from:cp.to]...)
		}
		rest = cp.to
	}
	for k := range out {
		out[k].padAfter = k == len(out)-1
	}
	out = append(out, f.rows[rest:]...)
	return out, max(0, f.front.rowsEnd-omitted)
}

// counselContiguous reports whether the counsel blocks' rows are the
// document's first rows, one block after another.
func (f *flow) counselContiguous() bool {
	at := 0
	for _, cp := range f.counsel {
		if cp.from != at {
			return false
		}
		at = cp.to
	}
	return true
}

// fitsFirstPage reports whether the pager's rows[:end] all fit on the
// first page.
func (pg *pager) fitsFirstPage(end int) bool {
	fl := pg.fill(0, end, 0, nil)
	return !fl.overflow && fl.end == end
}

// firstPageError says what the first page cannot hold, counting the
// counsel block with every "more" block left off.
func (f *flow) firstPageError(lines int) *Error {
	omit := f.counselOmitted(len(f.counsel))
	counsel := 0
	for i, cp := range f.counsel {
		if !omit[i] {
			counsel += halvesOf(f.rows[cp.from:cp.to])
		}
	}
	caption := 0
	if f.front.captionRow >= 0 {
		caption = f.rows[f.front.captionRow].h
	}
	slots := func(halves int) int { return (halves + 1) / 2 }
	court, from := slots(f.front.courtHalves), f.p.FirstPage.CourtTitleLine
	if len(f.counsel) == 0 {
		return &Error{Line: f.front.captionLine, Block: "caption", Msg: fmt.Sprintf(
			"page 1 cannot hold the court's title (%d lines, from line %d) and the caption (%d lines): it holds %d lines; shorten the caption (et al. names only the first party)",
			court, from, slots(caption), lines)}
	}
	if slots(caption) > slots(counsel) {
		return &Error{Line: f.front.captionLine, Block: "caption", Msg: fmt.Sprintf(
			"page 1 cannot hold the caption (%d lines) with the court's title (%d lines, from line %d) and the counsel it must list (%d lines) in its %d lines: shorten the parties' names or descriptions, or list fewer attorneys on page 1",
			slots(caption), court, from, slots(counsel), lines)}
	}
	return &Error{Line: f.counsel[0].line, Block: "counsel", Msg: fmt.Sprintf(
		"page 1 cannot hold the counsel it must list (%d lines, with every firm that may move to the signature page moved there), the court's title (%d lines, from line %d) and the caption (%d lines) in its %d lines: list fewer attorneys on page 1 or shorten the caption",
		slots(counsel), court, from, slots(caption), lines)}
}
