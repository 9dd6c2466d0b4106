package layout

// placement is where a row landed: its page and its first half-slot.
type placement struct {
	page, half int
}

// paginate places rows on pages of the profile's half-slots. A row that
// does not fit starts a new page, taking with it the rows before it that
// must stay with it (headings, paragraph ends, signature blocks), unless
// those fill the whole page.
func paginate(rows []row, halves int) []placement {
	out := make([]placement, len(rows))
	page, pos, pageStart := 0, 0, 0
	newPage := func(i int) {
		page, pos, pageStart = page+1, 0, i
	}
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		if r.breakBefore && i > pageStart {
			newPage(i)
		}
		if pos == 0 && r.blank && page > 0 {
			out[i] = placement{page, -1}
			continue
		}
		if r.h == 2 || (i > 0 && rows[i-1].padAfter) {
			pos += pos % 2
		}
		if page == 0 && r.minHalf > pos {
			pos = r.minHalf
		}
		if !fits(r, pos, halves) && i > pageStart {
			j := i
			for j > pageStart && rows[j-1].keepNext {
				j--
			}
			if j == pageStart {
				j = i // the rows kept together fill the page: break here
			}
			newPage(j)
			i = j - 1
			continue
		}
		out[i] = placement{page, pos}
		pos += r.h
	}
	return out
}

// fits reports whether a row placed at half-slot pos stays in the numbered
// area: within the page's half-slots, with its last baseline no lower than
// the last numbered line's.
func fits(r row, pos, halves int) bool {
	last := pos
	if r.h != 2 {
		last = pos + r.h - 1 // a single-spaced row: one baseline per half-slot
	}
	return pos+r.h <= halves && last <= halves-2
}
