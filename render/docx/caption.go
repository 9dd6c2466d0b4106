package docx

import (
	"strings"

	"pleadgen/render/markup"
)

// caption writes the caption box as a table of one row: the parties at
// the left, closed by rules at their right and below, the case number,
// title and hearing at the right; then the blank line after it. It
// returns the block's tail.
func (w *writer) caption(c *markup.Caption, top int) int {
	gap := w.paper.Caption.Gap
	leftW := w.paper.Caption.LeftWidth + gap/2
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + itoa(twips(w.measure())) + `" w:type="dxa"/>`)
	b.WriteString(`<w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
	drop := w.singleDrop()
	b.WriteString(`<w:tblCellMar><w:top w:w="` + itoa(drop) + `" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`)
	b.WriteString(`<w:tblGrid><w:gridCol w:w="` + itoa(twips(leftW)) + `"/><w:gridCol w:w="` + itoa(twips(w.measure()-leftW)) + `"/></w:tblGrid>`)
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
	rule := `w:val="single" w:sz="` + itoa(eighths(w.paper.Rules.Width)) + `" w:space="0" w:color="000000"`
	w.captionCell(&b, c.Left, leftW, `<w:tcBorders><w:bottom `+rule+`/><w:right `+rule+`/></w:tcBorders><w:tcMar><w:right w:w="`+itoa(twips(gap/2))+`" w:type="dxa"/></w:tcMar>`)
	w.captionCell(&b, c.Right, w.measure()-leftW, `<w:tcMar><w:left w:w="`+itoa(twips(gap/2))+`" w:type="dxa"/></w:tcMar>`)
	b.WriteString(`</w:tr></w:tbl>`)
	w.body = append(w.body, &rawTable{xml: b.String()})
	// The caption's lines stand singleDrop below the top of their cells,
	// where the PDF's stand; the blank line after the caption gives that
	// back, and the width of the rule under it, which Word and
	// LibreOffice add to the row's height.
	after := newPara("Normal")
	after.blank = true
	after.props.line = w.pitch() - drop - twips(w.paper.Rules.Width)
	w.add(after)
	return w.captionTail(c, top)
}

// captionCell writes one column of the caption.
func (w *writer) captionCell(b *strings.Builder, lines []markup.Line, width float64, props string) {
	b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + itoa(twips(width)) + `" w:type="dxa"/>` + props + `</w:tcPr>`)
	for _, ln := range lines {
		p := newPara("SingleSpaced")
		if ln.Indent > 0 {
			p.props.left = twips(float64(ln.Indent) * w.paper.Text.Step)
		}
		w.runs(&p.runs, ln.Runs, runStyle{})
		p.write(b)
	}
	if len(lines) == 0 {
		b.WriteString(`<w:p/>`)
	}
	b.WriteString(`</w:tc>`)
}

// captionTail is the half-slots from the caption's last line of text to
// where the block after it starts: to the foot of its taller column, and
// the blank line after it.
func (w *writer) captionTail(c *markup.Caption, top int) int {
	sp := w.sv.spans[top]
	if !sp.ok {
		return 2
	}
	end := 0
	for col, lines := range [][]markup.Line{c.Left, c.Right} {
		_, after := blankEnds(lines)
		n := sp.firstHalf + len(lines)
		if last := sp.colLast[col]; last >= 0 {
			n = last + 1 + after
		}
		end = max(end, n)
	}
	return end - sp.lastHalf + 2
}
