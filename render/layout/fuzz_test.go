package layout

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// FuzzLayout lays out any markup that parses and checks the page
// invariants: no panic, every text on the grid and inside the measure,
// no page with more than its numbered lines, no two texts overlapping,
// and the text oracle (see checkText): every character of the document
// drawn once and in order, or else a positioned error. Seeds are the
// golden inputs.
func FuzzLayout(f *testing.F) {
	files, _ := filepath.Glob("../testdata/golden/*.txtar")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("# 1. H\n\nText.[^1] *it* <u>u</u>\n\n[^1]: Note.\n")
	f.Add(manyNotes(20, 80, "", "single", 3))
	f.Add(manyNotes(5, 40, " ", "double", 20))
	f.Add("# H[^a]\n\nA[^a] [link](https://example.org/" + strings.Repeat("x", 200) + ")\n\n- a\n  - b[^b]\n\n[^a]: N.\n[^b]: M.\n")
	f.Add("::: table 3 1 1.5\n| a | b | c |\n|---|---|---|\n| " + strings.Repeat("word ", 60) + "| " + strings.Repeat("y", 90) + " | z[^a] |\n:::\n\n[^a]: N.\n")
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
			checkLayoutError(t, err, in)
			return
		}
		checkGrid(t, d)
		checkOverlaps(t, d)
		checkText(t, doc, d)
	})
}

// checkLayoutError asserts a layout error names a line of the input, or
// is the page limit's.
func checkLayoutError(t *testing.T, err error, in string) {
	t.Helper()
	var le *Error
	switch {
	case errors.As(err, &le):
		if lines := strings.Count(in, "\n") + 1; le.Line > lines || (le.Line <= 0 && le.Block != "footer") {
			t.Fatalf("error %v does not name a line of the input's %d", err, lines)
		}
	case !strings.Contains(err.Error(), "pages"):
		t.Fatalf("error %v is not a layout error", err)
	}
}
