package layout

import (
	"strconv"

	"pleadgen/render/markup"
)

// MaxPages is the most pages a document may have: a bound on the work and
// memory any input can cause, far beyond any filing.
const MaxPages = 2000

// LayoutWith lays a document out on the given profile's paper.
func LayoutWith(doc *markup.Doc, p *Profile, m Measurer) (*Document, error) {
	return LayoutReusing(doc, p, m, nil)
}

// LayoutReusing is LayoutWith taking again the lines of the paragraphs
// that have not changed since the layout lines last kept; lines, when not
// nil, then holds this layout's, for the caller to keep once the document
// is known good.
func LayoutReusing(doc *markup.Doc, p *Profile, m Measurer, lines *Lines) (*Document, error) {
	f := &flow{p: p, m: m, s: settingsFor(doc.Meta, p), lines: lines}
	if lines != nil {
		lines.begin()
	}
	f.blocks(doc.Blocks)
	if f.err != nil {
		return nil, f.err
	}
	firstReferences(f.rows)
	pg := &pager{rows: f.rows, notes: f.noteRows(doc.Notes), sep: f.noteRule(), halves: p.Halves(), maxPages: MaxPages}
	moved := f.settleFirstPage(pg)
	if f.err != nil {
		return nil, f.err
	}
	pg.rows = f.rows
	places := pg.paginate()
	if pg.err != nil {
		return nil, pg.err
	}
	d := &Document{Meta: doc.Meta, Profile: p, MovedCounsel: moved, Warnings: f.warnings}
	d.Pages = pagesFor(places, p)
	titles := map[int]footerTitle{} // footer titles that change on a page
	for _, pl := range places {
		d.Pages[pl.page].put(*pl.row, p.Baseline(pl.half), p.Grid.Baseline, pl.repeat)
		if ft := pl.row.footer; ft != nil {
			titles[pl.page] = footerTitle{text: ft.Title, line: ft.Line}
		}
	}
	if err := d.decorateAll(titles, m); err != nil {
		return nil, err
	}
	return d, nil
}

// pagesFor makes the pages rows are placed on, each with room for its
// texts and rules and for the paper's: its line numbers, rules and footer.
func pagesFor(places []placed, p *Profile) []Page {
	n := 0
	for _, pl := range places {
		n = max(n, pl.page+1)
	}
	texts, rules := make([]int, n), make([]int, n)
	for _, pl := range places {
		texts[pl.page] += len(pl.row.texts)
		rules[pl.page] += len(pl.row.rules)
	}
	pages := make([]Page, n)
	for i := range pages {
		pages[i].Texts = make([]Text, 0, texts[i]+p.Grid.Lines+8)
		pages[i].Rules = make([]Rule, 0, rules[i]+len(p.Rules.Left)+4)
	}
	return pages
}

// decorateAll adds the paper to every page: numbers, rules and the footer,
// whose title is the document's until a page in titles changes it.
func (d *Document) decorateAll(titles map[int]footerTitle, m Measurer) error {
	title := footerTitle{text: d.Meta.Footer}
	if title.text == "" {
		title.text = d.Meta.Title
	}
	widest := d.Profile.PageNumber(len(d.Pages), len(d.Pages))
	numbers := d.lineNumbers(m)
	plans := map[string]footerPlan{}
	for i := range d.Pages {
		if t, ok := titles[i]; ok {
			title = t
		}
		plan, ok := plans[title.text]
		if !ok {
			var err error
			if plan, err = d.planFooter(title, widest, m); err != nil {
				return err
			}
			plans[title.text] = plan
		}
		d.FooterWrapped = d.FooterWrapped || len(plan.title) > 1
		d.decorate(i, plan, numbers, m)
	}
	return nil
}

// put places a row's texts, rules and mark with its baseline at y; a
// mark points at the top of its slot, above the baseline.
func (pg *Page) put(r row, y, above float64, repeat bool) {
	for _, t := range r.texts {
		t.Y += y
		t.Repeat = repeat
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
func (d *Document) decorate(i int, plan footerPlan, numbers []Text, m Measurer) {
	p, pg := d.Profile, &d.Pages[i]
	pg.Texts = append(pg.Texts, numbers...)
	for _, x := range p.Rules.Left {
		pg.Rules = append(pg.Rules, Rule{X1: x, Y1: 0, X2: x, Y2: p.Page.Height, Width: p.Rules.Width})
	}
	pg.Rules = append(pg.Rules,
		Rule{X1: p.Rules.Right, Y1: 0, X2: p.Rules.Right, Y2: p.Page.Height, Width: p.Rules.Width},
		Rule{X1: p.Text.Left, Y1: p.Footer.Rule, X2: p.Text.Right, Y2: p.Footer.Rule, Width: p.Rules.Width})
	d.footer(pg, i+1, plan, m)
	if d.Meta.Draft {
		d.draftMark(pg, m)
	}
}

// lineNumbers are the texts of the numbers of a page's lines, the same on
// every page.
func (d *Document) lineNumbers(m Measurer) []Text {
	p := d.Profile
	out := make([]Text, 0, p.Grid.Lines)
	for k := 1; k <= p.Grid.Lines; k++ {
		s := strconv.Itoa(k)
		w := m.Width(s, 0, p.Numbers.Size)
		out = append(out, Text{X: p.Numbers.Right - w, Y: p.Baseline(2 * (k - 1)), W: w, S: s, Size: p.Numbers.Size, Role: LineNumber})
	}
	return out
}

// draftWords mark a draft's pages.
const draftWords = "DRAFT — NOT FOR FILING"

// draftMark puts draftWords in bold, centred in the top margin, halfway
// between the page's edge and the first numbered line's slot: outside the
// text, so that no line moves.
func (d *Document) draftMark(pg *Page, m Measurer) {
	p := d.Profile
	size := p.Text.Size
	w := m.Width(draftWords, markup.Bold, size)
	y := p.Grid.Top/2 + size/3
	pg.Texts = append(pg.Texts, Text{X: (p.Text.Left+p.Text.Right)/2 - w/2, Y: y, W: w, S: draftWords, Style: markup.Bold, Size: size, Role: Draft})
}
