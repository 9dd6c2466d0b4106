package render

import (
	"bytes"
	"math"
	"slices"
	"strconv"
	"strings"

	"pleadgen/pdffile"
)

// pdfDoc writes a PDF of Windows-1252 TrueType text and rules straight
// from the laid-out pages, in the shape pdffile reads back: one object a
// stream or dictionary, "N 0 obj" to "endobj", one cross-reference table,
// the document information a dictionary of strings. Content streams are
// deflated as each page ends, with one compressor for the document.
type pdfDoc struct {
	z     *pdffile.Deflater
	pages []pdfPage
	marks []pdfMark
	used  []string       // the styles drawn, in the order first drawn
	codes []*[256]bool   // the codes each of used draws, by resource number - 1
	res   map[string]int // each style's resource number, from 1
	wide  wideFonts      // the styles drawn in the whole faces
	page  bytes.Buffer   // the content of the page being drawn
	st    pdfState
	err   error
	// streams, when not nil, are the pages of the document's last good
	// render, whose deflated content a page with the same content takes.
	streams *pageStreams
	// beside, when not nil, deflates the pages on a goroutine of its own.
	beside *pageDeflater
}

// pdfPage is a finished page.
type pdfPage struct {
	w, h    float64
	content []byte // deflated
	ended   bool   // its content is deflated, or given to be
}

// pdfMark is a bookmark: its title and level, and where it leads.
type pdfMark struct {
	title string
	level int
	page  int
	y     float64 // from the page's bottom, as the PDF counts
}

// pdfState is the graphics state a page has set, so that an operator is
// written only when its value changes; the zero value is a page's start,
// where nothing is set.
type pdfState struct {
	font         fontRef
	size         float64
	ws           float64
	ink, pen     uint32
	inkSet, penS bool
	lw           float64
	h            float64 // the page's height
}

func newPDFDoc(z *pdffile.Deflater) *pdfDoc {
	return &pdfDoc{z: z, res: map[string]int{}}
}

// startPage begins a page of w by h points.
func (d *pdfDoc) startPage(w, h float64) {
	d.endPage()
	d.pages = append(d.pages, pdfPage{w: w, h: h})
	d.page.Reset()
	d.st = pdfState{h: h}
}

// endPage deflates the content of the page being drawn.
func (d *pdfDoc) endPage() {
	if len(d.pages) == 0 || d.pages[len(d.pages)-1].ended || d.err != nil {
		return
	}
	d.pages[len(d.pages)-1].ended = true
	if d.beside != nil {
		d.beside.add(d.page.Bytes())
		return
	}
	var z []byte
	var err error
	if d.streams != nil {
		z, err = d.streams.deflated(d.page.Bytes(), d.z.Flate)
	} else {
		z, err = d.z.Flate(d.page.Bytes())
	}
	if err != nil {
		d.err = err
		return
	}
	d.pages[len(d.pages)-1].content = z
}

// bookmark adds an outline entry leading to y (from the top) on the page
// being drawn.
func (d *pdfDoc) bookmark(title string, level int, y float64) {
	d.marks = append(d.marks, pdfMark{title: title, level: level, page: len(d.pages) - 1, y: d.st.h - y})
}

// line draws a rule from (x1, y1) to (x2, y2), y from the top.
func (d *pdfDoc) line(x1, y1, x2, y2, width float64, color uint32) {
	b := &d.page
	if !d.st.penS || color != d.st.pen {
		writeColor(b, color, " G\n", " RG\n")
		d.st.pen, d.st.penS = color, true
	}
	if width != d.st.lw {
		putNum(b, width)
		b.WriteString(" w\n")
		d.st.lw = width
	}
	putNum(b, x1)
	b.WriteByte(' ')
	putNum(b, d.st.h-y1)
	b.WriteString(" m ")
	putNum(b, x2)
	b.WriteByte(' ')
	putNum(b, d.st.h-y2)
	b.WriteString(" l S\n")
}

// text draws Windows-1252 text in a style and size at (x, y), y the
// baseline from the top, its spaces widened by ws.
func (d *pdfDoc) text(enc, style string, size, x, y, ws float64, color uint32) {
	b := &d.page
	d.setInk(color)
	if ws != d.st.ws {
		b.Write(strconv.AppendFloat(b.AvailableBuffer(), ws, 'f', 5, 64))
		b.WriteString(" Tw\n")
		d.st.ws = ws
	}
	f := d.resource(style)
	for i := 0; i < len(enc); i++ {
		d.codes[f-1][enc[i]] = true
	}
	d.setFont(fontRef{n: f}, size)
	d.moveTo(x, y)
	b.WriteString(" Td (")
	writeEscaped(b, enc)
	b.WriteString(") Tj ET\n")
}

// fontRef names a font resource: /F1, /F2 … for the Windows-1252 faces,
// /U1, /U2 … for the whole ones; the zero value is none.
type fontRef struct {
	n    int
	wide bool
}

// setInk sets the colour text is filled with.
func (d *pdfDoc) setInk(color uint32) {
	if !d.st.inkSet || color != d.st.ink {
		writeColor(&d.page, color, " g\n", " rg\n")
		d.st.ink, d.st.inkSet = color, true
	}
}

// setFont selects a font and size, when they change.
func (d *pdfDoc) setFont(f fontRef, size float64) {
	if f == d.st.font && size == d.st.size {
		return
	}
	b := &d.page
	b.WriteString("BT /")
	if f.wide {
		b.WriteByte('U')
	} else {
		b.WriteByte('F')
	}
	b.WriteString(strconv.Itoa(f.n))
	b.WriteByte(' ')
	putNum(b, size)
	b.WriteString(" Tf ET\n")
	d.st.font, d.st.size = f, size
}

// moveTo begins a text object at (x, y), y the baseline from the top.
func (d *pdfDoc) moveTo(x, y float64) {
	b := &d.page
	b.WriteString("BT ")
	putNum(b, x)
	b.WriteByte(' ')
	putNum(b, d.st.h-y)
}

// resource returns a style's font resource number, adding the style.
func (d *pdfDoc) resource(style string) int {
	if n, ok := d.res[style]; ok {
		return n
	}
	d.used = append(d.used, style)
	d.codes = append(d.codes, new([256]bool))
	d.res[style] = len(d.used)
	return len(d.used)
}

// num writes v with the two decimals the PDF keeps of a position.
func num(v float64) []byte { return strconv.AppendFloat(nil, v, 'f', 2, 64) }

// putNum writes v to b as num does, without a copy.
func putNum(b *bytes.Buffer, v float64) {
	b.Write(appendNum(b.AvailableBuffer(), v))
}

// appendNum appends v with two decimals as strconv.AppendFloat does,
// faster for the positions a page is made of: in whole hundredths, unless
// v lies so near halfway between two that strconv's exact rounding must
// decide, or is out of their range.
func appendNum(dst []byte, v float64) []byte {
	s := v * 100
	if !(s >= 0 && s < 1e15) || math.Signbit(v) {
		return strconv.AppendFloat(dst, v, 'f', 2, 64)
	}
	whole := math.Floor(s)
	frac := s - whole
	if frac > 0.499 && frac < 0.501 {
		return strconv.AppendFloat(dst, v, 'f', 2, 64)
	}
	n := uint64(whole)
	if frac > 0.5 {
		n++
	}
	dst = strconv.AppendUint(dst, n/100, 10)
	return append(dst, '.', byte('0'+n/10%10), byte('0'+n%10))
}

// writeColor writes a colour 0xRRGGBB as a grey level or as RGB.
func writeColor(b *bytes.Buffer, c uint32, gray, rgb string) {
	r, g, bl := float64(c>>16&0xff)/255, float64(c>>8&0xff)/255, float64(c&0xff)/255
	if r == g && g == bl {
		b.Write(strconv.AppendFloat(b.AvailableBuffer(), r, 'f', 3, 64))
		b.WriteString(gray)
		return
	}
	for i, v := range []float64{r, g, bl} {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.Write(strconv.AppendFloat(b.AvailableBuffer(), v, 'f', 3, 64))
	}
	b.WriteString(rgb)
}

// writeEscaped writes s as the inside of a PDF literal string: the runs
// between the bytes that need escaping as they are.
func writeEscaped(b *bytes.Buffer, s string) {
	for {
		i := strings.IndexAny(s, "\\()\r")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		if s[i] == '\r' {
			b.WriteString(`\r`)
		} else {
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
		s = s[i+1:]
	}
}

// fonts returns the fonts the document has embedded, named by family and
// style ("LiberationSerifB") rather than by the PDF's font names, a whole
// face's with " Unicode" after, in the order of those names.
func (d *pdfDoc) fonts() []FontFacts {
	out := make([]FontFacts, 0, len(d.used)+len(d.wide.used))
	for _, s := range d.used {
		out = append(out, FontFacts{Name: family + s, Embedded: true})
	}
	for _, s := range d.wide.used {
		out = append(out, FontFacts{Name: wideFontName(s), Embedded: true})
	}
	slices.SortFunc(out, func(a, b FontFacts) int { return strings.Compare(a.Name, b.Name) })
	return out
}
