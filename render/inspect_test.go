package render

import (
	"bytes"
	"math"
	"sort"
	"strings"
	"testing"

	"pleadgen/pdffile"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// inspect renders doc, lays it out again for comparison, and reads the
// facts back from the PDF.
func inspect(t *testing.T, doc *markup.Doc) (*layout.Document, *Facts) {
	t.Helper()
	pdf, err := PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	facts, err := pdffile.Inspect(pdf)
	if err != nil {
		t.Fatal(err)
	}
	return d, facts
}

// renderSource renders markup and reads the facts back from its PDF.
func renderSource(t *testing.T, src string) ([]byte, *Facts) {
	t.Helper()
	doc, err := markup.Parse("in.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	facts, err := pdffile.Inspect(pdf)
	if err != nil {
		t.Fatal(err)
	}
	return pdf, facts
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.01 }

// Every text the layout placed comes back from the PDF with its words,
// its place and its size.
func TestInspectMatchesLayout(t *testing.T) {
	for _, path := range append(benchInputs, unicodeInput) {
		t.Run(path, func(t *testing.T) {
			d, facts := inspect(t, readDoc(t, path))
			if len(facts.Pages) != len(d.Pages) {
				t.Fatalf("%d pages read, %d laid out", len(facts.Pages), len(d.Pages))
			}
			for i, pg := range d.Pages {
				got := facts.Pages[i]
				if got.Width != 612 || got.Height != 792 {
					t.Errorf("page %d is %g × %g", i+1, got.Width, got.Height)
				}
				if len(got.Texts) != len(pg.Texts) {
					t.Fatalf("page %d: %d texts read, %d laid out", i+1, len(got.Texts), len(pg.Texts))
				}
				for j, want := range pg.Texts {
					g := got.Texts[j]
					if g.S != want.S || !near(g.X, want.X) || !near(g.Y, want.Y) || !near(g.Size, want.Size) {
						t.Errorf("page %d text %d: read %q at (%g, %g) in %g pt, laid out %q at (%g, %g) in %g pt",
							i+1, j, g.S, g.X, g.Y, g.Size, want.S, want.X, want.Y, want.Size)
					}
				}
			}
		})
	}
}

func TestInspectFonts(t *testing.T) {
	_, facts := inspect(t, readDoc(t, benchInputs[0]))
	var names []string
	for _, f := range facts.Fonts {
		// Each face is a subset, named with its tag: "ABCDEF+".
		tag, name, ok := strings.Cut(f.Name, "+")
		if !ok || len(tag) != 6 || strings.ToUpper(tag) != tag {
			t.Errorf("font %s is not named as a subset", f.Name)
		}
		names = append(names, name)
		if !f.Embedded {
			t.Errorf("font %s is not embedded", f.Name)
		}
	}
	sort.Strings(names)
	if got := strings.Join(names, " "); got != "LiberationSerif LiberationSerif-Bold LiberationSerif-Italic" {
		t.Errorf("fonts %s", got)
	}
	styles := map[string]bool{}
	for _, pg := range facts.Pages {
		for _, tx := range pg.Texts {
			styles[tx.Font] = true
		}
	}
	if len(styles) != 3 {
		t.Errorf("texts use fonts %v", styles)
	}
}

// A text with a character beyond Windows-1252 is drawn in the whole face
// of its style, a Unicode font beside the Windows-1252 ones; it reads back
// as laid out, and the rest of the document keeps the Windows-1252 faces.
func TestInspectUnicode(t *testing.T) {
	pdf, facts := renderSource(t, "::: document\ntitle: T\ncase: 3:24-cv-01234-ABC\ndate: 2024-01-02\n:::\n\nThe ratio α ≥ β holds.[^1]\n\n[^1]: A note.\n")
	if len(facts.Fonts) != 2 {
		t.Errorf("fonts %+v, want the regular face in both forms", facts.Fonts)
	}
	for _, f := range facts.Fonts {
		if _, name, _ := strings.Cut(f.Name, "+"); name != "LiberationSerif" || !f.Embedded {
			t.Errorf("font %+v", f)
		}
	}
	for _, want := range []string{"/Subtype /Type0", "/Encoding /Identity-H", "/CIDToGIDMap", "/ToUnicode", "/Subtype /TrueType"} {
		if !bytes.Contains(pdf, []byte(want)) {
			t.Errorf("the PDF has no %s", want)
		}
	}
	text := facts.Pages[0].Text()
	if !strings.Contains(text, "The ratio α ≥ β holds.") || !strings.Contains(text, "A note.") {
		t.Errorf("page text:\n%s", text)
	}
	// The footnote's reference mark is smaller and raised off the line.
	for _, tx := range facts.Pages[0].Texts {
		if tx.S == "1" && tx.Size < 12 && tx.X > 108 && tx.Y < 100 {
			if off := 89 - tx.Y; off < 1 || off > 6 {
				t.Errorf("the mark is %g pt above the line", off)
			}
			return
		}
	}
	t.Errorf("no reference mark on page 1")
}

// Every page of pleading paper has its 28 line numbers.
func TestInspectLineNumbers(t *testing.T) {
	_, facts := inspect(t, readDoc(t, benchInputs[1]))
	for i, pg := range facts.Pages {
		n := 0
		for _, tx := range pg.Texts {
			if tx.X < 86.4 && strings.Trim(tx.S, "0123456789") == "" {
				if want := 89 + 24*float64(n); !near(tx.Y, want) {
					t.Errorf("page %d: number %s at %g, want %g", i+1, tx.S, tx.Y, want)
				}
				n++
			}
		}
		if n != 28 {
			t.Errorf("page %d has %d line numbers", i+1, n)
		}
	}
}

// TestFactsOfMatchInspect checks that the facts a Renderer keeps of what it
// drew are the facts Inspect reads back from the PDF.
func TestFactsOfMatchInspect(t *testing.T) {
	for _, path := range []string{"testdata/bench/redwood.md", unicodeInput} {
		t.Run(path, func(t *testing.T) { factsOfMatchInspect(t, path) })
	}
}

func factsOfMatchInspect(t *testing.T, path string) {
	doc := readDoc(t, path)
	var r Renderer
	pdf, err := r.PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	read, err := pdffile.Inspect(pdf)
	if err != nil {
		t.Fatal(err)
	}
	kept := r.Facts()
	if len(kept.Fonts) != len(read.Fonts) {
		t.Errorf("%d fonts kept, %d read", len(kept.Fonts), len(read.Fonts))
	}
	named := map[string]bool{}
	for _, f := range kept.Fonts {
		named[f.Name] = true
	}
	for _, pg := range kept.Pages {
		for _, tx := range pg.Texts {
			if !named[tx.Font] {
				t.Fatalf("text %q is in font %s, which the fonts kept do not list", tx.S, tx.Font)
			}
		}
	}
	for _, f := range append(kept.Fonts, read.Fonts...) {
		if !f.Embedded {
			t.Errorf("font %s is not embedded", f.Name)
		}
	}
	if len(kept.Pages) != len(read.Pages) {
		t.Fatalf("%d pages kept, %d read", len(kept.Pages), len(read.Pages))
	}
	for i := range kept.Pages {
		k, g := kept.Pages[i].Texts, read.Pages[i].Texts
		if len(k) != len(g) {
			t.Fatalf("page %d: %d texts kept, %d read", i+1, len(k), len(g))
		}
		for j := range k {
			if k[j].S != g[j].S || math.Abs(k[j].X-g[j].X) > 0.01 || math.Abs(k[j].Y-g[j].Y) > 0.01 || math.Abs(k[j].Size-g[j].Size) > 0.01 {
				t.Fatalf("page %d text %d: kept %+v, read %+v", i+1, j, k[j], g[j])
			}
		}
	}
}
