package docx

import (
	"strings"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// cellPad is the space between a cell's rules and its text, as the PDF
// sets it.
const cellPad = 4.0

// table writes a table: its columns as wide as the PDF's, its header row
// in bold and repeated on every page, each row as tall as the PDF's and
// never split, the rules unless it is borderless. It returns the table's
// lead and tail.
func (w *writer) table(t *markup.Table) (lead, tail int) {
	shape, err := w.sv.table(t)
	if err != nil {
		if w.err == nil {
			w.err = err
		}
		return 0, 2
	}
	widths := shape.widths
	if len(widths) != len(t.Align) {
		widths = evenWidths(len(t.Align), w.measure())
	}
	drop := w.cellDrop(w.cellSpacing())
	var b strings.Builder
	w.tableStart(&b, widths, !t.Borderless, cellPad, drop)
	row := 0
	opts := func(o rowOpts) rowOpts {
		o.slots, o.drop = 1, drop
		if row < len(shape.slots) {
			o.slots = shape.slots[row]
		}
		if row == 0 && !t.Borderless {
			o.topRule = twips(w.paper.Rules.Width)
		}
		row++
		return o
	}
	if t.Header != nil {
		w.tableRow(&b, t.Header, t, widths, opts(rowOpts{header: true, keep: true}))
	}
	for i, cells := range t.Rows {
		w.tableRow(&b, cells, t, widths, opts(rowOpts{keep: i < len(t.Keep) && t.Keep[i]}))
	}
	b.WriteString(`</w:tbl>`)
	w.body = append(w.body, &rawTable{xml: b.String()})
	return shape.lead, shape.tail
}

// evenWidths shares total among n columns.
func evenWidths(n int, total float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = total / float64(n)
	}
	return out
}

// tableStart writes a table's properties and grid: as wide as its
// columns, from the margin, its cells' text pad points in at either side
// and top twips below their top.
func (w *writer) tableStart(b *strings.Builder, widths []float64, ruled bool, pad float64, top int) {
	total := 0.0
	for _, x := range widths {
		total += x
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + itoa(twips(total)) + `" w:type="dxa"/>`)
	b.WriteString(`<w:tblInd w:w="0" w:type="dxa"/>`)
	if ruled {
		rule := `w:val="single" w:sz="` + itoa(eighths(w.paper.Rules.Width)) + `" w:space="0" w:color="000000"`
		b.WriteString(`<w:tblBorders>`)
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			b.WriteString(`<w:` + side + ` ` + rule + `/>`)
		}
		b.WriteString(`</w:tblBorders>`)
	}
	b.WriteString(`<w:tblLayout w:type="fixed"/>`)
	p := itoa(twips(pad))
	b.WriteString(`<w:tblCellMar><w:top w:w="` + itoa(top) + `" w:type="dxa"/><w:left w:w="` + p + `" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="` + p + `" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, x := range widths {
		b.WriteString(`<w:gridCol w:w="` + itoa(twips(x)) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
}

// rowOpts is how a table row is set.
type rowOpts struct {
	header bool // the header row: bold, repeated on every page
	keep   bool // kept on the page of the next row
	slots  int  // the numbered lines it fills
	drop   int  // the space above its cells' text, in twips
	// topRule is the width of the table's rule above the row, in twips,
	// which LibreOffice adds to the first row's height and sets the text
	// below: the row gives it back.
	topRule int
}

// tableRow writes one row of cells.
func (w *writer) tableRow(b *strings.Builder, cells []markup.Cell, t *markup.Table, widths []float64, o rowOpts) {
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="` + itoa(o.slots*w.pitch()-o.topRule) + `" w:hRule="atLeast"/>`)
	if o.header {
		b.WriteString(`<w:tblHeader/>`)
	}
	b.WriteString(`</w:trPr>`)
	rs := runStyle{}
	if o.header {
		rs.add = markup.Bold
	}
	for i, width := range widths {
		var cell markup.Cell
		if i < len(cells) {
			cell = cells[i]
		}
		align := markup.Left
		if i < len(t.Align) {
			align = t.Align[i]
		}
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(twips(width)) + `" w:type="dxa"/>`)
		if o.topRule > 0 {
			b.WriteString(`<w:tcMar><w:top w:w="` + itoa(max(0, o.drop-o.topRule)) + `" w:type="dxa"/></w:tcMar>`)
		}
		b.WriteString(`</w:tcPr>`)
		for _, piece := range cellPieces(cell) {
			p := w.cellParagraph(piece, align, width-2*cellPad, rs)
			p.props.keepNext = o.keep
			p.write(b)
		}
		b.WriteString(`</w:tc>`)
	}
	b.WriteString(`</w:tr>`)
}

// cellParagraph returns the paragraph of one line of a cell as the writer
// broke it: aligned as its column, and, when it starts with a list
// marker in a left-aligned column, with its wrapped lines under its text.
func (w *writer) cellParagraph(piece []markup.Run, align markup.Align, width float64, rs runStyle) *paragraph {
	p := newPara("TableText")
	switch align {
	case markup.Center:
		p.props.jc = "center"
	case markup.Right:
		p.props.jc = "right"
	}
	if align == markup.Left {
		if hang := w.markerWidth(piece, width, rs.add); hang > 0 {
			p.indent(0, hang)
		}
	}
	w.runs(&p.runs, piece, rs)
	return p
}

// cellPieces cuts a cell's runs at its line breaks: one piece a line the
// writer broke, an empty one for an empty line.
func cellPieces(runs []markup.Run) [][]markup.Run {
	pieces := [][]markup.Run{nil}
	for _, r := range runs {
		for i, s := range strings.Split(r.Text, "\n") {
			if i > 0 {
				pieces = append(pieces, nil)
			}
			if s != "" || r.Note > 0 {
				part := r
				part.Text = s
				pieces[len(pieces)-1] = append(pieces[len(pieces)-1], part)
			}
		}
	}
	return pieces
}

// markerWidth is the width of a line's list marker and a space, or 0 when
// the line is no list item or the marker would leave too little of the
// column.
func (w *writer) markerWidth(piece []markup.Run, width float64, add markup.Style) float64 {
	m := layout.CellMarker(piece)
	if m == "" {
		return 0
	}
	st, size := piece[0].Style|add, w.paper.Text.Size
	mw := w.m.Width(strings.TrimRight(m, " \t\u00a0"), st, size) + w.m.Width(" ", st, size)
	if mw > width/3 {
		return 0
	}
	return mw
}

// besideTable writes a signature block with lines beside it: a borderless
// table whose left column holds the lines beside and whose right column,
// the block's column, holds the signature's lines, row by row.
func (w *writer) besideTable(bl *markup.LineBlock, left, right float64) {
	const gap = 12.0
	leftW := left - w.paper.Text.Left
	var b strings.Builder
	w.tableStart(&b, []float64{leftW, right - left}, false, 0, 0)
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	for col, lines := range [][]markup.Line{bl.Beside, bl.Lines} {
		width := leftW
		if col == 1 {
			width = right - left
		}
		b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(twips(width)) + `" w:type="dxa"/>`)
		if col == 0 {
			b.WriteString(`<w:tcMar><w:right w:w="` + itoa(twips(gap)) + `" w:type="dxa"/></w:tcMar>`)
		}
		b.WriteString(`</w:tcPr>`)
		for _, ln := range lines {
			p := w.lineParagraph(ln, w.paper.Text.Left, w.paper.Text.Left+width, bl.Spacing, markup.Left)
			p.props.right, p.props.keepNext = 0, true
			p.write(&b)
		}
		if len(lines) == 0 {
			b.WriteString(`<w:p/>`)
		}
		b.WriteString(`</w:tc>`)
	}
	b.WriteString(`</w:tr></w:tbl>`)
	w.body = append(w.body, &rawTable{xml: b.String()})
}
