package render

import (
	"bytes"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"

	"pleadgen/pdffile"
	"pleadgen/render/markup"
)

// FuzzPDF writes the PDF of any markup the parser and the layout accept,
// and reads it back: the file is whole, byte for byte the same when
// written again, and holds every text the layout placed, at its place, in
// its size — whatever the text holds (parentheses, backslashes, the
// characters of PDF syntax), it stays text.
func FuzzPDF(f *testing.F) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range ar.Files {
			if s.Name == "input.md" {
				f.Add(string(s.Data))
			}
		}
	}
	f.Add("Text with (parens) and \\ backslash, ) unbalanced ( and endstream endobj %%EOF BT ET Tj.")
	f.Add("# A (heading) \\ \n\nAnd %PDF-1.4 trailer << /Root 1 0 R >>\n")
	f.Add("Unicode text α ≥ β (in parens) \\ — Ω ∞ and **bold ψ** *italic ω*, justified over a line long enough to wrap once or twice.")
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			return
		}
		pdf, err := PDF(doc)
		if err != nil {
			return
		}
		again, err := PDF(doc)
		if err != nil || !bytes.Equal(pdf, again) {
			t.Fatalf("a second PDF of the same markup differs (%v)", err)
		}
		if err := pdffile.Whole(bytes.NewReader(pdf), int64(len(pdf))); err != nil {
			t.Fatalf("not whole: %v", err)
		}
		facts, err := pdffile.Inspect(pdf)
		if err != nil {
			t.Fatalf("unreadable: %v", err)
		}
		d, err := Layout(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(facts.Pages) != len(d.Pages) {
			t.Fatalf("%d pages read, %d laid out", len(facts.Pages), len(d.Pages))
		}
		for i, pg := range d.Pages {
			got := facts.Pages[i].Texts
			if len(got) != len(pg.Texts) {
				t.Fatalf("page %d: %d texts read, %d laid out", i+1, len(got), len(pg.Texts))
			}
			for j, want := range pg.Texts {
				if g := got[j]; g.S != want.S || !near(g.X, want.X) || !near(g.Y, want.Y) || !near(g.Size, want.Size) {
					t.Fatalf("page %d text %d: read %q at (%g, %g), laid out %q at (%g, %g)", i+1, j, g.S, g.X, g.Y, want.S, want.X, want.Y)
				}
			}
		}
	})
}
