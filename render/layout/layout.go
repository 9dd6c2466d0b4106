package layout

import (
	"fmt"
	"strconv"

	"pleadgen/render/markup"
)

// MaxPages is the most pages a document may have: a bound on the work and
// memory any input can cause, far beyond any filing.
const MaxPages = 2000

// LayoutWith lays a document out on the given profile's paper.
func LayoutWith(doc *markup.Doc, p *Profile, m Measurer) (*Document, error) {
	f := &flow{p: p, m: m, s: settingsFor(doc.Meta, p)}
	f.blocks(doc.Blocks)
	if f.err != nil {
		return nil, f.err
	}
	pg := &pager{rows: f.rows, notes: f.noteRows(doc.Notes), sep: f.noteRule(), halves: p.Halves(), maxPages: MaxPages}
	places := pg.paginate()
	if pg.err != nil {
		return nil, pg.err
	}
	d := &Document{Meta: doc.Meta, Profile: p}
	titles := map[int]string{} // footer titles that change on a page
	for _, pl := range places {
		for len(d.Pages) <= pl.page {
			d.Pages = append(d.Pages, Page{})
		}
		d.Pages[pl.page].put(*pl.row, p.Baseline(pl.half), p.Grid.Baseline)
		if pl.row.footer != "" {
			titles[pl.page] = pl.row.footer
		}
	}
	title := doc.Meta.Footer
	if title == "" {
		title = doc.Meta.Title
	}
	for i := range d.Pages {
		if t, ok := titles[i]; ok {
			title = t
		}
		d.decorate(i, title, m)
	}
	return d, nil
}

// put places a row's texts, rules and mark with its baseline at y; a
// mark points at the top of its slot, above the baseline.
func (pg *Page) put(r row, y, above float64) {
	for _, t := range r.texts {
		t.Y += y
		pg.Texts = append(pg.Texts, t)
	}
	for _, ru := range r.rules {
		ru.Y1 += y
		ru.Y2 += y
		pg.Rules = append(pg.Rules, ru)
	}
	if r.mark != nil {
		mk := *r.mark
		mk.Y = y - above
		pg.Marks = append(pg.Marks, mk)
	}
}

// decorate adds the paper itself to page i: the line numbers, the rules and
// the footer.
func (d *Document) decorate(i int, title string, m Measurer) {
	p, pg := d.Profile, &d.Pages[i]
	for k := 1; k <= p.Grid.Lines; k++ {
		s := strconv.Itoa(k)
		w := m.Width(s, 0, p.Numbers.Size)
		pg.Texts = append(pg.Texts, Text{X: p.Numbers.Right - w, Y: p.Baseline(2 * (k - 1)), W: w, S: s, Size: p.Numbers.Size, Role: LineNumber})
	}
	for _, x := range p.Rules.Left {
		pg.Rules = append(pg.Rules, Rule{X1: x, Y1: 0, X2: x, Y2: p.Page.Height, Width: p.Rules.Width})
	}
	pg.Rules = append(pg.Rules,
		Rule{X1: p.Rules.Right, Y1: 0, X2: p.Rules.Right, Y2: p.Page.Height, Width: p.Rules.Width},
		Rule{X1: p.Text.Left, Y1: p.Footer.Rule, X2: p.Text.Right, Y2: p.Footer.Rule, Width: p.Rules.Width})
	d.footer(pg, i+1, title, m)
}

// footer adds the page number, centred, and below it the title on the left
// and the case number on the right.
func (d *Document) footer(pg *Page, n int, title string, m Measurer) {
	p, size := d.Profile, d.Profile.Footer.Size
	num := strconv.Itoa(n)
	mid := (p.Text.Left + p.Text.Right) / 2
	add := func(x func(w float64) float64, y float64, s string) {
		w := m.Width(s, 0, size)
		pg.Texts = append(pg.Texts, Text{X: x(w), Y: y, W: w, S: s, Size: size, Role: Footer})
	}
	add(func(w float64) float64 { return mid - w/2 }, p.Footer.Number, num)
	if title != "" {
		add(func(float64) float64 { return p.Text.Left }, p.Footer.Title, title)
	}
	if d.Meta.Case != "" {
		add(func(w float64) float64 { return p.Text.Right - w }, p.Footer.Title, fmt.Sprintf("Case No. %s", d.Meta.Case))
	}
}
