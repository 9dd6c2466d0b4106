package layout

import (
	"os"
	"path/filepath"
	"testing"

	"pleadgen/render/markup"
)

// FuzzLayout lays out any markup that parses and checks the page
// invariants: no panic, every text on the grid and inside the measure,
// no page with more than its numbered lines. Seeds are the golden inputs.
func FuzzLayout(f *testing.F) {
	files, _ := filepath.Glob("../testdata/golden/*.txtar")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("# 1. H\n\nText.[^1] *it* <u>u</u>\n\n[^1]: Note.\n")
	p, err := LoadProfile("cand")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 1<<16 {
			return
		}
		doc, err := markup.Parse("in.md", []byte(in))
		if err != nil {
			return
		}
		d, err := LayoutWith(doc, p, monoMeasurer{})
		if err != nil {
			return
		}
		checkGrid(t, d)
	})
}
