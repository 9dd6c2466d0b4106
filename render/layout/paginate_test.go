package layout

import (
	"math/rand/v2"
	"testing"
)

// TestPaginateProperties pages random rows and checks that rows keep their
// order, that no page holds more than its half-slots, that whole-slot rows
// sit on slot boundaries, and that a row kept with the next never ends a
// page unless the rows kept together fill the page.
func TestPaginateProperties(t *testing.T) {
	const halves = 56
	r := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300; n++ {
		rows := randomRows(r)
		pl := placements(rows, halves)
		last := placed{half: -1}
		for i, p := range pl {
			if p.half < 0 {
				continue
			}
			if p.page < last.page || (p.page == last.page && p.half <= last.half) {
				t.Fatalf("row %d placed at %+v after %+v", i, p, last)
			}
			if p.half+rows[i].h > halves || p.half+rows[i].last > halves-2 {
				t.Fatalf("row %d (h=%d) at half %d leaves the numbered lines", i, rows[i].h, p.half)
			}
			if rows[i].align && p.half%2 != 0 {
				t.Fatalf("whole-slot row %d at odd half %d", i, p.half)
			}
			last = p
		}
		checkKeeps(t, rows, pl)
		checkSoftKeeps(t, rows, pl, halves)
	}
}

func randomRows(r *rand.Rand) []row {
	rows := make([]row, 20+r.IntN(150))
	for i := range rows {
		h := 1 + r.IntN(2)
		rows[i] = row{h: h, align: h == 2, keepNext: r.IntN(4) == 0, keepSoft: r.IntN(6) == 0, padAfter: r.IntN(5) == 0}
		if r.IntN(10) == 0 { // a block of single-spaced lines, like a caption
			rows[i] = row{h: 3 + r.IntN(8), align: true, padAfter: true}
			rows[i].last = rows[i].h - 1
		}
	}
	return rows
}

// checkKeeps asserts no page ends on a kept row, except where the chain of
// kept rows started the page.
func checkKeeps(t *testing.T, rows []row, pl []placed) {
	t.Helper()
	for i := 0; i+1 < len(rows); i++ {
		if !rows[i].keepNext || pl[i+1].page == pl[i].page {
			continue
		}
		j := i
		for j > 0 && rows[j-1].keepNext && pl[j-1].page == pl[i].page {
			j--
		}
		if j > 0 && pl[j-1].page == pl[i].page {
			t.Fatalf("page %d ends on row %d, which is kept with the next", pl[i].page+1, i)
		}
	}
}

// checkSoftKeeps asserts a page ends inside a chain of rows kept softly
// or strongly only when the chain starts the page, surely does not fit on
// one (its half-slots, with a half-slot of padding per row, are more than
// a page's), or moving it whole would have left more than maxRunWaste
// half-slots empty.
func checkSoftKeeps(t *testing.T, rows []row, pl []placed, halves int) {
	t.Helper()
	kept := func(r row) bool { return r.keepNext || r.keepSoft }
	for i := 0; i+1 < len(rows); i++ {
		if !rows[i].keepSoft || rows[i].keepNext || pl[i+1].page == pl[i].page {
			continue
		}
		j := i
		for j > 0 && kept(rows[j-1]) {
			j--
		}
		e := i
		for e+1 < len(rows) && kept(rows[e]) {
			e++
		}
		size, stayed := 0, 0
		for k := j; k <= e; k++ {
			size += rows[k].h + 1
			if k <= i && pl[k].page == pl[i].page {
				stayed += rows[k].h
			}
		}
		// A run that fits on a page may still break between its strong
		// chains rather than leave more than maxRunWaste empty by moving.
		if j > 0 && pl[j-1].page == pl[j].page && size <= halves && stayed <= maxRunWaste {
			t.Fatalf("page %d ends on row %d inside rows %d–%d kept softly, which fit on a page", pl[i].page+1, i, j, e)
		}
	}
}

func TestPaginateHeadingMovesToNextPage(t *testing.T) {
	rows := make([]row, 30)
	for i := range rows {
		rows[i] = row{h: 2, align: true}
	}
	rows[27].keepNext = true // a heading on the 28th slot
	pl := placements(rows, 56)
	if pl[27].page != 1 || pl[27].half != 0 {
		t.Errorf("heading placed at %+v, want the top of page 2", pl[27])
	}
	if pl[26].page != 0 || pl[26].half != 52 {
		t.Errorf("row before the heading at %+v, want page 1 slot 27", pl[26])
	}
}

// placements pages rows without footnotes and returns each row's place, in
// row order; rows dropped at the top of a page get half −1.
func placements(rows []row, halves int) []placed {
	pg := &pager{rows: rows, halves: halves, sep: row{h: 1}}
	out := make([]placed, len(rows))
	for i := range out {
		out[i].half = -1
	}
	for _, p := range pg.paginate() {
		for i := range pg.rows {
			if &pg.rows[i] == p.row {
				out[i] = p
			}
		}
	}
	return out
}
