package layout

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// Signature blocks in these tests tag each of their lines with the
// block's name (SIGA, SIGB …) so that the test can tell where each block
// went; prose is made of the word "prose".
const (
	statementTail = `::: lines keep

Respectfully submitted,

Dated: January 2, 2024
:::
::: signature filer
/s/ SIGA Ada Lovelace
SIGA ADA LOVELACE
SIGA Lovelace & Babbage LLP
SIGA 100 Engine Way
SIGA San Francisco, CA 94105

SIGA Attorney for Plaintiff
:::
::: signature

/s/ SIGB Charles Babbage
SIGB CHARLES BABBAGE

SIGB Attorney for Defendant
:::
::: attestation
/s/ SIGC Ada Lovelace
:::
`
	orderTail = `::: lines keep

IT IS SO ORDERED.

Dated: ____________
:::
::: signature
SIGJ ____________________
SIGJ ELENA R. VANCE
SIGJ United States District Judge
:::
`
)

// proseDoc returns n one-line paragraphs and a few longer ones, then tail.
func proseDoc(n int, tail string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("prose prose prose.\n\n")
	}
	for k := 1; k <= 3; k++ {
		b.WriteString(strings.Repeat("prose ", 13*k+2) + "end.\n\n")
	}
	return b.String() + tail
}

// TestSignaturesNeverAlone sweeps the start of the signatures of a
// statement (two blocks and the attestation) and of an order (the judge's
// block) through every line of a page, and checks that no signature block
// is split, that the blocks of a run share a page, and that the page where
// they start holds at least two lines of prose.
func TestSignaturesNeverAlone(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, tail string
		run        []string
	}{
		{"statement", statementTail, []string{"SIGA", "SIGB", "SIGC"}},
		{"order", orderTail, []string{"SIGJ"}},
	} {
		for n := 0; n < 30; n++ {
			d := layoutText(t, p, proseDoc(n, tc.tail))
			name := fmt.Sprintf("%s with %d short paragraphs", tc.name, n)
			checkGrid(t, d)
			pages := blockPages(t, name, d, tc.run)
			for i, tag := range tc.run {
				// A run moves whole to the next page unless that would
				// leave more than maxRunWaste half-lines empty here:
				// then it breaks between its blocks, in order.
				if i > 0 && (pages[tag] < pages[tc.run[i-1]] || pages[tag] > pages[tc.run[i-1]]+1) {
					t.Errorf("%s: %s is on page %d, %s on page %d", name, tag, pages[tag]+1, tc.run[i-1], pages[tc.run[i-1]]+1)
				}
			}
			if k := proseAbove(d, pages[tc.run[0]], tc.run[0]); k < 2 {
				t.Errorf("%s: the signatures start on page %d with %d lines of prose before them", name, pages[tc.run[0]]+1, k)
			}
		}
	}
}

// TestTallSignatureRunBreaksBetweenBlocks lays out a run of signature
// blocks taller than a page: it breaks between blocks, never inside one,
// and its first block still has two lines of prose before it.
func TestTallSignatureRunBreaksBetweenBlocks(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	var tail strings.Builder
	var tags []string
	for i := 0; i < 5; i++ {
		tag := fmt.Sprintf("SIG%c", 'A'+i)
		tags = append(tags, tag)
		tail.WriteString("::: signature\n\n/s/ " + tag + "\n")
		for k := 0; k < 6; k++ {
			fmt.Fprintf(&tail, "%s line %d\n", tag, k)
		}
		tail.WriteString(":::\n")
	}
	for n := 0; n < 30; n++ {
		d := layoutText(t, p, proseDoc(n, tail.String()))
		name := fmt.Sprintf("tall run with %d short paragraphs", n)
		pages := blockPages(t, name, d, tags)
		if k := proseAbove(d, pages[tags[0]], tags[0]); k < 2 {
			t.Errorf("%s: the signatures start on page %d with %d lines of prose before them", name, pages[tags[0]]+1, k)
		}
	}
}

// TestSignatureBeside checks a signature block with a date beside it, and
// single spacing: the date's row and the signature's first row share a
// baseline, the left column stays left of the signature column, and a
// single-spaced block starts on a numbered line and the text after it
// resumes on one.
func TestSignatureBeside(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	for _, spacing := range []string{"", " single"} {
		src := "prose prose.\n\n::: signature" + spacing + "\nDated: January 2, 2024\n|||\n/s/ SIGA Ada\nSIGA ADA LOVELACE\nSIGA Counsel\n:::\nAfter the block.\n"
		d := layoutText(t, p, src)
		checkGrid(t, d)
		_, date := findText(d, "Dated:")
		_, sig := findText(d, "/s/ SIGA")
		_, after := findText(d, "After")
		if date.Y != sig.Y {
			t.Errorf("%q: the date is at y=%.1f, the signature at y=%.1f", spacing, date.Y, sig.Y)
		}
		if date.X != p.Text.Left || date.X+date.W > p.Signature.Left || sig.X != p.Signature.Left {
			t.Errorf("%q: date at %.1f–%.1f, signature at %.1f", spacing, date.X, date.X+date.W, sig.X)
		}
		pitch := 2 * (p.Grid.Pitch / 2)
		if spacing != "" {
			pitch = p.Grid.Pitch / 2
		}
		_, second := findText(d, "SIGA ADA")
		if math.Abs(second.Y-sig.Y-pitch) > 1e-6 {
			t.Errorf("%q: lines %.1f apart, want %.1f", spacing, second.Y-sig.Y, pitch)
		}
		for _, tx := range []Text{sig, after} {
			if h := (tx.Y - p.Baseline(0)) / (p.Grid.Pitch / 2); math.Mod(h, 2) != 0 {
				t.Errorf("%q: %q is not on a numbered line", spacing, tx.S)
			}
		}
	}
}

// layoutText parses markup and lays it out with the mono measurer.
func layoutText(t *testing.T, p *Profile, src string) *Document {
	t.Helper()
	doc, err := markup.Parse("in.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := LayoutWith(doc, p, monoMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// blockPages returns the page of each tagged block and fails the test
// when a block is split across pages or missing.
func blockPages(t *testing.T, name string, d *Document, tags []string) map[string]int {
	t.Helper()
	pages := map[string]int{}
	for _, tag := range tags {
		pages[tag] = -1
		for i, pg := range d.Pages {
			for _, tx := range pg.Texts {
				if tx.Role != Body || !strings.Contains(tx.S, tag) {
					continue
				}
				if pages[tag] >= 0 && pages[tag] != i {
					t.Fatalf("%s: block %s is split between pages %d and %d", name, tag, pages[tag]+1, i+1)
				}
				pages[tag] = i
			}
		}
		if pages[tag] < 0 {
			t.Fatalf("%s: block %s is missing", name, tag)
		}
	}
	return pages
}

// proseAbove counts the lines of prose on page i above the first line of
// the tagged block.
func proseAbove(d *Document, i int, tag string) int {
	top := math.Inf(1)
	for _, tx := range d.Pages[i].Texts {
		if tx.Role == Body && strings.Contains(tx.S, tag) {
			top = math.Min(top, tx.Y)
		}
	}
	lines := map[float64]bool{}
	for _, tx := range d.Pages[i].Texts {
		if tx.Role == Body && strings.Contains(tx.S, "prose") && tx.Y < top {
			lines[tx.Y] = true
		}
	}
	ys := make([]float64, 0, len(lines))
	for y := range lines {
		ys = append(ys, y)
	}
	sort.Float64s(ys)
	return len(ys)
}

// A run of signature blocks that would leave more than maxRunWaste
// half-lines empty at a page's foot by moving whole breaks between its
// blocks instead: the first block stays with the text before it.
func TestSignatureRunBreaksRatherThanWaste(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	d := layoutText(t, p, proseDoc(0, statementTail))
	pages := blockPages(t, "statement", d, []string{"SIGA", "SIGB", "SIGC"})
	if pages["SIGA"] != 0 || pages["SIGC"] != 1 {
		t.Errorf("blocks on pages %v, want SIGA on 1 and SIGC on 2", pages)
	}
}
