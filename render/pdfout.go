package render

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf16"

	"pleadgen/pdffile"
	"pleadgen/render/markup"
)

// pdfWriter numbers and writes a PDF's objects and records where each
// starts, for the cross-reference table.
type pdfWriter struct {
	b       bytes.Buffer
	offsets []int // by object number, from 1
}

// begin starts object n, which must be the next in number.
func (w *pdfWriter) begin(n int) {
	for len(w.offsets) < n {
		w.offsets = append(w.offsets, 0)
	}
	w.offsets[n-1] = w.b.Len()
	w.b.WriteString(strconv.Itoa(n))
	w.b.WriteString(" 0 obj\n")
}

// end closes the object begun last.
func (w *pdfWriter) end() { w.b.WriteString("\nendobj\n") }

// object writes a whole object whose body is s.
func (w *pdfWriter) object(n int, s string) {
	w.begin(n)
	w.b.WriteString(s)
	w.end()
}

// stream writes object n: a deflated stream with extra dictionary entries.
func (w *pdfWriter) stream(n int, data []byte, extra string) {
	w.begin(n)
	fmt.Fprintf(&w.b, "<</Length %d\n/Filter /FlateDecode%s>>\nstream\n", len(data), extra)
	w.b.Write(data)
	w.b.WriteString("\nendstream")
	w.end()
}

// finish writes the objects' offsets, in the order of their numbers, as
// the cross-reference table, then the trailer and the file's end.
func (w *pdfWriter) finish(root, info int) []byte {
	xref := w.b.Len()
	size := len(w.offsets) + 1
	fmt.Fprintf(&w.b, "xref\n0 %d\n0000000000 65535 f \n", size)
	for _, off := range w.offsets {
		fmt.Fprintf(&w.b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&w.b, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", size, root, info, xref)
	return w.b.Bytes()
}

// bytes assembles the document: the page tree, the shared resources, the
// pages, the fonts, the outline, the information and the catalog.
func (d *pdfDoc) bytes(m markup.Meta) ([]byte, error) {
	d.endPage()
	// The fonts are cut while the last pages are deflated.
	faces := make([]face, len(d.used))
	for i, style := range d.used {
		if d.err == nil {
			faces[i], d.err = subsetOf(style, d.codes[d.res[style]-1], d.z)
		}
	}
	var wide []wideFace
	if d.err == nil {
		wide, d.err = d.wide.cut(d.z)
	}
	if d.beside != nil {
		contents, err := d.beside.wait()
		if d.err == nil {
			d.err = err
		}
		for i := range contents {
			d.pages[i].content = contents[i]
		}
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.pages) == 0 {
		return nil, fmt.Errorf("a document without pages")
	}
	w := &pdfWriter{}
	size := 4096 + 300*len(d.pages) + 200*len(d.marks) // the objects around the streams
	for _, pg := range d.pages {
		size += len(pg.content)
	}
	for _, f := range faces {
		size += len(f.z) + 1200 // the program, its widths and descriptor
	}
	for _, f := range wide {
		size += len(f.z) + 2000 + 20*len(f.runes) // and the maps
	}
	w.b.Grow(size)
	w.b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	next := 3 + 2*len(d.pages) // after the tree, the resources and the pages
	fontAt := next
	next += 3 * len(d.used)
	wideAt := next
	next += wideObjects * len(wide)
	outlines := 0
	if len(d.marks) > 0 {
		outlines = next + len(d.marks)
		next = outlines + 1
	}
	info, catalog := next, next+1
	d.writeTree(w)
	d.writeResources(w, fontAt, wideAt)
	for i, pg := range d.pages {
		w.object(3+2*i, fmt.Sprintf("<</Type /Page\n/Parent 1 0 R\n%s/Resources 2 0 R\n/Contents %d 0 R>>", d.mediaBox(pg), 4+2*i))
		w.stream(4+2*i, pg.content, "")
	}
	for i, style := range d.used {
		if err := d.writeFont(w, fontAt+3*i, style, faces[i]); err != nil {
			return nil, err
		}
	}
	for i, style := range d.wide.used {
		if err := d.writeWideFont(w, wideAt+wideObjects*i, style, wide[i]); err != nil {
			return nil, err
		}
	}
	if outlines > 0 {
		d.writeOutline(w, outlines-len(d.marks), outlines)
	}
	w.object(info, infoDict(m))
	cat := "<<\n/Type /Catalog\n/Pages 1 0 R\n"
	if outlines > 0 {
		cat += fmt.Sprintf("/Outlines %d 0 R\n/PageMode /UseOutlines\n", outlines)
	}
	w.object(catalog, cat+">>")
	return w.finish(catalog, info), nil
}

// writeTree writes the page tree, object 1; the pages' size is the
// first page's, and a page of another size gives its own.
func (d *pdfDoc) writeTree(w *pdfWriter) {
	var kids bytes.Buffer
	for i := range d.pages {
		fmt.Fprintf(&kids, "%d 0 R ", 3+2*i)
	}
	first := d.pages[0]
	w.object(1, fmt.Sprintf("<</Type /Pages\n/Kids [%s]\n/Count %d\n/MediaBox [0 0 %s %s]\n>>", kids.String(), len(d.pages), num(first.w), num(first.h)))
}

// mediaBox is a page's own size, when it is not the first page's.
func (d *pdfDoc) mediaBox(pg pdfPage) string {
	if pg.w == d.pages[0].w && pg.h == d.pages[0].h {
		return ""
	}
	return fmt.Sprintf("/MediaBox [0 0 %s %s]\n", num(pg.w), num(pg.h))
}

// writeResources writes the resources every page shares, object 2.
func (d *pdfDoc) writeResources(w *pdfWriter, fontAt, wideAt int) {
	var fonts bytes.Buffer
	for i := range d.used {
		fmt.Fprintf(&fonts, "/F%d %d 0 R\n", i+1, fontAt+3*i)
	}
	for i := range d.wide.used {
		fmt.Fprintf(&fonts, "/U%d %d 0 R\n", i+1, wideAt+wideObjects*i)
	}
	w.object(2, "<<\n/ProcSet [/PDF /Text]\n/Font <<\n"+fonts.String()+">>\n>>")
}

// writeFont writes a style's font, its descriptor and its program, the
// subset of the characters drawn.
func (d *pdfDoc) writeFont(w *pdfWriter, n int, style string, f face) error {
	wf, err := winFaceOf(style)
	if err != nil {
		return err
	}
	w.object(n, fmt.Sprintf("<</Type /Font\n/BaseFont /%s\n/Subtype /TrueType\n/FirstChar 32 /LastChar 255\n/Widths [%s]\n/FontDescriptor %d 0 R\n/Encoding /WinAnsiEncoding\n>>", f.name, wf.widthsArray(), n+1))
	w.object(n+1, fontDescriptor(f.name, wf.Desc, n+2))
	w.stream(n+2, f.z, fmt.Sprintf("\n/Length1 %d\n", f.length1))
	return nil
}

// writeOutline writes the bookmarks, objects first to root-1, and their
// root, as a tree by level: each entry's parent is the last entry before
// it one level up.
func (d *pdfDoc) writeOutline(w *pdfWriter, first, root int) {
	type node struct{ parent, prev, next, first, last, count int }
	nodes := make([]node, len(d.marks))
	top := node{first: -1, last: -1}
	var stack []int
	for i, m := range d.marks {
		l := min(m.level, len(stack))
		prev := -1
		if l < len(stack) {
			prev = stack[l]
		}
		stack = append(stack[:l], i)
		nodes[i] = node{parent: -1, prev: prev, next: -1, first: -1, last: -1}
		parent := &top
		if l > 0 {
			nodes[i].parent = stack[l-1]
			parent = &nodes[stack[l-1]]
		}
		if prev >= 0 {
			nodes[prev].next = i
		} else {
			parent.first = i
		}
		parent.last = i
		for p := nodes[i].parent; p >= 0; p = nodes[p].parent {
			nodes[p].count++
		}
	}
	ref := func(i int) int { return first + i }
	for i, m := range d.marks {
		nd := nodes[i]
		var b bytes.Buffer
		b.WriteString("<</Title ")
		b.WriteString(pdfString(m.title))
		parent := root
		if nd.parent >= 0 {
			parent = ref(nd.parent)
		}
		fmt.Fprintf(&b, "\n/Parent %d 0 R", parent)
		if nd.prev >= 0 {
			fmt.Fprintf(&b, "\n/Prev %d 0 R", ref(nd.prev))
		}
		if nd.next >= 0 {
			fmt.Fprintf(&b, "\n/Next %d 0 R", ref(nd.next))
		}
		if nd.first >= 0 {
			fmt.Fprintf(&b, "\n/First %d 0 R\n/Last %d 0 R\n/Count %d", ref(nd.first), ref(nd.last), nd.count)
		}
		fmt.Fprintf(&b, "\n/Dest [%d 0 R /XYZ 0 %s null]>>", 3+2*m.page, num(m.y))
		w.object(ref(i), b.String())
	}
	w.object(root, fmt.Sprintf("<</Type /Outlines /First %d 0 R\n/Last %d 0 R\n/Count %d>>", ref(top.first), ref(top.last), len(d.marks)))
}

// infoDict is the document information: an entry a line, every value a
// string, the texts in UTF-16 and the dates fixed to the document's own
// date, so that the bytes do not depend on the clock.
func infoDict(m markup.Meta) string {
	var b bytes.Buffer
	b.WriteString("<<\n")
	entry := func(key, value string, text bool) {
		if value == "" {
			return
		}
		b.WriteString("/" + key + " ")
		if text {
			b.WriteString(utf16String(value))
		} else {
			b.WriteString("(" + escaped(value) + ")")
		}
		b.WriteByte('\n')
	}
	entry("Producer", "pleadgen", true)
	entry("Title", m.Title, true)
	if m.Case != "" {
		entry("Subject", "Case No. "+m.Case, true)
	}
	entry("Author", m.Author, true)
	if m.Digest != "" {
		entry("Keywords", pdffile.Keywords(m.Digest), false)
	}
	entry("Creator", "pleadgen", true)
	date := m.Dated().Format("D:20060102150405")
	entry("CreationDate", date, false)
	entry("ModDate", date, false)
	b.WriteString(">>")
	return b.String()
}

// pdfString writes a text string: as it is when it is printable ASCII,
// in UTF-16 otherwise.
func pdfString(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return utf16String(s)
		}
	}
	return "(" + escaped(s) + ")"
}

// utf16String writes a text string in UTF-16 with its byte-order mark.
func utf16String(s string) string {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(u))
	b[0], b[1] = 0xfe, 0xff
	for _, c := range u {
		b = append(b, byte(c>>8), byte(c))
	}
	return "(" + escaped(string(b)) + ")"
}

// escaped returns s as the inside of a literal string.
func escaped(s string) string {
	var b bytes.Buffer
	writeEscaped(&b, s)
	return b.String()
}
