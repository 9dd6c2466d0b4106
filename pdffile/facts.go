package pdffile

import (
	"sort"
	"strings"
)

// Facts are what a PDF shows, read back from its bytes by Inspect: each
// page's texts with their places and sizes, and the fonts.
type Facts struct {
	Pages []PageFacts
	Fonts []FontFacts // every font the pages use, by name

	// What the layout decided, known to the renderer that made the PDF
	// and not read back from it (Inspect leaves them zero).
	MovedCounsel  int  // "more" counsel blocks moved off the first page
	FooterWrapped bool // a footer title wrapped to a second line
}

// PageFacts are one page's size and texts, in the order they are drawn.
type PageFacts struct {
	Width, Height float64
	Texts         []TextFacts
}

// TextFacts are one string drawn on a page. X and Y are the start of its
// baseline in points from the page's top-left corner, as the layout
// measures them; Size is the font size in points.
type TextFacts struct {
	S    string
	X, Y float64
	Size float64
	Font string // the font's name
}

// FontFacts say whether a font's program travels inside the PDF.
type FontFacts struct {
	Name     string
	Embedded bool
}

// Text returns the page's texts in reading order: a line per baseline, top
// to bottom, and the texts of a line left to right, joined by spaces.
func (p PageFacts) Text() string {
	ts := append([]TextFacts(nil), p.Texts...)
	sort.SliceStable(ts, func(i, j int) bool {
		if yi, yj := round2(ts[i].Y), round2(ts[j].Y); yi != yj {
			return yi < yj
		}
		return ts[i].X < ts[j].X
	})
	var b strings.Builder
	for i, t := range ts {
		switch {
		case i == 0:
		case round2(t.Y) != round2(ts[i-1].Y):
			b.WriteByte('\n')
		default:
			b.WriteByte(' ')
		}
		b.WriteString(t.S)
	}
	return b.String()
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }
