package render

import (
	"strings"

	"pleadgen/render/layout"
)

// drawOwn draws a laid-out document: each text in its style's
// Windows-1252 face, or in its whole face when it holds a character
// beyond them.
func drawOwn(doc *pdfDoc, d *layout.Document) ([]byte, error) {
	level := 0
	for _, pg := range d.Pages {
		doc.startPage(d.Profile.Page.Width, d.Profile.Page.Height)
		for _, mk := range pg.Marks {
			lvl := min(mk.Level, level+1)
			doc.bookmark(mk.Title, lvl, mk.Y)
			level = lvl
		}
		for _, r := range pg.Rules {
			doc.line(r.X1, r.Y1, r.X2, r.Y2, r.Width, r.Color)
		}
		ws := 0.0
		for _, t := range pg.Texts {
			enc, ok := winAnsi(t.S)
			if !ok {
				if err := doc.wideText(t.S, fontStyle(t.Style), t.Size, t.X, t.Y, t.WordSpace, t.Color); err != nil {
					return nil, err
				}
				continue
			}
			if strings.Contains(t.S, " ") {
				ws = t.WordSpace
			}
			doc.text(enc, fontStyle(t.Style), t.Size, t.X, t.Y, ws, t.Color)
		}
	}
	return doc.bytes(d.Meta)
}
