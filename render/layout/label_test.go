package layout

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestLabelKeptWithItsBlock puts a run-in label before each kind of block,
// pushed down the page a line at a time through the page's last lines, and
// checks the label's place: at the start of a paragraph's first line, or
// else alone on its line and on the page where the block's first text is;
// every text on the grid.
func TestLabelKeptWithItsBlock(t *testing.T) {
	tests := []struct {
		name, next string
		runIn      bool // the label starts the next block's first line
		kept       bool // the label is on the page of the next block's first text
	}{
		{"paragraph", "FIRST words of the paragraph.\n", true, true},
		{"bullet list", "- FIRST item\n- second item\n", false, true},
		{"numbered list", "1. FIRST item\n2. second item\n", false, true},
		{"list block", "::: list (a)\n1. FIRST item\n:::\n", false, true},
		{"pipe table", "| FIRST | B |\n|---|---|\n| c | d |\n", false, true},
		{"table block", "::: table 2 1\n| FIRST | B |\n|---|---|\n| c | d |\n:::\n", false, true},
		{"quotation", "> FIRST quoted words.\n", false, true},
		{"sub-heading", "## FIRST heading\n\nText under the heading.\n", false, true},
		{"lines block", "::: lines\n\nFIRST line\n:::\n", false, true},
		{"page break", "::: pagebreak\nFIRST after the break.\n", true, true},
		{"nothing", "", false, false},
	}
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		for filler := 22; filler <= 29; filler++ {
			for _, sep := range []string{"", "\n"} {
				name := fmt.Sprintf("%s after %d lines, sep %q", tt.name, filler, sep)
				src := fillerLines(filler) + "::: label\n<u>LABEL:</u>\n:::\n" + sep + tt.next
				if tt.next != "" {
					src += "\nClosing paragraph.\n"
				}
				doc, err := markup.Parse("in.md", []byte(src))
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				d, err := LayoutWith(doc, p, monoMeasurer{})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				checkGrid(t, d)
				checkLabel(t, name, d, tt.runIn, tt.kept)
			}
		}
	}
}

// fillerLines returns n one-line paragraphs.
func fillerLines(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Filler paragraph %d.\n\n", i)
	}
	return b.String()
}

// checkLabel finds the label and the next block's first text and checks
// where they stand.
func checkLabel(t *testing.T, name string, d *Document, runIn, kept bool) {
	t.Helper()
	lp, label := findText(d, "LABEL:")
	if lp < 0 {
		t.Fatalf("%s: no label", name)
	}
	np, next := findText(d, "FIRST")
	sameLine := np == lp && math.Abs(next.Y-label.Y) < 0.01
	for _, tx := range d.Pages[lp].Texts {
		if tx.Role == Body && math.Abs(tx.Y-label.Y) < 0.01 && tx.S != label.S && !(runIn && sameLine) {
			t.Errorf("%s: %q shares the label's line", name, tx.S)
		}
	}
	switch {
	case runIn && !sameLine:
		t.Errorf("%s: the label is not on the paragraph's first line", name)
	case kept && np != lp:
		t.Errorf("%s: the label is on page %d, its block on page %d", name, lp+1, np+1)
	}
	if label.X != d.Profile.Text.Left+d.Profile.Text.Indent {
		t.Errorf("%s: the label starts at %.1f, not at the paragraph indent", name, label.X)
	}
}

// findText returns the page and the first body text that starts with s,
// or page −1.
func findText(d *Document, s string) (int, Text) {
	for i, pg := range d.Pages {
		for _, tx := range pg.Texts {
			if tx.Role == Body && strings.HasPrefix(tx.S, s) {
				return i, tx
			}
		}
	}
	return -1, Text{}
}

// TestLabelsInListItem checks labels standing alone inside a list item,
// one after another: each is kept with what follows it.
func TestLabelsInListItem(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	for filler := 24; filler <= 28; filler++ {
		src := fillerLines(filler) + "- item\n\n  ::: label\n  LABEL:\n  :::\n  ::: label\n  SECOND:\n  :::\n  > FIRST quoted.\n"
		d := layoutText(t, p, src)
		lp, _ := findText(d, "LABEL:")
		sp, _ := findText(d, "SECOND:")
		np, _ := findText(d, "FIRST")
		if lp != sp || sp != np {
			t.Errorf("after %d lines: labels on pages %d and %d, the quotation on page %d", filler, lp+1, sp+1, np+1)
		}
	}
}
