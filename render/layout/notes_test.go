package layout

import (
	"fmt"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// layoutMarkup parses markup and lays it out on the cand profile with the
// fixed-width measurer.
func layoutMarkup(t *testing.T, src string) (*markup.Doc, *Document) {
	t.Helper()
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markup.Parse("in.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := LayoutWith(doc, p, monoMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	return doc, d
}

// manyNotes returns markup with lines of text before a line holding n
// references, next to each other or apart, and notes of the given words.
func manyNotes(before, n int, sep, spacing string, words int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "::: document\nfootnotes: %s\n:::\n", spacing)
	for i := 0; i < before; i++ {
		b.WriteString("A line of text.\n\n")
	}
	b.WriteString("The line")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "%s[^%d]", sep, i)
	}
	b.WriteString(" ends here.\n\nThe next paragraph.\n\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[^%d]: Note %d%s.\n", i, i, strings.Repeat(" more", words))
	}
	return b.String()
}

// TestManyFootnotesOnOneLine refers to 80 and to 200 notes from one line,
// from the top of a page to its foot, single and double spaced, and checks
// that every note is drawn once, in order, on the grid (the half-slot grid
// when single spaced, the numbered lines when double), never above the
// top margin nor over the body, and never before its reference's page.
func TestManyFootnotesOnOneLine(t *testing.T) {
	for _, n := range []int{80, 200} {
		for _, spacing := range []string{"single", "double"} {
			for _, sep := range []string{"", " "} {
				for _, words := range []int{0, 30} {
					for before := 0; before < 28; before += 3 {
						name := fmt.Sprintf("%d notes %s spaced, sep %q, %d words, after %d lines", n, spacing, sep, words, before)
						doc, d := layoutMarkup(t, manyNotes(before, n, sep, spacing, words))
						checkGrid(t, d)
						checkOverlaps(t, d)
						checkText(t, doc, d)
						checkNoteSlots(t, name, d, spacing == "double")
					}
				}
			}
		}
	}
}

// checkNoteSlots asserts double-spaced footnote lines stand on numbered
// lines.
func checkNoteSlots(t *testing.T, name string, d *Document, double bool) {
	t.Helper()
	p := d.Profile
	for n, pg := range d.Pages {
		for _, tx := range pg.Texts {
			if tx.Role != Note || tx.Style.Has(markup.Super) {
				continue
			}
			h := int((tx.Y-p.Baseline(0))/(p.Grid.Pitch/2) + 0.5)
			if double && h%2 != 0 {
				t.Fatalf("%s: page %d: double-spaced note text %q between numbered lines", name, n+1, tx.S)
			}
		}
	}
}

func TestFootnoteCases(t *testing.T) {
	tests := []struct {
		name, src string
		notes     string // the footnotes' text, in order
		marks     int    // raised marks in the body
	}{
		{"from a heading", "# Facts[^a]\n\nText.\n\n[^a]: The heading’s note.\n", "1 The heading’s note.", 1},
		{"referred to twice", "One.[^a] Two.[^a] Three.[^b]\n\n[^a]: First.\n[^b]: Second.\n", "1 First. 2 Second.", 3},
		{"referred to twice on two pages", strings.Repeat("Filler.\n\n", 30) + "One.[^a]\n\n" + strings.Repeat("Filler.\n\n", 30) + "Two.[^a]\n\n[^a]: Once.\n", "1 Once.", 2},
		{"in a table cell and a list", "| A[^a] | B |\n|---|---|\n| c[^b] | d |\n\n- item[^c]\n\n[^a]: One.\n[^b]: Two.\n[^c]: Three.\n", "1 One. 2 Two. 3 Three.", 3},
		{"in a quotation", "> Quoted.[^a]\n\n[^a]: Source.\n", "1 Source.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, d := layoutMarkup(t, tt.src)
			checkGrid(t, d)
			checkText(t, doc, d)
			if got := strings.Join(strings.Fields(pageWordsOf(d, Note)), " "); got != tt.notes {
				t.Errorf("notes %q, want %q", got, tt.notes)
			}
			marks := 0
			for _, pg := range d.Pages {
				for _, tx := range pg.Texts {
					if tx.Role == Body && tx.Style.Has(markup.Super) {
						marks++
					}
				}
			}
			if marks != tt.marks {
				t.Errorf("%d marks in the body, want %d", marks, tt.marks)
			}
		})
	}
}

// pageWordsOf returns the texts of a role in the order laid out, spaced.
func pageWordsOf(d *Document, role Role) string {
	var b strings.Builder
	for _, pg := range d.Pages {
		for _, tx := range pg.Texts {
			if tx.Role == role {
				b.WriteString(tx.S + " ")
			}
		}
	}
	return b.String()
}

func TestHeadingBookmarkLeavesOutTheMark(t *testing.T) {
	_, d := layoutMarkup(t, "# 1. Facts[^a]\n\nText.\n\n[^a]: Note.\n")
	if got := d.Pages[0].Marks[0].Title; got != "1. Facts" {
		t.Errorf("bookmark %q, want %q", got, "1. Facts")
	}
}
