package redline

import (
	"github.com/sergi/go-diff/diffmatchpatch"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// Version is one version of a filing: its markup and its layout.
type Version struct {
	Doc    *markup.Doc
	Layout *layout.Document
}

// Place is a numbered line of a page.
type Place struct{ Page, Line int }

// Change is one changed passage: where it stands in the new version (for
// words only deleted, the place they were removed from), what part of the
// filing it is in, and the words deleted and inserted.
type Change struct {
	From, To          Place
	Context           string
	Deleted, Inserted int
	Old, New          string
}

// Move is a landmark of the filing that stands on another page in the new
// version: a topic, the signatures, the attestation.
type Move struct {
	What string `json:"what"`
	From int    `json:"from"` // pages
	To   int    `json:"to"`
}

// Report is what changed from the old version to the new.
type Report struct {
	Changes []Change
	Moves   []Move
	Pages   [2]int // of the old version and the new

	edits    []edit // one a change, in its order
	newWords int    // the words of the new version
}

// Changed reports whether anything changed.
func (r *Report) Changed() bool { return len(r.Changes) > 0 || len(r.Moves) > 0 }

// Compare compares two versions of a filing.
func Compare(old, new Version) *Report {
	wa, wb := Words(old.Layout), Words(new.Layout)
	r := &Report{Pages: [2]int{len(old.Layout.Pages), len(new.Layout.Pages)}, newWords: len(wb)}
	r.edits = edits(wa, wb)
	for _, e := range r.edits {
		r.Changes = append(r.Changes, change(e, wa, wb, old.Doc, new.Doc))
	}
	r.Moves = moves(old, new, wa, wb)
	return r
}

// edit is a passage changed: old words a0 to a1 became new words b0 to b1.
type edit struct{ a0, a1, b0, b1 int }

// mergeGap is the most unchanged tokens between two edits that make them
// one passage: "the [old] of [old]" is one change, not two.
const mergeGap = 2

// edits compares the word sequences with a Myers diff, exact (no time
// limit, so the result never depends on the machine), and returns the
// changed passages in order.
func edits(wa, wb []Word) []edit {
	ra, rb := encode(wa, wb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	var out []edit
	ia, ib := 0, 0
	for _, d := range dmp.DiffMainRunes(ra, rb, false) {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ia, ib = ia+n, ib+n
			continue
		case diffmatchpatch.DiffDelete:
			out = grow(out, edit{ia, ia + n, ib, ib}, wb)
			ia += n
		case diffmatchpatch.DiffInsert:
			out = grow(out, edit{ia, ia, ib, ib + n}, wb)
			ib += n
		}
	}
	return out
}

// grow adds e to the edits, joined to the last when only a few unchanged
// tokens on the same or the next line lie between them.
func grow(es []edit, e edit, wb []Word) []edit {
	if n := len(es); n > 0 {
		last := &es[n-1]
		if e.b0-last.b1 <= mergeGap && e.a0-last.a1 <= mergeGap && near(wb, last.b1, e.b0) {
			last.a1, last.b1 = max(last.a1, e.a1), max(last.b1, e.b1)
			return es
		}
	}
	return append(es, e)
}

// near reports whether new words i and j stand on the same or adjacent
// lines of one page.
func near(wb []Word, i, j int) bool {
	if i >= len(wb) || j >= len(wb) {
		return true
	}
	a, b := wb[min(i, j)], wb[max(i, j)]
	return a.Page == b.Page && b.Line-a.Line <= 1
}

// encode maps each distinct token to a rune of its own, so that the diff
// compares tokens, not characters.
func encode(wa, wb []Word) ([]rune, []rune) {
	ids := map[string]rune{}
	code := func(ws []Word) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := ids[w.Text]
			if !ok {
				r = rune(0x10000 + len(ids)) // above the surrogates, far below the limit
				ids[w.Text] = r
			}
			out[i] = r
		}
		return out
	}
	return code(wa), code(wb)
}
