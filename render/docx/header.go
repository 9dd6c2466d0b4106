package docx

import (
	"fmt"
	"strconv"
	"strings"
)

// The pleading paper is drawn in the header, as Word's pleading templates
// draw it, so that it stays put while the text is edited: a text box
// anchored to the page holds the line numbers, one paragraph a numbered
// line, and lines anchored to the page draw the rules beside the text and
// the rule above the footer. Word's text boxes and lines are written in
// VML, which every version of Word and LibreOffice reads.

// ascent is where Word and LibreOffice set the baseline of a line of exact
// height: this fraction of the height below the line's top.
const ascent = 0.8

// gridTop is where the Word page's first numbered line starts: the text of
// a line of exact pitch then stands on the numbered line's baseline.
func (w *writer) gridTop() float64 {
	g := w.paper.Grid
	return g.Top + g.Baseline - ascent*g.Pitch
}

// pt writes a length in points for VML.
func pt(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "pt" }

// headerXML writes word/header1.xml: one paragraph that anchors the rules
// and the line numbers to the page and, on a draft, holds the draft mark
// in the top margin. The rules come first: LibreOffice loses the text of
// the first line number when the text box leads a header and the
// document has more than one footnote.
func (w *writer) headerXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:hdr` + wordNamespaces + `><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr>`)
	w.rules(&b)
	w.lineNumbers(&b)
	if w.doc.Meta.Draft {
		b.WriteString(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">DRAFT — NOT FOR FILING</w:t></w:r>`)
	}
	b.WriteString(`</w:p></w:hdr>`)
	return b.String()
}

// pageAnchored is the VML style of a shape placed on the page.
const pageAnchored = "position:absolute;mso-position-horizontal:absolute;mso-position-horizontal-relative:page;" +

	"mso-position-vertical:absolute;mso-position-vertical-relative:page"

// rules writes the rules beside the text, the full height of the page,
// and the rule above the footer, each a line anchored to the page.
func (w *writer) rules(b *strings.Builder) {
	p := w.paper
	n := 0
	line := func(x1, y1, x2, y2 float64) {
		n++
		fmt.Fprintf(b, `<w:r><w:pict><v:line id="PleadingRule%d" o:spid="_x0000_s%d" style="%s;z-index:-251657216" from="%s,%s" to="%s,%s" o:allowincell="f" strokeweight="%s"><w10:wrap anchorx="page" anchory="page"/></v:line></w:pict></w:r>`,
			n, 2049+n, pageAnchored, pt(x1), pt(y1), pt(x2), pt(y2), pt(p.Rules.Width))
	}
	for _, x := range p.Rules.Left {
		line(x, 0, x, p.Page.Height)
	}
	if p.Rules.Right > 0 {
		line(p.Rules.Right, 0, p.Rules.Right, p.Page.Height)
	}
	line(p.Text.Left, p.Footer.Rule, p.Text.Right, p.Footer.Rule)
}

// lineNumbers writes the text box of the line numbers: one paragraph of
// exact pitch a numbered line, the number at the right, from the top of
// the first line's slot.
func (w *writer) lineNumbers(b *strings.Builder) {
	p := w.paper
	left := max(0, p.Numbers.Right-4*p.Numbers.Size)
	height := float64(p.Grid.Lines)*p.Grid.Pitch + p.Grid.Pitch/2
	b.WriteString(`<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`)
	fmt.Fprintf(b, `<v:shape id="PleadingLineNumbers" o:spid="_x0000_s2049" type="#_x0000_t202" style="%s;margin-left:%s;margin-top:%s;width:%s;height:%s;z-index:-251658240" o:allowincell="f" filled="f" stroked="f">`,
		pageAnchored, pt(left), pt(w.gridTop()), pt(p.Numbers.Right-left), pt(height))
	b.WriteString(`<v:textbox inset="0,0,0,0"><w:txbxContent>`)
	for k := 1; k <= p.Grid.Lines; k++ {
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="PleadingLineNumber"/><w:jc w:val="right"/></w:pPr><w:r><w:t>` + itoa(k) + `</w:t></w:r></w:p>`)
	}
	b.WriteString(`</w:txbxContent></v:textbox><w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></w:r>`)
}

// headerDistance puts the header's line, which holds the draft mark, where
// the PDF draws the mark: halfway down the top margin.
func (w *writer) headerDistance() float64 {
	size := w.paper.Text.Size
	baseline := w.paper.Grid.Top/2 + size/3
	return max(0, baseline-ascent*size)
}
