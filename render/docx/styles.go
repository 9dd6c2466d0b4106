package docx

import (
	"strings"

	"pleadgen/render/markup"
)

// The styles name what each paragraph is, so that a writer who adds one
// in Word gets the same setting from the style list: body text double
// spaced on the numbered lines, headings in Word's heading styles (the
// navigation pane and the outline show them), single-spaced lines,
// block quotations, list paragraphs, table text and footnotes.

// font is the typeface: Liberation Serif's metrics are Times New Roman's.
const font = "Times New Roman"

// spacingOf returns the spacing a setting gives: the document's choice,
// else the paper's; "double" is double, anything else single.
func spacingOf(paper, doc string) markup.Spacing {
	if doc == "double" || doc == "" && paper == "double" {
		return markup.Double
	}
	return markup.Single
}

func (w *writer) quoteSpacing() markup.Spacing {
	return spacingOf(w.paper.Quotes, w.doc.Meta.Quotes)
}

func (w *writer) noteSpacing() markup.Spacing {
	return spacingOf(w.paper.Footnotes, w.doc.Meta.Footnotes)
}

func (w *writer) cellSpacing() markup.Spacing {
	return spacingOf(w.paper.Tables, w.doc.Meta.Tables)
}

// widowControl reports whether paragraphs keep two lines together at each
// end, as the paper's (or the document's) widow setting asks.
func (w *writer) widowControl() bool {
	n := w.paper.Widows
	if w.doc.Meta.Widows != nil {
		n = *w.doc.Meta.Widows
	}
	return n >= 2
}

// style is one paragraph or character style.
type style struct {
	id, name, kind, basedOn, next string
	pPr, rPr                      string
	outline                       int // heading level + 1, or 0
}

// spacing writes an exact line spacing with no space around paragraphs.
func spacing(line int) string {
	return `<w:spacing w:before="0" w:after="0" w:line="` + itoa(line) + `" w:lineRule="exact"/>`
}

// sizeProps writes a font size in points.
func sizeProps(pt float64) string {
	hp := itoa(int(pt*2 + 0.5))
	return `<w:sz w:val="` + hp + `"/><w:szCs w:val="` + hp + `"/>`
}

// styles returns the document's styles, in the order styles.xml lists them.
func (w *writer) styles() []style {
	p := w.paper
	widow := `<w:widowControl w:val="0"/>`
	if w.widowControl() {
		widow = `<w:widowControl/>`
	}
	indent := `<w:ind w:firstLine="` + itoa(twips(p.Text.Indent)) + `"/>`
	step := itoa(twips(p.Text.Step))
	out := []style{
		{id: "Normal", name: "Normal", kind: "paragraph", pPr: widow + spacing(w.pitch()), rPr: sizeProps(p.Text.Size)},
		{id: "BodyText", name: "Body Text", kind: "paragraph", basedOn: "Normal", pPr: indent + `<w:jc w:val="both"/>`},
	}
	for level := 1; level <= 6; level++ {
		out = append(out, style{id: "Heading" + itoa(level), name: "heading " + itoa(level), kind: "paragraph", basedOn: "Normal", next: "BodyText",
			pPr: `<w:keepNext/><w:keepLines/>`, rPr: `<w:b/><w:bCs/>`, outline: level})
	}
	out = append(out,
		style{id: "SingleSpaced", name: "Single Spaced", kind: "paragraph", basedOn: "Normal", pPr: spacing(w.halfPitch())},
		style{id: "BlockQuotation", name: "Block Quotation", kind: "paragraph", basedOn: "Normal",
			pPr: spacing(w.lineHeight(w.quoteSpacing())) + `<w:ind w:left="` + step + `" w:right="` + step + `"/><w:jc w:val="both"/>`},
		style{id: "ListParagraph", name: "List Paragraph", kind: "paragraph", basedOn: "Normal", pPr: `<w:jc w:val="both"/>`},
		style{id: "TableText", name: "Table Text", kind: "paragraph", basedOn: "Normal", pPr: spacing(w.lineHeight(w.cellSpacing()))},
		style{id: "FootnoteText", name: "footnote text", kind: "paragraph", basedOn: "Normal",
			pPr: spacing(w.lineHeight(w.noteSpacing())) + indent + `<w:jc w:val="both"/>`},
		style{id: "FootnoteSeparator", name: "Footnote Separator", kind: "paragraph", basedOn: "Normal", pPr: spacing(w.halfPitch())},
		style{id: "FootnoteReference", name: "footnote reference", kind: "character", rPr: `<w:vertAlign w:val="superscript"/>`},
		style{id: "Header", name: "header", kind: "paragraph", basedOn: "Normal", pPr: spacing(twips(p.Text.Size))},
		style{id: "Footer", name: "footer", kind: "paragraph", basedOn: "Normal", pPr: `<w:widowControl w:val="0"/>`, rPr: sizeProps(p.Footer.Size)},
		style{id: "PleadingLineNumber", name: "Pleading Line Number", kind: "paragraph", basedOn: "Normal",
			pPr: `<w:widowControl w:val="0"/>` + spacing(w.pitch()) + `<w:jc w:val="right"/>`, rPr: sizeProps(p.Numbers.Size)},
	)
	return out
}

// stylesXML writes word/styles.xml: the document defaults (Times New
// Roman at the paper's size, exact line spacing, no space around
// paragraphs), Word's default character, table and list styles, then the
// styles above.
func (w *writer) stylesXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:styles` + wordNamespaces + `>`)
	fonts := `<w:rFonts w:ascii="` + font + `" w:eastAsia="` + font + `" w:hAnsi="` + font + `" w:cs="` + font + `"/>`
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + fonts + sizeProps(w.paper.Text.Size) +
		`<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.WriteString(`<w:pPrDefault><w:pPr>` + spacing(w.pitch()) + `</w:pPr></w:pPrDefault></w:docDefaults>`)
	b.WriteString(`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`)
	for _, s := range w.styles() {
		b.WriteString(`<w:style w:type="` + s.kind + `"`)
		if s.id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + s.id + `"><w:name w:val="` + s.name + `"/>`)
		if s.basedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + s.basedOn + `"/>`)
		}
		if s.next != "" {
			b.WriteString(`<w:next w:val="` + s.next + `"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		if s.pPr != "" || s.outline > 0 {
			b.WriteString(`<w:pPr>` + s.pPr)
			if s.outline > 0 {
				b.WriteString(`<w:outlineLvl w:val="` + itoa(s.outline-1) + `"/>`)
			}
			b.WriteString(`</w:pPr>`)
		}
		if s.rPr != "" {
			b.WriteString(`<w:rPr>` + s.rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`</w:styles>`)
	return b.String()
}
