/*
Package docx owns the Word form of a filing: it writes the same
*markup.Doc the PDF is drawn from as an Office Open XML word-processing
document (.docx) on the same pleading paper, so that a legal secretary,
co-counsel or a judge's chambers can edit it in Word.

The document is a Word document made the way Word's own pleading templates
make one, not a picture of the PDF: text flows in paragraphs, in Times New
Roman (whose metrics Liberation Serif shares) at the paper's size, on
Letter paper with the paper's margins; body text double spaced at an exact
line height of one numbered line, and the single-spaced blocks (counsel,
caption, quotations, footnotes, table cells) at exactly half of it, so
that every line stands on the grid. The line numbers and the rules are
drawn in the header, a text box and lines anchored to the page, and stay
put while the text is edited; the footer holds the page number as a PAGE
field, the title and the case number. Headings use Word's heading styles
(the navigation pane shows them), footnotes are Word footnotes, lists are
Word numbering, tables are Word tables whose header row repeats, the
caption is a table; page breaks stand only where the document asks for
one.

The vertical places of the blocks come from the PDF's layout of the same
document, laid out again here with the PDF's own measurer (the widths of
the Liberation Serif the PDF embeds, render.NewMeasurer): the space that puts a line
after a single-spaced block back on a numbered line, the court's title on
its line of the first page, the height of each table row, the counsel
blocks the first page leaves off, which signature blocks share a page,
and the footers' lines. Single-spaced lines are set as low as the PDF sets
them where the space after their block can give that back. With the same
line breaks, Word's pages then hold the same lines as the PDF's, on the
same baselines.

The parts are written with the standard library: built as strings with
every text escaped (text from the case is data and never becomes
markup), and zipped in a fixed order with fixed times, so that the same
document gives the same bytes.
*/
package docx

import (
	"pleadgen/court"
	"pleadgen/render"
	"pleadgen/render/markup"
)

// Options choose what of the document is written.
type Options struct {
	// OrderOnly writes only the proposed order, under the court's title and
	// a caption that carries the order's heading as its title: what
	// chambers ask for in Word. The order is found as orderPart says.
	OrderOnly bool
}

// Write returns the .docx of doc on paper, the paper doc names (its
// court's, with a firm's changes). It fails as the PDF's layout fails, with
// the same errors, and when OrderOnly is set and doc has no proposed order.
func Write(doc *markup.Doc, paper *court.Paper, opts Options) ([]byte, error) {
	if opts.OrderOnly {
		order, err := orderDocument(doc)
		if err != nil {
			return nil, err
		}
		doc = order
	}
	m := render.NewMeasurer()
	sv, err := surveyOf(doc, paper, m)
	if err != nil {
		return nil, err
	}
	w := newWriter(doc, paper, sv, m)
	w.blocks()
	if w.err != nil {
		return nil, w.err
	}
	return zipParts(w.parts())
}

// parts returns the package's parts in the order they are zipped.
func (w *writer) parts() []part {
	document := w.documentXML()
	rels := []relationship{
		{"rIdStyles", relStyles, "styles.xml"},
		{"rIdSettings", relSettings, "settings.xml"},
		{"rIdFontTable", relFontTable, "fontTable.xml"},
		{"rIdFootnotes", relFootnotes, "footnotes.xml"},
		{"rIdNumbering", relNumbering, "numbering.xml"},
		{"rIdHeader1", relHeader, "header1.xml"},
	}
	var footers []part
	for k := range w.sections {
		name := "footer" + itoa(k+1) + ".xml"
		rels = append(rels, relationship{"rIdFooter" + itoa(k+1), relFooter, name})
		footers = append(footers, part{"word/" + name, ctFooter, w.footerXML(k)})
	}
	out := []part{
		relationshipsPart("_rels/.rels", []relationship{
			{"rIdDocument", relOfficeDocument, "word/document.xml"},
			{"rIdCore", relCore, "docProps/core.xml"},
			{"rIdApp", relApp, "docProps/app.xml"},
		}),
		{"docProps/core.xml", ctCore, coreXML(w.doc.Meta)},
		{"docProps/app.xml", ctApp, appXML()},
		{"word/document.xml", ctDocument, document},
		relationshipsPart("word/_rels/document.xml.rels", rels),
		{"word/styles.xml", ctStyles, w.stylesXML()},
		{"word/settings.xml", ctSettings, settingsXML()},
		{"word/fontTable.xml", ctFontTable, fontTableXML()},
		{"word/footnotes.xml", ctFootnotes, w.footnotesXML()},
		{"word/numbering.xml", ctNumbering, w.numberingXML()},
		{"word/header1.xml", ctHeader, w.headerXML()},
	}
	return append(out, footers...)
}
