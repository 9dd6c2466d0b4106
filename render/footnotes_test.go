package render

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// TestManyFootnotesInThePDF draws a line with 80 and one with 200
// footnote references, next to each other and apart, with the embedded
// fonts, and reads the PDF back: every note's text is there exactly once,
// and every 12-point baseline lies on a numbered line or halfway between
// two, within 0.25 pt, from the first numbered line down to the last.
func TestManyFootnotesInThePDF(t *testing.T) {
	noteWord := regexp.MustCompile(`n\d+z`)
	for _, n := range []int{80, 200} {
		for _, sep := range []string{"", " "} {
			var b strings.Builder
			b.WriteString("Some text first.\n\nThe line")
			for i := 1; i <= n; i++ {
				fmt.Fprintf(&b, "%s[^%d]", sep, i)
			}
			b.WriteString(" ends.\n\nThe next paragraph.\n\n")
			for i := 1; i <= n; i++ {
				fmt.Fprintf(&b, "[^%d]: Note n%dz.\n", i, i)
			}
			doc, err := markup.Parse("in.md", []byte(b.String()))
			if err != nil {
				t.Fatal(err)
			}
			_, facts := inspect(t, doc)
			prof, err := layout.LoadProfile("cand")
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]int{}
			for pn, pg := range facts.Pages {
				for _, tx := range pg.Texts {
					for _, w := range noteWord.FindAllString(tx.S, -1) {
						seen[w]++
					}
					if tx.Size != prof.Text.Size {
						continue // marks, line numbers and the footer
					}
					h := (tx.Y - prof.Baseline(0)) / (prof.Grid.Pitch / 2)
					if math.Abs(h-math.Round(h))*prof.Grid.Pitch/2 > 0.25 || h < -0.01 || h > float64(prof.Halves()-2)+0.01 {
						t.Errorf("%d notes, sep %q: page %d: %q at y=%.2f is off the grid", n, sep, pn+1, tx.S, tx.Y)
					}
				}
			}
			for i := 1; i <= n; i++ {
				if w := fmt.Sprintf("n%dz", i); seen[w] != 1 {
					t.Errorf("%d notes, sep %q: note %d drawn %d times", n, sep, i, seen[w])
				}
			}
		}
	}
}
