package render

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"pleadgen/render/layout"
)

// pen draws pages with fpdf in the Unicode fonts, selecting a font only
// when it changes: the drawing of a document some of whose characters
// Windows-1252 lacks.
type pen struct {
	fonts     *fontSet
	style     string
	size      float64
	lineWidth float64
	ink, pen  uint32 // the text and line colours set
	level     int    // the last bookmark's level
}

func (p *pen) page(prof *layout.Profile, pg layout.Page) error {
	pdf := p.fonts.pdf
	pdf.AddPageFormat("P", fpdf.SizeType{Wd: prof.Page.Width, Ht: prof.Page.Height})
	p.style, p.size, p.lineWidth, p.ink, p.pen = "?", 0, 0, 0, 0
	for _, mk := range pg.Marks {
		lvl := min(mk.Level, p.level+1)
		pdf.Bookmark(mk.Title, lvl, mk.Y)
		p.level = lvl
	}
	for _, r := range pg.Rules {
		if r.Color != p.pen {
			red, green, blue := rgb(r.Color)
			pdf.SetDrawColor(red, green, blue)
			p.pen = r.Color
		}
		if r.Width != p.lineWidth {
			pdf.SetLineWidth(r.Width)
			p.lineWidth = r.Width
		}
		pdf.Line(r.X1, r.Y1, r.X2, r.Y2)
	}
	for _, t := range pg.Texts {
		if err := p.text(t); err != nil {
			return err
		}
	}
	return nil
}

// text draws one text in the Unicode fonts, whose codes are two bytes long
// so that the PDF's word spacing does not widen their spaces: its words
// are placed one by one.
func (p *pen) text(t layout.Text) error {
	if err := p.font(fontStyle(t.Style), t.Size); err != nil {
		return err
	}
	pdf := p.fonts.pdf
	if t.Color != p.ink {
		red, green, blue := rgb(t.Color)
		pdf.SetTextColor(red, green, blue)
		p.ink = t.Color
	}
	x := t.X
	for i, w := range strings.Split(t.S, " ") {
		if i > 0 {
			x += pdf.GetStringWidth(" ") + t.WordSpace
		}
		pdf.Text(x, t.Y, w)
		x += pdf.GetStringWidth(w)
	}
	return nil
}

// rgb splits a colour 0xRRGGBB into its parts.
func rgb(c uint32) (int, int, int) {
	return int(c >> 16 & 0xff), int(c >> 8 & 0xff), int(c & 0xff)
}

func (p *pen) font(style string, size float64) error {
	if style != p.style || size != p.size {
		if err := p.fonts.setFont(style, size); err != nil {
			return err
		}
		p.style, p.size = style, size
	}
	return nil
}

// drawOwn draws a laid-out document with pleadgen's own writer, in
// Windows-1252 fonts.
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
				return nil, fmt.Errorf("text %q was not measured with the fonts that draw it", t.S)
			}
			if strings.Contains(t.S, " ") {
				ws = t.WordSpace
			}
			doc.text(enc, fontStyle(t.Style), t.Size, t.X, t.Y, ws, t.Color)
		}
	}
	return doc.bytes(d.Meta)
}
