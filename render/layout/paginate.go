package layout

import "fmt"

// placed is a row put on a page with its (first) baseline at half-slot half.
type placed struct {
	page, half int
	row        *row
	repeat     bool // a table's header repeated at the top of a page
}

// pager places rows on pages: body rows from the top, the footnotes their
// lines refer to at the foot of the same page, continuing on the next page
// when a note is too long for its own.
type pager struct {
	rows   []row
	notes  [][]row // the rows of each footnote, by number − 1
	sep    row     // the rule above a page's footnotes
	halves int
	out    []placed

	maxPages int // 0 for no limit
	err      error
}

// fill is what one page holds: body rows from start up to end, and the
// footnote rows at its foot, with the rows that continue on the next page.
type fill struct {
	end      int
	body     []placed
	foot     []*row
	footH    int // the half-slots of foot, without the rule above them
	carry    []*row
	overflow bool // stopped because the next row did not fit
}

// paginate places rows on pages and returns the placements in order.
func (pg *pager) paginate() []placed {
	start, page := 0, 0
	var carry []*row
	for start < len(pg.rows) || len(carry) > 0 {
		if pg.maxPages > 0 && page >= pg.maxPages {
			pg.err = fmt.Errorf("the document runs past %d pages", pg.maxPages)
			return nil
		}
		f := pg.fill(start, len(pg.rows), page, carry)
		if f.overflow {
			if j := pg.keptFrom(start, f.end, page); j > start && j < f.end {
				f = pg.fill(start, j, page, carry) // move the rows kept together
			}
		}
		pg.commit(f, page)
		start, carry, page = f.end, f.carry, page+1
	}
	return pg.out
}

// keptFrom returns where the rows kept with row end begin, when a page
// starting at row start overflows at row end: the rows kept softly or
// strongly, when they fit together on the next page. A soft run taller
// than a page (signature blocks, say) breaks between its strong chains:
// where the rest of the run fits on the next page, so that no page holds
// only the middle of the run; failing that, the whole run moves to the
// next page, where it has the most room, unless it starts this one. A
// chain of kept rows never reaches back into the first page's front
// matter.
func (pg *pager) keptFrom(start, end, page int) int {
	soft := pg.chainStart(start, end, func(r *row) bool { return r.keepNext || r.keepSoft })
	strong := pg.chainStart(start, end, func(r *row) bool { return r.keepNext })
	movable := func(j int) bool { return j > start && j < end }
	// Breaking the soft run between its blocks, at strong (or right at
	// end, when no strong chain holds the overflowing row), beats moving
	// it whole when moving it would leave more than maxRunWaste empty.
	breakRun := soft != strong && strong > start && pg.leaves(soft, strong) > maxRunWaste &&
		(strong == end || pg.fitsOnePage(strong, page+1))
	switch {
	case breakRun:
		return strong
	case movable(soft) && pg.fitsOnePage(soft, page+1):
		return soft
	case soft == strong:
		return strong
	case movable(strong) && pg.fitsOnePage(strong, page+1):
		return strong
	case movable(soft):
		return soft
	}
	return strong
}

// maxRunWaste is the most half-slots a soft run (signature blocks in a
// row) may leave empty at a page's foot by moving whole to the next page:
// past it, the run breaks between its blocks, as a secretary would rather
// than leave the foot of a page blank.
const maxRunWaste = 8

// leaves is the height of the rows from soft up to strong: what moving
// the whole soft run would take off the page, beyond moving its last
// strong chain.
func (pg *pager) leaves(soft, strong int) int {
	h := 0
	for i := soft; i < strong; i++ {
		h += pg.rows[i].h
	}
	return h
}

// chainStart walks back from row end over the rows kept with the next.
func (pg *pager) chainStart(start, end int, kept func(*row) bool) int {
	j := end
	for j > start && kept(&pg.rows[j-1]) && !pg.rows[j-1].firstPage {
		j--
	}
	return j
}

// fitsOnePage reports whether the rows kept together from row j on fit on
// an empty page.
func (pg *pager) fitsOnePage(j, page int) bool {
	e := j
	for e < len(pg.rows)-1 && (pg.rows[e].keepNext || pg.rows[e].keepSoft) {
		e++
	}
	fl := pg.fill(j, e+1, page, nil)
	return !fl.overflow && fl.end == e+1
}

// fill places rows from start, before limit, on a page that begins with
// the footnote rows carried over from the page before.
func (pg *pager) fill(start, limit, page int, carry []*row) fill {
	f := fill{}
	if k := pg.footFit(carry); k < len(carry) { // a note longer than a page
		f.addFoot(carry[:k])
		f.carry, f.end = carry[k:], start
		return f
	}
	f.addFoot(carry)
	pos, lead := pg.repeatHeader(&f, start, limit, page)
	for i := start; i < limit; i++ {
		r := &pg.rows[i]
		if r.breakBefore && i > start {
			f.end = i
			return f
		}
		if pos == 0 && r.blank && page > 0 {
			continue
		}
		pos = pg.rowPos(i, pos, page)
		ok, full := pg.place(&f, r, pos, page, len(f.body) == lead)
		if !ok {
			if len(f.body) == lead {
				f.body = f.body[:0] // no header without a row under it
			}
			f.end, f.overflow = i, true
			return f
		}
		pos += r.h
		if full {
			f.end = i + 1
			return f
		}
	}
	f.end = limit
	return f
}

// repeatHeader starts a page that continues a table with the table's
// header; it returns the half-slot below it and the rows it placed.
func (pg *pager) repeatHeader(f *fill, start, limit, page int) (pos, rows int) {
	if start >= limit || page == 0 || pg.rows[start].header == nil {
		return 0, 0
	}
	h := pg.rows[start].header
	f.body = append(f.body, placed{page, 0, h, true})
	return h.h, 1
}

// rowPos returns the half-slot for row i on a page filled down to pos: a
// slot boundary when the row or the one before asks for it, and on the
// first page no higher than the row's earliest half-slot.
func (pg *pager) rowPos(i, pos, page int) int {
	r := &pg.rows[i]
	if r.align || (i > 0 && pg.rows[i-1].padAfter) {
		pos += pos % 2
	}
	if page == 0 && r.minHalf > pos {
		pos = r.minHalf
	}
	return pos
}

// addFoot adds footnote rows to the page's foot.
func (f *fill) addFoot(rows []*row) {
	f.foot = append(f.foot, rows...)
	for _, r := range rows {
		f.footH += r.h
	}
}

// place puts row r at pos with the lines of the footnotes it refers to,
// which follow those already at the page's foot. When only some of those
// lines fit, the rest continue on the next page and the page is full. A
// row whose first footnote line does not fit with it waits for the next
// page, unless it is the page's first row: then, when notes carried from
// the page before take the room, the page holds only them; otherwise the
// row stays and its notes start on the next page. The first row of a page
// is placed even if it overflows.
func (pg *pager) place(f *fill, r *row, pos, page int, first bool) (ok, full bool) {
	notes := pg.noteLines(r)
	k := pg.notesFitting(f, r, pos, notes)
	switch {
	case k == len(notes):
		f.addFoot(notes)
	case k > 0:
		f.addFoot(notes[:k])
		f.carry, full = notes[k:], true
	case !first || len(f.foot) > 0:
		return false, false
	default:
		f.carry, full = notes, len(notes) > 0
	}
	f.body = append(f.body, placed{page, pos, r, false})
	return true, full
}

// noteLines returns the rows of the footnotes row r refers to, in order.
func (pg *pager) noteLines(r *row) []*row {
	var lines []*row
	for _, n := range r.notes {
		if n < 1 || n > len(pg.notes) {
			continue // a reference to no note draws no note
		}
		for k := range pg.notes[n-1] {
			lines = append(lines, &pg.notes[n-1][k])
		}
	}
	return lines
}

// notesFitting returns how many of the footnote lines fit at the page's
// foot with row r at pos, or −1 when r does not fit even without them.
func (pg *pager) notesFitting(f *fill, r *row, pos int, notes []*row) int {
	h := f.footH
	for k := 0; ; k++ {
		if !fits(*r, pos, pg.halves-pg.withRule(h)) {
			return k - 1
		}
		if k == len(notes) {
			return k
		}
		h += notes[k].h
	}
}

// footFit returns how many of the footnote rows fit on an empty page; at
// least one.
func (pg *pager) footFit(rows []*row) int {
	k, h := 0, 0
	for k < len(rows) && pg.withRule(h+rows[k].h) <= pg.halves-1 {
		h += rows[k].h
		k++
	}
	return max(k, min(1, len(rows)))
}

// withRule adds to footnote rows of h half-slots the rule above them.
func (pg *pager) withRule(h int) int {
	if h > 0 {
		h += pg.sep.h
	}
	return h
}

// commit records a page's placements; footnote rows are stacked up from
// the last numbered line, the rule above them.
func (pg *pager) commit(f fill, page int) {
	pg.out = append(pg.out, f.body...)
	if len(f.foot) == 0 {
		return
	}
	base := pg.halves - 2
	var foot []placed
	for k := len(f.foot) - 1; k >= 0; k-- {
		foot = append(foot, placed{page, base, f.foot[k], false})
		base -= f.foot[k].h
	}
	pg.out = append(pg.out, placed{page, base + f.foot[0].h - pg.sep.h, &pg.sep, false})
	for k := len(foot) - 1; k >= 0; k-- {
		pg.out = append(pg.out, foot[k])
	}
}

// fits reports whether a row placed at half-slot pos stays in the numbered
// area of a page of the given half-slots: its last baseline no lower than
// the last numbered line's.
func fits(r row, pos, halves int) bool {
	return pos+r.h <= halves && pos+r.last <= halves-2
}
