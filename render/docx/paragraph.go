package docx

import "strings"

// element is a paragraph or a table of the document's body.
type element interface {
	write(b *strings.Builder)
}

// paragraph is a Word paragraph being built: its style, its own
// formatting, its runs, and what the writer knows of it.
type paragraph struct {
	style string
	props paraProps
	runs  strings.Builder

	blank      bool   // it holds no text: a blank line
	lines      int    // its lines of text, where the layout says
	front      bool   // part of the first page's counsel block, court title or caption
	breakAfter bool   // a page break ends it
	sectPr     string // the properties of the section it ends, or ""
}

// paraProps is a paragraph's direct formatting; zero values leave the
// style's. Lengths are in twips.
type paraProps struct {
	keepNext, keepLines bool
	numID               int   // a list's numbering, or 0
	tabs                []int // left tab stops, from the margin
	before, after       int
	line                int // exact line height, or 0 for the style's
	left, right         int
	firstLine, hanging  int
	indSet              bool   // the indents are set, zeros too
	jc                  string // "both", "center", "right", "left" or "" for the style's
}

func (p *paragraph) write(b *strings.Builder) {
	b.WriteString("<w:p>")
	p.writeProps(b)
	b.WriteString(p.runs.String())
	if p.breakAfter {
		b.WriteString(`<w:r><w:br w:type="page"/></w:r>`)
	}
	b.WriteString("</w:p>")
}

// writeProps writes the paragraph's properties in the schema's order.
func (p *paragraph) writeProps(b *strings.Builder) {
	var pp strings.Builder
	pr := p.props
	if p.style != "" {
		pp.WriteString(`<w:pStyle w:val="` + p.style + `"/>`)
	}
	if pr.keepNext {
		pp.WriteString("<w:keepNext/>")
	}
	if pr.keepLines {
		pp.WriteString("<w:keepLines/>")
	}
	if pr.numID > 0 {
		pp.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + itoa(pr.numID) + `"/></w:numPr>`)
	}
	if len(pr.tabs) > 0 {
		pp.WriteString("<w:tabs>")
		for _, t := range pr.tabs {
			pp.WriteString(`<w:tab w:val="left" w:pos="` + itoa(t) + `"/>`)
		}
		pp.WriteString("</w:tabs>")
	}
	if pr.before > 0 || pr.after > 0 || pr.line > 0 {
		pp.WriteString("<w:spacing")
		if pr.before > 0 {
			pp.WriteString(` w:before="` + itoa(pr.before) + `"`)
		}
		if pr.after > 0 {
			pp.WriteString(` w:after="` + itoa(pr.after) + `"`)
		}
		if pr.line > 0 {
			pp.WriteString(` w:line="` + itoa(pr.line) + `" w:lineRule="exact"`)
		}
		pp.WriteString("/>")
	}
	if pr.indSet || pr.left != 0 || pr.right != 0 || pr.firstLine != 0 || pr.hanging != 0 {
		pp.WriteString("<w:ind")
		if pr.left != 0 || pr.indSet {
			pp.WriteString(` w:left="` + itoa(pr.left) + `"`)
		}
		if pr.right != 0 {
			pp.WriteString(` w:right="` + itoa(pr.right) + `"`)
		}
		switch {
		case pr.hanging > 0:
			pp.WriteString(` w:hanging="` + itoa(pr.hanging) + `"`)
		case pr.firstLine != 0 || pr.indSet:
			pp.WriteString(` w:firstLine="` + itoa(pr.firstLine) + `"`)
		}
		pp.WriteString("/>")
	}
	if pr.jc != "" {
		pp.WriteString(`<w:jc w:val="` + pr.jc + `"/>`)
	}
	pp.WriteString(p.sectPr)
	if pp.Len() > 0 {
		b.WriteString("<w:pPr>")
		b.WriteString(pp.String())
		b.WriteString("</w:pPr>")
	}
}

// rawTable is a table written whole.
type rawTable struct{ xml string }

func (t *rawTable) write(b *strings.Builder) { b.WriteString(t.xml) }

// tabStops returns tab stops every step points from x (points from the
// margin) up to right: the stops the PDF sets a line's tabs at, from
// where the line starts.
func tabStops(x, step, right float64) []int {
	if step <= 0 {
		return nil
	}
	var out []int
	for t := x + step; t <= right+1e-6 && len(out) < 64; t += step {
		out = append(out, twips(t))
	}
	return out
}
