package docx

import (
	"strings"

	"pleadgen/court"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// writer turns a document's blocks into the body of word/document.xml,
// collecting the numbering and sections the parts around it need.
type writer struct {
	doc   *markup.Doc
	paper *court.Paper
	sv    *survey
	m     layout.Measurer

	body []element
	recs []blockRec // by top-level block
	// omitted are the counsel blocks the first page left off.
	omitted map[int]bool

	lists    []listDef
	sections []section

	references map[int]int  // references to each footnote
	referred   map[int]bool // footnotes referred to so far

	spacers []spacerAt // paragraphs that space two tables apart

	sigEnd   int // the body's last element of the latest signature block, or −1
	sigTop   int // that block's index among the top-level blocks
	prevSpan int // the latest top-level block with lines of text, or −1
	err      error
}

// blockRec is what the writer made of a top-level block: its elements,
// body[from:to], and the half-slots of blank lines it set before its
// first line of text (lead) and from its last line of text to where the
// next block starts (tail).
type blockRec struct {
	from, to   int
	lead, tail int
	written    bool
	// shiftable is a single-spaced block of paragraphs, which may be set
	// lower to put its lines where the PDF's stand; ownAfter is the
	// half-slots of space after its last paragraph that are its own: the
	// blank line after a quotation.
	shiftable bool
	ownAfter  int
}

// newWriter prepares a writer for doc.
func newWriter(doc *markup.Doc, paper *court.Paper, sv *survey, m layout.Measurer) *writer {
	w := &writer{doc: doc, paper: paper, sv: sv, m: m, recs: make([]blockRec, len(doc.Blocks)),
		references: map[int]int{}, referred: map[int]bool{}, sigEnd: -1, sigTop: -1, prevSpan: -1}
	countReferences(doc.Blocks, w.references)
	w.omitted = omittedCounsel(doc.Blocks, sv.moved)
	w.sections = []section{{footer: sv.footerOn(0)}}
	return w
}

// blocks writes every top-level block, then spaces them as the layout
// does.
func (w *writer) blocks() {
	for i, b := range w.doc.Blocks {
		rec := &w.recs[i]
		rec.from = len(w.body)
		switch b := b.(type) {
		case *markup.PageBreak:
			w.pageBreak()
		case *markup.FooterTitle:
			w.footerTitle(i)
		default:
			if !w.omitted[i] {
				rec.lead, rec.tail = w.block(b, i, 0)
				rec.written = true
				rec.shiftable, rec.ownAfter = w.shiftable(b)
			}
		}
		rec.to = len(w.body)
		if rec.written && w.sv.spans[i].ok {
			w.prevSpan = i
		}
	}
	w.alignBlocks()
}

// block writes one block; top is its index among the top-level blocks,
// or −1 inside a list, and depth counts the lists around it. It returns
// the block's lead and tail.
func (w *writer) block(b markup.Block, top, depth int) (lead, tail int) {
	switch b := b.(type) {
	case *markup.Paragraph:
		w.bodyParagraph(b, top)
		return 0, 2
	case *markup.Heading:
		w.heading(b)
		return 0, 2
	case *markup.LineBlock:
		return w.lineBlock(b, top)
	case *markup.Caption:
		return 0, w.caption(b, top)
	case *markup.Quote:
		return 0, w.quote(b)
	case *markup.List:
		w.list(b, depth)
		return 0, 2
	case *markup.Table:
		return w.table(b)
	}
	return 0, 0
}

// shiftable reports whether a top-level block is single spaced and made
// of paragraphs only, and the half-slots of space after its last
// paragraph that are its own.
func (w *writer) shiftable(b markup.Block) (bool, int) {
	switch b := b.(type) {
	case *markup.LineBlock:
		return b.Spacing == markup.Single && len(b.Beside) == 0 && b.Kind != markup.Attestation, 0
	case *markup.Quote:
		if w.quoteSpacing() == markup.Single {
			return true, 1
		}
	}
	return false, 0
}

// add appends a paragraph to the body and returns it.
func (w *writer) add(p *paragraph) *paragraph {
	w.body = append(w.body, p)
	return p
}

// newPara returns a paragraph of a style.
func newPara(style string) *paragraph { return &paragraph{style: style} }

// indent sets a paragraph's first line first and its other lines rest
// points in from the margin.
func (p *paragraph) indent(first, rest float64) {
	p.props.indSet = true
	p.props.left, p.props.firstLine, p.props.hanging = twips(rest), 0, 0
	switch d := twips(first) - twips(rest); {
	case d > 0:
		p.props.firstLine = d
	case d < 0:
		p.props.hanging = -d
	}
}

// pageBreak ends the last paragraph with a page break, or adds an empty
// paragraph that holds one after a table.
func (w *writer) pageBreak() {
	if len(w.body) == 0 {
		return
	}
	if p, ok := w.body[len(w.body)-1].(*paragraph); ok && p.sectPr == "" {
		p.breakAfter = true
		return
	}
	p := newPara("Normal")
	p.blank, p.breakAfter = true, true
	p.props.line = 20
	w.add(p)
}

// documentXML writes word/document.xml.
func (w *writer) documentXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document` + wordNamespaces + `><w:body>`)
	k := 0
	for i, e := range w.body {
		for k < len(w.spacers) && w.spacers[k].at == i {
			w.spacers[k].p.write(&b)
			k++
		}
		e.write(&b)
	}
	b.WriteString(w.sectPr(len(w.sections) - 1))
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}
