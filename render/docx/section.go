package docx

import "strings"

// section is a run of pages with one footer: the footer's lines as the
// layout sets them on the section's first page, and whether the section
// starts on a new page.
type section struct {
	footer  []footerLine
	newPage bool
}

// footerTitle ends the section at the last paragraph and starts one whose
// footer is the layout's on the page where the next block starts: on a
// new page when a page break came just before.
func (w *writer) footerTitle(i int) {
	page := -1
	for j := i + 1; j < len(w.doc.Blocks); j++ {
		if w.sv.spans[j].ok {
			page = w.sv.spans[j].firstPage
			break
		}
	}
	if page < 0 || len(w.body) == 0 {
		return
	}
	next := section{footer: w.sv.footerOn(page)}
	last, ok := w.body[len(w.body)-1].(*paragraph)
	if !ok || last.sectPr != "" {
		last = w.add(newPara("Normal"))
		last.blank = true
		last.props.line = 20
	}
	if last.breakAfter {
		last.breakAfter, next.newPage = false, true
	}
	last.sectPr = w.sectPr(len(w.sections) - 1)
	w.sections = append(w.sections, next)
}

// slack is room below the last numbered line, in points: too little for
// another line, even a single-spaced one, but enough that a rule's width
// that Word or LibreOffice adds to a table's height never pushes the last
// line to the next page.
const slack = 1.0

// sectPr writes the properties of section k: the page, its margins, the
// header and footer.
func (w *writer) sectPr(k int) string {
	p := w.paper
	top := w.gridTop()
	bottom := p.Page.Height - top - float64(p.Grid.Lines)*p.Grid.Pitch - slack
	var b strings.Builder
	b.WriteString(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>`)
	b.WriteString(`<w:footerReference w:type="default" r:id="rIdFooter` + itoa(k+1) + `"/>`)
	b.WriteString(`<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>`)
	if k > 0 && !w.sections[k].newPage {
		b.WriteString(`<w:type w:val="continuous"/>`)
	}
	b.WriteString(`<w:pgSz w:w="` + itoa(twips(p.Page.Width)) + `" w:h="` + itoa(twips(p.Page.Height)) + `"/>`)
	b.WriteString(`<w:pgMar w:top="` + itoa(twips(top)) + `" w:right="` + itoa(twips(p.Page.Width-p.Text.Right)) +
		`" w:bottom="` + itoa(twips(bottom)) + `" w:left="` + itoa(twips(p.Text.Left)) +
		`" w:header="` + itoa(twips(w.headerDistance())) + `" w:footer="` + itoa(twips(w.footerDistance(k))) + `" w:gutter="0"/>`)
	b.WriteString(`<w:cols w:space="720"/></w:sectPr>`)
	return b.String()
}
