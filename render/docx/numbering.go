package docx

import (
	"strings"

	"pleadgen/render/markup"
)

// listDef is the numbering of one list: its marker pattern, its first
// number, and where its markers and text stand (points from the margin).
type listDef struct {
	style          string
	start          int
	markerX, textX float64
	flush          bool
}

// maxListIndent is the deepest nesting that moves a list further right,
// as the PDF sets lists.
const maxListIndent = 5

// list writes a list as Word numbering: each item's first paragraph
// numbered, its marker a step in from the list's edge (at the edge when
// flush) and its text a step further; the item's other paragraphs under
// its text; nested lists a step further right.
func (w *writer) list(l *markup.List, depth int) {
	step := w.paper.Text.Step
	markerX := float64(min(depth, maxListIndent)+1) * step
	if l.Flush {
		markerX -= step
	}
	textX := markerX + step
	for i := range l.Items {
		marker := markup.Marker(l.Style, l.Start+i)
		if mw := w.m.Width(marker+" ", 0, w.paper.Text.Size); markerX+mw > textX {
			textX = markerX + mw
		}
	}
	w.lists = append(w.lists, listDef{style: l.Style, start: max(l.Start, 0), markerX: markerX, textX: textX, flush: l.Flush})
	numID := len(w.lists)
	for _, it := range l.Items {
		for k, b := range it.Blocks {
			rest := textX
			if l.Flush {
				rest = markerX
			}
			para, ok := b.(*markup.Paragraph)
			if !ok {
				if k == 0 {
					// An item that opens with a nested list: Word numbers
					// paragraphs, so its marker takes a line of its own.
					p := w.add(newPara("ListParagraph"))
					p.props.numID, p.props.keepNext = numID, true
					p.indent(markerX, rest)
				}
				w.block(b, -1, depth+1)
				continue
			}
			p := newPara("ListParagraph")
			if k == 0 {
				p.props.numID = numID
				p.indent(markerX, rest)
			} else {
				p.indent(textX, rest)
			}
			p.props.tabs = []int{twips(textX)}
			p.props.keepNext = para.Keep
			w.runs(&p.runs, para.Runs, runStyle{})
			w.add(p)
		}
	}
}

// numberFormat returns Word's number format and level text of a marker
// pattern: "(a)" is lowerLetter "(%1)", "•" a bullet.
func numberFormat(style string) (format, text string) {
	kinds := []struct{ key, format string }{
		{"1", "decimal"}, {"a", "lowerLetter"}, {"A", "upperLetter"}, {"i", "lowerRoman"}, {"I", "upperRoman"},
	}
	for _, k := range kinds {
		if before, after, ok := strings.Cut(style, k.key); ok {
			return k.format, before + "%1" + after
		}
	}
	return "bullet", style
}

// numberingXML writes word/numbering.xml: an abstract numbering and a
// numbering instance for each list, in order.
func (w *writer) numberingXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:numbering` + wordNamespaces + `>`)
	for i, l := range w.lists {
		format, text := numberFormat(l.style)
		b.WriteString(`<w:abstractNum w:abstractNumId="` + itoa(i) + `"><w:multiLevelType w:val="singleLevel"/>`)
		b.WriteString(`<w:lvl w:ilvl="0"><w:start w:val="` + itoa(l.start) + `"/><w:numFmt w:val="` + format + `"/>`)
		b.WriteString(`<w:suff w:val="tab"/><w:lvlText`)
		attr(&b, "w:val", text)
		b.WriteString(`/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="` + itoa(twips(l.textX)) + `"/></w:tabs>`)
		rest := l.textX
		if l.flush {
			rest = l.markerX
		}
		if d := twips(rest) - twips(l.markerX); d > 0 {
			b.WriteString(`<w:ind w:left="` + itoa(twips(rest)) + `" w:hanging="` + itoa(d) + `"/>`)
		} else {
			b.WriteString(`<w:ind w:left="` + itoa(twips(rest)) + `" w:firstLine="0"/>`)
		}
		b.WriteString(`</w:pPr><w:rPr><w:b w:val="0"/><w:i w:val="0"/><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>`)
	}
	for i := range w.lists {
		b.WriteString(`<w:num w:numId="` + itoa(i+1) + `"><w:abstractNumId w:val="` + itoa(i) + `"/></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}
