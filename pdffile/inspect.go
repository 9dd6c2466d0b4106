package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"sync"
)

// Inspect reads the facts back from a whole PDF that pleadgen wrote. It
// understands what pleadgen writes — one cross-reference table, deflated or
// plain streams, simple and Unicode (Type0) TrueType fonts — and is not a
// reader for PDFs in general.
func Inspect(pdf []byte) (*Facts, error) {
	f, err := Parse(pdf)
	if err != nil {
		return nil, err
	}
	r := &pdfReader{File: f, fonts: map[int]*font{}}
	facts := &Facts{}
	for _, n := range r.pageList() {
		pg, err := r.page(n)
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", len(facts.Pages)+1, err)
		}
		facts.Pages = append(facts.Pages, pg)
	}
	if len(facts.Pages) == 0 {
		return nil, errors.New("the PDF has no pages")
	}
	facts.Fonts = r.fontList()
	return facts, nil
}

// pdfReader reads a File's pages, keeping the fonts met so far.
type pdfReader struct {
	*File
	fonts map[int]*font
}

// font is what the pages need to know of a font.
type font struct {
	name     string
	unicode  bool // two-byte codes, each a character's UTF-16 value
	embedded bool
}

// maxDepth bounds the walks up and down the page tree.
const maxDepth = 32

// pageList returns the page objects' numbers in page order, following the
// page tree from the catalog and visiting each node once.
func (r *pdfReader) pageList() []int {
	var pages []int
	seen := map[int]bool{}
	var walk func(n, depth int)
	walk = func(n, depth int) {
		d := r.dict(n)
		if depth > maxDepth || d == nil || seen[n] {
			return
		}
		seen[n] = true
		kids := refs(value(d, "/Kids"))
		if len(kids) == 0 && bytes.Contains(d, []byte("/Type /Page")) && !bytes.Contains(d, []byte("/Type /Pages")) {
			pages = append(pages, n)
		}
		for _, k := range kids {
			walk(k, depth+1)
		}
	}
	walk(firstRef(value(r.dict(r.root), "/Pages")), 0)
	return pages
}

// page reads one page: its size, its fonts and the texts of its content.
func (r *pdfReader) page(n int) (PageFacts, error) {
	d := r.dict(n)
	box := numbers(r.inherited(n, "/MediaBox"))
	if len(box) != 4 {
		return PageFacts{}, errors.New("no page size")
	}
	pg := PageFacts{Width: box[2] - box[0], Height: box[3] - box[1]}
	res := value(d, "/Resources")
	if ref := firstRef(res); ref > 0 {
		res = r.dict(ref)
	}
	fonts := map[string]*font{}
	for _, m := range fontEntry().FindAllSubmatch(value(res, "/Font"), -1) {
		num, _ := strconv.Atoi(string(m[2]))
		fonts[string(m[1])] = r.font(num)
	}
	for _, c := range refs(value(d, "/Contents")) {
		data, err := r.Stream(c)
		if err != nil {
			return PageFacts{}, err
		}
		if err := readContent(data, fonts, &pg, box[3]); err != nil {
			return PageFacts{}, fmt.Errorf("object %d: %w", c, err)
		}
	}
	return pg, nil
}

// fontEntry matches one "/Name N 0 R" entry of a font resource dictionary.
var fontEntry = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`/([^\s/<>\[\]()]+)\s+(\d+)\s+\d+\s+R`) })

// inherited returns a page's entry, or the nearest ancestor's.
func (r *pdfReader) inherited(n int, key string) []byte {
	for depth := 0; depth < maxDepth && n > 0; depth++ {
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
