package docx

import (
	"math"
	"sort"

	"pleadgen/court"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// survey is what the PDF's layout of the document says that the markup
// alone does not: where each block's lines stand on the grid, which
// counsel blocks the first page left off, how tall each table row is and
// what the footers say. The Word document takes its vertical spacing from
// it, so that its lines fall on the same numbered lines as the PDF's.
type survey struct {
	paper *court.Paper
	pages []layout.Page
	spans []span // by top-level block
	moved int    // "more" counsel blocks left off the first page
	// tables are the geometry of each table, laid out on its own.
	tables map[*markup.Table]*tableShape
	meta   markup.Meta
	notes  []markup.Note
	m      layout.Measurer
}

// span is where a top-level block's lines of text stand: the half-slot of
// its first and last (half-slot 0 is the first numbered line's baseline,
// odd ones lie halfway between two numbers), on which pages, and how many
// lines it has.
type span struct {
	ok                   bool
	firstPage, firstHalf int
	lastPage, lastHalf   int
	lines                int
	// colLast is, for a caption, the last half-slot of each column's text
	// (−1 for none).
	colLast [2]int
}

// surveyOf lays doc out on paper with m and reads the layout back.
func surveyOf(doc *markup.Doc, paper *court.Paper, m layout.Measurer) (*survey, error) {
	d, err := layout.LayoutWith(doc, paper, m)
	if err != nil {
		return nil, err
	}
	s := &survey{paper: paper, pages: d.Pages, spans: make([]span, len(doc.Blocks)), moved: d.MovedCounsel,
		tables: map[*markup.Table]*tableShape{}, meta: doc.Meta, notes: doc.Notes, m: m}
	s.readSpans(doc.Blocks)
	return s, nil
}

// readSpans finds where each top-level block's lines of body text stand;
// a caption's columns are told apart by where their text starts.
func (s *survey) readSpans(blocks []markup.Block) {
	captionMid := s.paper.Text.Left + s.paper.Caption.LeftWidth
	seen := map[[3]int]bool{} // block, page, half-slot
	for p, pg := range s.pages {
		for _, t := range pg.Texts {
			i := t.Block - 1
			if t.Role != layout.Body || t.Repeat || i < 0 || i >= len(s.spans) || t.Style.Has(markup.Super) {
				continue
			}
			h, sp := s.half(t.Y), &s.spans[i]
			if !sp.ok {
				*sp = span{ok: true, firstPage: p, firstHalf: h, lastPage: p, lastHalf: h, colLast: [2]int{-1, -1}}
			}
			if p == sp.firstPage && h < sp.firstHalf {
				sp.firstHalf = h
			}
			if p > sp.lastPage || p == sp.lastPage && h > sp.lastHalf {
				sp.lastPage, sp.lastHalf = p, h
			}
			if key := [3]int{i, p, h}; !seen[key] {
				seen[key] = true
				sp.lines++
			}
			if _, ok := blocks[i].(*markup.Caption); ok {
				col := 0
				if t.X >= captionMid {
					col = 1
				}
				sp.colLast[col] = max(sp.colLast[col], h)
			}
		}
	}
}

// half returns the half-slot whose baseline is y.
func (s *survey) half(y float64) int {
	return int(math.Round((y - s.paper.Baseline(0)) / (s.paper.Grid.Pitch / 2)))
}

// tableShape is a table's geometry as the layout sets it: its columns'
// widths, the slots each row fills (the header first, when it has one),
// and the half-slots between a row's top and its first and last lines.
type tableShape struct {
	widths []float64
	slots  []int
	lead   int // half-slots from the first row's top to its first line of text
	tail   int // half-slots from the last line of text to the last row's bottom
}

// table returns the shape of t, laying it out on its own with rules, which
// mark its columns and rows.
func (s *survey) table(t *markup.Table) (*tableShape, error) {
	if sh, ok := s.tables[t]; ok {
		return sh, nil
	}
	probe := *t
	probe.Borderless, probe.Keep = false, nil
	d, err := layout.LayoutWith(&markup.Doc{Meta: s.meta, Blocks: []markup.Block{&probe}, Notes: s.notes}, s.paper, s.m)
	if err != nil {
		return nil, err
	}
	sh := &tableShape{}
	type rowBox struct{ top, bottom float64 }
	var rows []rowBox
	var xs []float64
	for p, pg := range d.Pages {
		ys := s.tableRules(pg, &xs, p == 0)
		for k := 0; k+1 < len(ys); k++ {
			if p > 0 && k == 0 && t.Header != nil {
				continue // the header repeated on this page
			}
			rows = append(rows, rowBox{ys[k], ys[k+1]})
			sh.slots = append(sh.slots, int(math.Round((ys[k+1]-ys[k])/s.paper.Grid.Pitch)))
		}
		if p == 0 && len(rows) > 0 {
			sh.lead = s.textHalf(pg, rows[0].top, rows[0].bottom, false) - s.half(rows[0].top+s.paper.Grid.Baseline)
		}
		if p == len(d.Pages)-1 && len(rows) > 0 {
			last := rows[len(rows)-1]
			sh.tail = s.half(last.bottom+s.paper.Grid.Baseline) - s.textHalf(pg, last.top, last.bottom, true)
		}
	}
	sort.Float64s(xs)
	for k := 0; k+1 < len(xs); k++ {
		sh.widths = append(sh.widths, xs[k+1]-xs[k])
	}
	s.tables[t] = sh
	return sh, nil
}

// tableRules returns the y of a page's table rules that run across the
// measure, in order, and adds the x of the rules between columns on the
// first page to xs.
func (s *survey) tableRules(pg layout.Page, xs *[]float64, first bool) []float64 {
	const eps = 0.01
	left, right := s.paper.Text.Left, s.paper.Text.Right
	var ys []float64
	for _, r := range pg.Rules {
		switch {
		case r.Y1 == r.Y2 && math.Abs(r.X1-left) < eps && math.Abs(r.X2-right) < eps && r.Y1 < s.paper.Footer.Rule-eps:
			ys = appendNew(ys, r.Y1)
		case first && r.X1 == r.X2 && r.Y2-r.Y1 < s.paper.Page.Height-eps && r.X1 > left-eps && r.X1 < right+eps:
			*xs = appendNew(*xs, r.X1)
		}
	}
	sort.Float64s(ys)
	return ys
}

// textHalf returns the half-slot of the first (or last) line of body text
// between top and bottom.
func (s *survey) textHalf(pg layout.Page, top, bottom float64, last bool) int {
	h, found := 0, false
	for _, t := range pg.Texts {
		if t.Role != layout.Body || t.Style.Has(markup.Super) || t.Y < top || t.Y > bottom {
			continue
		}
		th := s.half(t.Y)
		if !found || last && th > h || !last && th < h {
			h, found = th, true
		}
	}
	return h
}

// appendNew appends v unless vs holds it already.
func appendNew(vs []float64, v float64) []float64 {
	for _, w := range vs {
		if math.Abs(w-v) < 0.01 {
			return vs
		}
	}
	return append(vs, v)
}

// footerLine is one line of a footer as the layout sets it: its baseline
// and its texts at the left, centre and right of the measure. The centre
// holds the page number.
type footerLine struct {
	y                   float64
	left, center, right string
}

// footerOn returns the footer lines of page p, top to bottom.
func (s *survey) footerOn(p int) []footerLine {
	if p < 0 || p >= len(s.pages) {
		return nil
	}
	mid := (s.paper.Text.Left + s.paper.Text.Right) / 2
	var lines []footerLine
	for _, t := range s.pages[p].Texts {
		if t.Role != layout.Footer {
			continue
		}
		k := -1
		for i := range lines {
			if math.Abs(lines[i].y-t.Y) < 0.01 {
				k = i
			}
		}
		if k < 0 {
			lines = append(lines, footerLine{y: t.Y})
			k = len(lines) - 1
		}
		switch {
		case math.Abs(t.X+t.W/2-mid) < 0.5:
			lines[k].center = t.S
		case math.Abs(t.X+t.W-s.paper.Text.Right) < 0.5 && t.X > mid:
			lines[k].right = t.S
		default:
			lines[k].left = t.S
		}
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].y < lines[j].y })
	return lines
}
