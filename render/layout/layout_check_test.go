package layout

import (
	"math"
	"sort"
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
