package render

import (
	"strings"
	"testing"

	"pleadgen/pdffile"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// TestLongFooterTitle renders a supplemental statement's long title beside
// a case number with two judges' initials, with the embedded fonts: the
// footer texts never overlap, stay inside the measure, and the PDF holds
// every word of the title; the renderer's facts say whether it wrapped.
func TestLongFooterTitle(t *testing.T) {
	const title = "SUPPLEMENTAL JOINT CASE MANAGEMENT STATEMENT & [PROPOSED] ORDER"
	for _, id := range []string{"", "SF 4817-2210-9934 v.2"} {
		doc := &markup.Doc{
			Meta:   markup.Meta{Profile: "cand", Title: title, Case: "4:21-cv-02632-DMR-JCS", DocumentID: id},
			Blocks: []markup.Block{&markup.Paragraph{Runs: []markup.Run{{Text: "Text."}}}},
		}
		d, err := Layout(doc)
		if err != nil {
			t.Fatal(err)
		}
		p := d.Profile
		var footer []layout.Text
		for _, tx := range d.Pages[0].Texts {
			if tx.Role == layout.Footer {
				footer = append(footer, tx)
			}
		}
		for i, a := range footer {
			if a.X < p.Text.Left-1e-6 || a.X+a.W > p.Text.Right+1e-6 {
				t.Errorf("%q spans %.1f–%.1f, outside the measure", a.S, a.X, a.X+a.W)
			}
			for _, b := range footer[i+1:] {
				if a.Y == b.Y && a.X < b.X+b.W && b.X < a.X+a.W {
					t.Errorf("%q and %q overlap", a.S, b.S)
				}
				if a.Y != b.Y && abs(a.Y-b.Y) < a.Size {
					t.Errorf("%q and %q are %.1f apart", a.S, b.S, abs(a.Y-b.Y))
				}
			}
		}
		var r Renderer
		pdf, err := r.PDF(doc)
		if err != nil {
			t.Fatal(err)
		}
		facts, err := pdffile.Inspect(pdf)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(facts.Pages[0].Text()), " ")
		for _, w := range strings.Fields(title) {
			if !strings.Contains(text, w) {
				t.Errorf("the PDF lacks the title's word %q", w)
			}
		}
		if r.Facts().FooterWrapped != d.FooterWrapped {
			t.Errorf("facts say wrapped %v, the layout %v", r.Facts().FooterWrapped, d.FooterWrapped)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
