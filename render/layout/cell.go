package layout

import (
	"regexp"
	"strings"
	"sync"

	"pleadgen/render/markup"
)

// cellLine is a line of a table cell and how far right of the cell's left
// it starts: wrapped lines of a list item stand under its text.
type cellLine struct {
	line
	indent float64
}

// cellLines breaks a cell's text into lines of width w. Each line the
// writer broke (<br>) starts a new piece; a piece that starts with a list
// marker ("1.", "(a)", "i.", "A.", "-", "•") is a list item, whose wrapped
// lines stand under its text rather than under its marker.
func (f *flow) cellLines(runs []markup.Run, w float64, hang bool) []cellLine {
	var out []cellLine
	for _, piece := range splitAtBreaks(runs) {
		indent := 0.0
		if hang {
			indent = f.markerWidth(piece, w)
		}
		for i, l := range f.breakRuns(piece, w, w-indent) {
			l.justify = false
			c := cellLine{line: l}
			if i > 0 {
				c.indent = indent
			}
			out = append(out, c)
		}
	}
	return out
}

// splitAtBreaks cuts runs at their line breaks into pieces, each without
// its break: n breaks make n+1 pieces, an empty one for an empty line.
func splitAtBreaks(runs []markup.Run) [][]markup.Run {
	pieces := [][]markup.Run{nil}
	for _, r := range runs {
		parts := strings.Split(r.Text, "\n")
		for i, s := range parts {
			if i > 0 {
				pieces = append(pieces, nil)
			}
			if s != "" {
				r := r
				r.Text = s
				k := len(pieces) - 1
				pieces[k] = append(pieces[k], r)
			}
		}
	}
	return pieces
}

// cellMarker matches a list item's marker and the space after it at the
// start of a cell's line: "1." "2)" "(a)" "(iv)" "a." "iv." "-" "*" "•".
// It is compiled when a table first needs it.
var cellMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[-*•–]|\d{1,3}[.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,6})\)|[a-zA-Z][.)]|[ivxlcdm]{1,6}\.)[ \t\x{a0}]+`)
})

// CellMarker returns the list marker, with the space after it, that
// starts a cell's line, or "" when the line is no list item or nothing
// but its marker: the PDF and the Word document hang the item's text by
// its width.
func CellMarker(piece []markup.Run) string {
	if len(piece) == 0 || piece[0].Note != 0 {
		return ""
	}
	m := cellMarker().FindString(piece[0].Text)
	if len(m) == len(piece[0].Text) && len(piece) == 1 {
		return ""
	}
	return m
}

// markerWidth is the width of a piece's list marker and the space after
// it, or 0 when the piece is no list item or the marker leaves too little
// of the column.
func (f *flow) markerWidth(piece []markup.Run, w float64) float64 {
	m := CellMarker(piece)
	if m == "" {
		return 0
	}
	width := f.m.Width(strings.TrimRight(m, " \t\u00a0"), piece[0].Style, f.p.Text.Size) + f.m.Width(" ", piece[0].Style, f.p.Text.Size)
	if width > w/3 {
		return 0
	}
	return width
}
