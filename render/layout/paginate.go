package layout

import "fmt"

// placed is a row put on a page with its (first) baseline at half-slot half.
type placed struct {
	page, half int
	row        *row
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
	switch {
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
	f := fill{foot: append([]*row(nil), carry...)}
	if k := pg.footFit(carry); k < len(carry) { // a note longer than a page
		f.foot, f.carry, f.end = f.foot[:k], carry[k:], start
		return f
	}
	pos := 0
	if start < limit && page > 0 && pg.rows[start].header != nil {
		f.body = append(f.body, placed{page, 0, pg.rows[start].header})
		pos = pg.rows[start].header.h
	}
	for i := start; i < limit; i++ {
		r := &pg.rows[i]
		if r.breakBefore && i > start {
			f.end = i
			return f
		}
		if pos == 0 && r.blank && page > 0 {
			continue
		}
		if r.align || (i > 0 && pg.rows[i-1].padAfter) {
			pos += pos % 2
		}
		if page == 0 && r.minHalf > pos {
			pos = r.minHalf
		}
		ok, full := pg.place(&f, r, pos, page, i == start)
		if !ok {
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

// place puts row r at pos with its footnotes, if they fit. When only some
// of its footnote lines fit, the rest continue on the next page and the
// page is full. The first row of a page is placed even if it overflows.
func (pg *pager) place(f *fill, r *row, pos, page int, first bool) (ok, full bool) {
	var notes []*row
	for _, n := range r.notes {
		if n < 1 || n > len(pg.notes) {
			continue // a reference to no note draws no note
		}
		for k := range pg.notes[n-1] {
			notes = append(notes, &pg.notes[n-1][k])
		}
	}
	room := func(k int) int { return pg.halves - pg.footHeight(f.foot, notes[:k]) }
	switch {
	case fits(*r, pos, room(len(notes))):
		f.foot = append(f.foot, notes...)
	case len(notes) > 0 && fits(*r, pos, room(1)):
		k := 1
		for k < len(notes) && fits(*r, pos, room(k+1)) {
			k++
		}
		f.foot, f.carry, full = append(f.foot, notes[:k]...), notes[k:], true
	case !first:
		return false, false
	default:
		f.foot = append(f.foot, notes...)
	}
	f.body = append(f.body, placed{page, pos, r})
	return true, full
}

// footFit returns how many of the footnote rows fit on an empty page.
func (pg *pager) footFit(rows []*row) int {
	k := 0
	for k < len(rows) && pg.footHeight(rows[:k+1], nil) <= pg.halves-1 {
		k++
	}
	return max(k, min(1, len(rows)))
}

// footHeight is the half-slots that footnote rows take with their rule.
func (pg *pager) footHeight(foot, more []*row) int {
	h := 0
	for _, r := range foot {
		h += r.h
	}
	for _, r := range more {
		h += r.h
	}
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
		foot = append(foot, placed{page, base, f.foot[k]})
		base -= f.foot[k].h
	}
	pg.out = append(pg.out, placed{page, base + f.foot[0].h - pg.sep.h, &pg.sep})
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
