package layout

import (
	"math"
	"sort"
	"strconv"
	"testing"

	"pleadgen/render/markup"
)

// sortedTexts orders texts by line, then left to right; a raised mark
// counts on its line's baseline.
func sortedTexts(texts []Text) []Text {
	out := append([]Text(nil), texts...)
	base := func(t Text) float64 {
		if t.Style.Has(markup.Super) {
			return t.Y + t.Size/superSize*superRise
		}
		return t.Y
	}
	sort.SliceStable(out, func(i, j int) bool {
		if bi, bj := base(out[i]), base(out[j]); math.Abs(bi-bj) > 1 {
			return bi < bj
		}
		return out[i].X < out[j].X
	})
	return out
}

// checkGrid asserts every full-size text sits on a numbered line's
// baseline or halfway between two, above the last one, inside the measure.
func checkGrid(t *testing.T, d *Document) {
	t.Helper()
	p := d.Profile
	for n, pg := range d.Pages {
		for _, tx := range pg.Texts {
			if tx.Role == Footer || tx.Role == LineNumber || tx.Style.Has(markup.Super) {
				continue
			}
			h := (tx.Y - p.Baseline(0)) / (p.Grid.Pitch / 2)
			if math.Abs(h-math.Round(h)) > 1e-6 || h < 0 || h > float64(p.Halves()-2) {
				t.Fatalf("page %d: %q at y=%.2f is off the grid", n+1, tx.S, tx.Y)
			}
			if tx.X < p.Text.Left-1e-6 || tx.X+tx.W > p.Text.Right+1e-6 {
				t.Fatalf("page %d: %q spans %.2f–%.2f, outside the measure", n+1, tx.S, tx.X, tx.X+tx.W)
			}
		}
	}
}

// checkHeadings asserts that some body text follows each heading on its
// page.
func checkHeadings(t *testing.T, d *Document) {
	t.Helper()
	for n, pg := range d.Pages {
		for _, mk := range pg.Marks {
			below := false
			for _, tx := range pg.Texts {
				if tx.Role == Body && tx.Y > mk.Y+d.Profile.Grid.Pitch {
					below = true
				}
			}
			if !below {
				t.Fatalf("page %d ends with the heading %.40q", n+1, mk.Title)
			}
		}
	}
}

// checkNotePages asserts each footnote's text starts on the page of its
// first reference or a later one.
func checkNotePages(t *testing.T, doc *markup.Doc, d *Document) {
	t.Helper()
	first := map[Role]map[int]int{Body: {}, Note: {}} // the page each mark is first on
	for n, pg := range d.Pages {
		for _, tx := range pg.Texts {
			k, err := strconv.Atoi(tx.S)
			pages, ok := first[tx.Role]
			if err != nil || !ok || !tx.Style.Has(markup.Super) {
				continue
			}
			if _, seen := pages[k]; !seen {
				pages[k] = n
			}
		}
	}
	refPage, notePage := first[Body], first[Note]
	for k := 1; k <= len(doc.Notes); k++ {
		if notePage[k] < refPage[k] {
			t.Fatalf("footnote %d starts on page %d, before its reference on page %d", k, notePage[k]+1, refPage[k]+1)
		}
	}
}

// checkOverlaps asserts no two texts of a page overlap on a line, and
// that the footnotes stand below the body.
func checkOverlaps(t *testing.T, d *Document) {
	t.Helper()
	for n, pg := range d.Pages {
		var texts []Text
		lowestBody, highestNote := math.Inf(-1), math.Inf(1)
		for _, tx := range pg.Texts {
			switch tx.Role {
			case Body:
				lowestBody = max(lowestBody, tx.Y)
			case Note:
				highestNote = min(highestNote, tx.Y)
			default:
				continue
			}
			texts = append(texts, tx)
		}
		if lowestBody >= highestNote-1 {
			t.Fatalf("page %d: body text at y=%.1f reaches the footnotes at y=%.1f", n+1, lowestBody, highestNote)
		}
		sort.SliceStable(texts, func(i, j int) bool {
			if texts[i].Y != texts[j].Y {
				return texts[i].Y < texts[j].Y
			}
			return texts[i].X < texts[j].X
		})
		for i := 1; i < len(texts); i++ {
			a, b := texts[i-1], texts[i]
			if math.Abs(a.Y-b.Y) < 0.01 && b.X < a.X+a.W-0.01 {
				t.Fatalf("page %d: %q (%.1f–%.1f) and %q (from %.1f) overlap at y=%.1f", n+1, a.S, a.X, a.X+a.W, b.S, b.X, a.Y)
			}
		}
	}
}
