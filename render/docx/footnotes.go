package docx

import (
	"strings"

	"pleadgen/render/markup"
)

// Word's own footnotes: the separator above the notes of a page and the
// longer one above a note continued from the page before. Their ids are
// Word's.
const (
	separatorID    = -1
	continuationID = 0
)

// footnotesXML writes word/footnotes.xml: the two separators, then each
// note referred to as a Word footnote whose id is its number; its paragraphs are set
// in the footnote style, the first starting with the note's mark.
func (w *writer) footnotesXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:footnotes` + wordNamespaces + `>`)
	b.WriteString(`<w:footnote w:type="separator" w:id="` + itoa(separatorID) + `"><w:p><w:pPr><w:pStyle w:val="FootnoteSeparator"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`)
	b.WriteString(`<w:footnote w:type="continuationSeparator" w:id="` + itoa(continuationID) + `"><w:p><w:pPr><w:pStyle w:val="FootnoteSeparator"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, n := range w.doc.Notes {
		if w.references[i+1] == 0 {
			continue // a note of the filing that the order does not refer to
		}
		b.WriteString(`<w:footnote w:id="` + itoa(i+1) + `">`)
		paras := n.Paras
		if len(paras) == 0 {
			paras = [][]markup.Run{nil}
		}
		for k, para := range paras {
			p := newPara("FootnoteText")
			if k == 0 {
				p.runs.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>`)
			}
			w.runs(&p.runs, para, runStyle{})
			p.write(&b)
		}
		b.WriteString(`</w:footnote>`)
	}
	b.WriteString(`</w:footnotes>`)
	return b.String()
}
