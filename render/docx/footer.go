package docx

import "strings"

// footerXML writes section k's footer: each line of the layout's footer
// as a paragraph whose baseline is the line's, its left text at the
// margin, the page number (as PAGE and NUMPAGES fields) centred, the case
// number at the right.
func (w *writer) footerXML(k int) string {
	p := w.paper
	lines := w.sections[k].footer
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:ftr` + wordNamespaces + `>`)
	if len(lines) == 0 {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p>`)
	}
	mid, right := twips((p.Text.Right-p.Text.Left)/2), twips(p.Text.Right-p.Text.Left)
	for i, l := range lines {
		height := w.footerLineHeight(lines, i)
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs>`)
		if l.center != "" {
			b.WriteString(`<w:tab w:val="center" w:pos="` + itoa(mid) + `"/>`)
		}
		b.WriteString(`<w:tab w:val="right" w:pos="` + itoa(right) + `"/></w:tabs>`)
		b.WriteString(`<w:spacing w:line="` + itoa(twips(height)) + `" w:lineRule="exact"/></w:pPr>`)
		footerText(&b, l.left)
		if l.center != "" {
			b.WriteString(`<w:r><w:tab/></w:r>`)
			w.pageNumber(&b)
		}
		if l.right != "" {
			b.WriteString(`<w:r><w:tab/></w:r>`)
			footerText(&b, l.right)
		}
		b.WriteString(`</w:p>`)
	}
	b.WriteString(`</w:ftr>`)
	return b.String()
}

// footerDistance puts the foot of section k's last footer line where its
// baseline stands in the PDF.
func (w *writer) footerDistance(k int) float64 {
	lines := w.sections[k].footer
	base, height := w.paper.Footer.Title, w.paper.Footer.Pitch
	if n := len(lines); n > 0 {
		base, height = lines[n-1].y, w.footerLineHeight(lines, n-1)
	}
	return max(0, w.paper.Page.Height-base-(1-ascent)*height)
}

// footerLineHeight is the exact height of footer line i: the distance
// from the line above, or the footer's pitch for the first.
func (w *writer) footerLineHeight(lines []footerLine, i int) float64 {
	if i > 0 {
		return lines[i].y - lines[i-1].y
	}
	return w.paper.Footer.Pitch
}

func footerText(b *strings.Builder, s string) {
	if s != "" {
		b.WriteString(`<w:r><w:t xml:space="preserve">`)
		escape(b, s)
		b.WriteString(`</w:t></w:r>`)
	}
}

// pageNumber writes the paper's page number form with {n} as a PAGE field
// and {of} as a NUMPAGES field.
func (w *writer) pageNumber(b *strings.Builder) {
	form := w.paper.Footer.Page
	if form == "" {
		form = "{n}"
	}
	for form != "" {
		i := strings.IndexByte(form, '{')
		j := strings.IndexByte(form, '}')
		if i < 0 || j < i {
			footerText(b, form)
			return
		}
		footerText(b, form[:i])
		switch form[i+1 : j] {
		case "n":
			field(b, "PAGE")
		case "of":
			field(b, "NUMPAGES")
		default:
			footerText(b, form[i:j+1])
		}
		form = form[j+1:]
	}
}

// field writes a simple field with a placeholder result.
func field(b *strings.Builder, instr string) {
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
}
