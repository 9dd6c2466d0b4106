package render

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Facts are what a PDF made by this package shows, read back from its
// bytes: each page's texts with their places and sizes, and the fonts.
type Facts struct {
	Pages []PageFacts
	Fonts []FontFacts // every font the pages use, by name

	// What the layout decided, known to the Renderer that made the PDF
	// and not read back from it (Inspect leaves them zero).
	MovedCounsel  int  // "more" counsel blocks moved off the first page
	FooterWrapped bool // a footer title wrapped to a second line
}

// PageFacts are one page's size and texts, in the order they are drawn.
type PageFacts struct {
	Width, Height float64
	Texts         []TextFacts
}

// TextFacts are one string drawn on a page. X and Y are the start of its
// baseline in points from the page's top-left corner, as the layout
// measures them; Size is the font size in points.
type TextFacts struct {
	S    string
	X, Y float64
	Size float64
	Font string // the font's name
}

// FontFacts say whether a font's program travels inside the PDF.
type FontFacts struct {
	Name     string
	Embedded bool
}

// Inspect reads the facts back from a PDF that this package wrote. It
// understands what fpdf writes — one cross-reference table, deflated or
// plain streams, simple and Unicode (Type0) TrueType fonts — and is not a
// reader for PDFs in general.
func Inspect(pdf []byte) (*Facts, error) {
	r, err := newReader(pdf)
	if err != nil {
		return nil, err
	}
	facts := &Facts{}
	for _, n := range r.pageList() {
		pg, err := r.page(n)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", len(facts.Pages)+1, err)
		}
		facts.Pages = append(facts.Pages, pg)
	}
	if len(facts.Pages) == 0 {
		return nil, fmt.Errorf("the PDF has no pages")
	}
	facts.Fonts = r.fontList()
	return facts, nil
}

// Text returns the page's texts in reading order: a line per baseline, top
// to bottom, and the texts of a line left to right, joined by spaces.
func (p PageFacts) Text() string {
	ts := append([]TextFacts(nil), p.Texts...)
	sort.SliceStable(ts, func(i, j int) bool {
		if yi, yj := round2(ts[i].Y), round2(ts[j].Y); yi != yj {
			return yi < yj
		}
		return ts[i].X < ts[j].X
	})
	var b strings.Builder
	for i, t := range ts {
		switch {
		case i == 0:
		case round2(t.Y) != round2(ts[i-1].Y):
			b.WriteByte('\n')
		default:
			b.WriteByte(' ')
		}
		b.WriteString(t.S)
	}
	return b.String()
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// pdfReader holds a PDF's objects by number, and the fonts met so far.
type pdfReader struct {
	objs    map[int][]byte
	trailer []byte
	fonts   map[int]*font
	zr      io.ReadCloser // the inflater, reused from stream to stream
}

// font is what the pages need to know of a font.
type font struct {
	name     string
	unicode  bool // two-byte codes, written as UTF-16 by fpdf
	embedded bool
}

func newReader(pdf []byte) (*pdfReader, error) {
	objs, _, trailer, err := splitObjects(pdf)
	if err != nil {
		return nil, err
	}
	r := &pdfReader{objs: map[int][]byte{}, trailer: trailer, fonts: map[int]*font{}}
	for _, o := range objs {
		body := o.body
		if i := bytes.Index(body, []byte("obj")); i >= 0 {
			body = body[i+3:]
		}
		r.objs[o.num] = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(body), []byte("endobj")))
	}
	return r, nil
}

// dict returns an object's dictionary: its bytes up to any stream.
func (r *pdfReader) dict(n int) []byte {
	b := r.objs[n]
	if i := bytes.Index(b, []byte("stream")); i >= 0 {
		return b[:i]
	}
	return b
}

// pageList returns the page objects' numbers in page order, following the
// page tree from the catalog.
func (r *pdfReader) pageList() []int {
	root := firstRef(value(r.trailer, "/Root"))
	var pages []int
	var walk func(n, depth int)
	walk = func(n, depth int) {
		d := r.dict(n)
		if depth > 32 || d == nil {
			return
		}
		kids := refs(value(d, "/Kids"))
		if len(kids) == 0 && bytes.Contains(d, []byte("/Type /Page")) && !bytes.Contains(d, []byte("/Type /Pages")) {
			pages = append(pages, n)
		}
		for _, k := range kids {
			walk(k, depth+1)
		}
	}
	walk(firstRef(value(r.dict(root), "/Pages")), 0)
	return pages
}

// page reads one page: its size, its fonts and the texts of its content.
func (r *pdfReader) page(n int) (PageFacts, error) {
	d := r.dict(n)
	box := numbers(r.inherited(n, "/MediaBox"))
	if len(box) != 4 {
		return PageFacts{}, fmt.Errorf("no page size")
	}
	pg := PageFacts{Width: box[2] - box[0], Height: box[3] - box[1]}
	res := value(d, "/Resources")
	if ref := firstRef(res); ref > 0 {
		res = r.dict(ref)
	}
	fonts := map[string]*font{}
	for _, m := range fontEntry.FindAllSubmatch(value(res, "/Font"), -1) {
		num, _ := strconv.Atoi(string(m[2]))
		fonts[string(m[1])] = r.font(num)
	}
	for _, c := range refs(value(d, "/Contents")) {
		data, err := r.stream(c)
		if err != nil {
			return PageFacts{}, err
		}
		if err := readContent(data, fonts, &pg, box[3]); err != nil {
			return PageFacts{}, err
		}
	}
	return pg, nil
}

// fontEntry matches one "/Name N 0 R" entry of a font resource dictionary.
var fontEntry = regexp.MustCompile(`/([^\s/<>\[\]()]+)\s+(\d+)\s+\d+\s+R`)

// inherited returns a page's entry, or the nearest ancestor's.
func (r *pdfReader) inherited(n int, key string) []byte {
	for depth := 0; depth < 32 && n > 0; depth++ {
		d := r.dict(n)
		if v := value(d, key); v != nil {
			return v
		}
		n = firstRef(value(d, "/Parent"))
	}
	return nil
}

// font reads the font dictionary of object n once.
func (r *pdfReader) font(n int) *font {
	if f, ok := r.fonts[n]; ok {
		return f
	}
	d := r.dict(n)
	f := &font{name: string(name(value(d, "/BaseFont")))}
	desc := d
	if bytes.Contains(d, []byte("/Subtype /Type0")) {
		f.unicode = true
		desc = r.dict(firstRef(value(d, "/DescendantFonts")))
	}
	fd := r.dict(firstRef(value(desc, "/FontDescriptor")))
	for _, key := range []string{"/FontFile", "/FontFile2", "/FontFile3"} {
		f.embedded = f.embedded || firstRef(value(fd, key)) > 0
	}
	// A Type 3 font draws its glyphs with the PDF's own operators.
	f.embedded = f.embedded || bytes.Contains(d, []byte("/Subtype /Type3"))
	r.fonts[n] = f
	return f
}

// fontList returns the fonts the pages use, sorted by name.
func (r *pdfReader) fontList() []FontFacts {
	var out []FontFacts
	for _, f := range r.fonts {
		out = append(out, FontFacts{Name: f.name, Embedded: f.embedded})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
