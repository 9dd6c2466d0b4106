package render

import (
	"pleadgen/pdffile"
	"pleadgen/render/layout"
)

// The facts of a PDF are pdffile's, which reads them back from the bytes;
// a Renderer knows them from what it drew.
type (
	Facts     = pdffile.Facts
	PageFacts = pdffile.PageFacts
	TextFacts = pdffile.TextFacts
	FontFacts = pdffile.FontFacts
)

// factsOf returns the facts of a laid-out document as the PDF drawn from
// it holds them, without reading the PDF back: the same pages and texts
// (positions and sizes as pdffile.Inspect reads them, to the hundredth of
// a point the PDF keeps), the fonts the draw embedded, and what the layout
// decided that the PDF does not show.
func factsOf(d *layout.Document, fonts []FontFacts) *Facts {
	facts := &Facts{MovedCounsel: d.MovedCounsel, FooterWrapped: d.FooterWrapped, Fonts: fonts}
	facts.Pages = make([]PageFacts, 0, len(d.Pages))
	for _, pg := range d.Pages {
		pf := PageFacts{Width: d.Profile.Page.Width, Height: d.Profile.Page.Height, Texts: make([]TextFacts, 0, len(pg.Texts))}
		for _, t := range pg.Texts {
			pf.Texts = append(pf.Texts, TextFacts{S: t.S, X: t.X, Y: t.Y, Size: t.Size, Font: fontName(t.Style, t.S)})
		}
		facts.Pages = append(facts.Pages, pf)
	}
	return facts
}
