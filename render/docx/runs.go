package docx

import (
	"strings"

	"pleadgen/render/markup"
)

// runStyle is what a block adds to the styles of its runs.
type runStyle struct {
	add    markup.Style // styles every run gets: a table header's bold
	unbold bool         // the runs are not bold unless they say so: a plain heading in a bold style
}

// runs writes styled text as Word runs: a tab as w:tab, a line break as
// w:br, a no-break hyphen as w:noBreakHyphen, a footnote reference as
// Word's own footnote reference (or, referred to again, a NOTEREF field
// that repeats its number).
func (w *writer) runs(b *strings.Builder, runs []markup.Run, rs runStyle) {
	for _, r := range runs {
		if r.Note > 0 {
			w.noteReference(b, r.Note)
			continue
		}
		if r.Text == "" {
			continue
		}
		b.WriteString("<w:r>")
		runProps(b, r.Style|rs.add, rs.unbold)
		runText(b, r.Text)
		b.WriteString("</w:r>")
	}
}

// runProps writes a run's properties, in the schema's order.
func runProps(b *strings.Builder, st markup.Style, unbold bool) {
	if st == 0 && !unbold {
		return
	}
	b.WriteString("<w:rPr>")
	switch {
	case st.Has(markup.Bold):
		b.WriteString("<w:b/><w:bCs/>")
	case unbold:
		b.WriteString(`<w:b w:val="0"/><w:bCs w:val="0"/>`)
	}
	if st.Has(markup.Italic) {
		b.WriteString("<w:i/><w:iCs/>")
	}
	if st.Has(markup.Underline) {
		b.WriteString(`<w:u w:val="single"/>`)
	}
	if st.Has(markup.Super) {
		b.WriteString(`<w:vertAlign w:val="superscript"/>`)
	}
	b.WriteString("</w:rPr>")
}

// runText writes a run's text, its tabs, line breaks and no-break hyphens
// as the elements Word has for them.
func runText(b *strings.Builder, s string) {
	start := 0
	text := func(end int) {
		if end > start {
			b.WriteString(`<w:t xml:space="preserve">`)
			escape(b, s[start:end])
			b.WriteString("</w:t>")
		}
	}
	for i, r := range s {
		var el string
		switch r {
		case '\t':
			el = "<w:tab/>"
		case '\n':
			el = "<w:br/>"
		case '\u2011':
			el = "<w:noBreakHyphen/>"
		default:
			continue
		}
		text(i)
		b.WriteString(el)
		start = i + len(string(r))
	}
	text(len(s))
}

// noteReference writes a reference to footnote n: the first is Word's
// footnote reference, in a bookmark when the note is referred to again;
// a later one is a NOTEREF field to that bookmark, which Word formats as
// a footnote reference and updates with the note's number.
func (w *writer) noteReference(b *strings.Builder, n int) {
	mark := "_NoteRef" + itoa(n)
	if !w.referred[n] {
		w.referred[n] = true
		repeated := w.references[n] > 1
		if repeated {
			b.WriteString(`<w:bookmarkStart w:id="` + itoa(n) + `" w:name="` + mark + `"/>`)
		}
		b.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="` + itoa(n) + `"/></w:r>`)
		if repeated {
			b.WriteString(`<w:bookmarkEnd w:id="` + itoa(n) + `"/>`)
		}
		return
	}
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>`)
	b.WriteString(`<w:r><w:instrText xml:space="preserve"> NOTEREF ` + mark + ` \f \h </w:instrText></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`)
	b.WriteString(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>` + itoa(n) + `</w:t></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
}

// countReferences counts the references to each footnote in blocks.
func countReferences(blocks []markup.Block, counts map[int]int) {
	add := func(runs []markup.Run) {
		for _, r := range runs {
			if r.Note > 0 {
				counts[r.Note]++
			}
		}
	}
	for _, b := range blocks {
		switch b := b.(type) {
		case *markup.Paragraph:
			add(b.Runs)
		case *markup.Heading:
			add(b.Runs)
		case *markup.Quote:
			for _, p := range b.Paras {
				add(p)
			}
		case *markup.List:
			for _, it := range b.Items {
				countReferences(it.Blocks, counts)
			}
		case *markup.Table:
			for _, c := range b.Header {
				add(c)
			}
			for _, row := range b.Rows {
				for _, c := range row {
					add(c)
				}
			}
		}
	}
}

// hasTab reports whether runs hold a tab.
func hasTab(runs []markup.Run) bool {
	for _, r := range runs {
		if strings.ContainsRune(r.Text, '\t') {
			return true
		}
	}
	return false
}
