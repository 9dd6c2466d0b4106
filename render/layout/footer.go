package layout

import (
	"fmt"
	"strings"
)

// footerTitle is the title a page's footer shows and the markup line of
// the ::: footer block that set it (0 for the document block's title).
type footerTitle struct {
	text string
	line int
}

// footerPlan is where the texts of a footer go on every page with the same
// title. Below the page number are at most two lines: the title's first
// line at the left with the case number at the right; the title's second
// line, if it wraps; the document ID, on its own line when there is room,
// else at the left of the page number's line.
type footerPlan struct {
	title  []string  // the title's lines; the first may be empty when no word fits beside the case number
	lines  []float64 // the baselines of the lines below the page number
	number float64   // the page number's baseline
	idLine int       // the line of the document ID: an index into lines, or −1 for the page number's line
}

// caseText is what the footer says of the case number, or "".
func (d *Document) caseText() string {
	if d.Meta.Case == "" {
		return ""
	}
	return "Case No. " + d.Meta.Case
}

// footerWidth measures footer text as it is drawn.
func (d *Document) footerWidth(s string, m Measurer) float64 {
	return m.Width(asDrawn(s), 0, d.Profile.Footer.Size)
}

// planFooter wraps a footer title into the room the case number leaves
// (the measure less the case number and the profile's gap) and then the
// whole measure, and places the footer's lines. widest is the widest page
// number, which the document ID must clear when it shares its line.
func (d *Document) planFooter(t footerTitle, widest string, m Measurer) (footerPlan, error) {
	p := d.Profile
	fail := func(format string, args ...any) (footerPlan, error) {
		return footerPlan{}, &Error{Line: t.line, Block: "footer", Msg: fmt.Sprintf(format, args...)}
	}
	full := p.Text.Right - p.Text.Left
	first := full
	if c := d.caseText(); c != "" {
		w := d.footerWidth(c, m)
		if w > full {
			return fail("the case number %q is too long for the footer", d.Meta.Case)
		}
		first = full - w - p.Footer.Gap
	}
	title, ok := wrapWords(strings.Fields(t.text), first, full, func(s string) float64 { return d.footerWidth(s, m) })
	if !ok || len(title) > 2 {
		return fail("the footer title %q needs more than the two lines the footer holds below the page number; give the document a shorter footer title", t.text)
	}
	plan := footerPlan{title: title, idLine: -1}
	below := len(title)
	if below == 0 && d.caseText() != "" {
		below = 1
	}
	if id := d.Meta.DocumentID; id != "" {
		if below < 2 {
			plan.idLine, below = below, below+1
		}
		if d.footerWidth(id, m) > d.idRoom(plan.idLine, widest, m) {
			return fail("the document ID %q is too long for the footer; shorten it", id)
		}
	}
	plan.lines, plan.number = p.FooterBaselines(below)
	return plan, nil
}

// idRoom is the width the document ID may take: the measure on a line of
// its own, or up to a gap before the widest page number on that line.
func (d *Document) idRoom(line int, widest string, m Measurer) float64 {
	p := d.Profile
	if line >= 0 {
		return p.Text.Right - p.Text.Left
	}
	mid := (p.Text.Left + p.Text.Right) / 2
	return mid - d.footerWidth(widest, m)/2 - p.Footer.Gap - p.Text.Left
}

// wrapWords breaks words into lines first-fit: the first line as wide as
// first, the others as wide as rest. The first line is empty when its
// first word does not fit it. ok is false when a word is wider than rest.
func wrapWords(words []string, first, rest float64, width func(string) float64) (lines []string, ok bool) {
	if len(words) == 0 {
		return nil, true
	}
	cur, avail := "", first
	for _, w := range words {
		if width(w) > rest+1e-6 {
			return nil, false
		}
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if width(try) <= avail+1e-6 {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur, avail = w, rest
	}
	return append(lines, cur), true
}

// footer adds page n's footer as planned: the page number centred, the
// title's lines at the left, the case number at the right of the first,
// and the document ID.
func (d *Document) footer(pg *Page, n int, plan footerPlan, m Measurer) {
	p := d.Profile
	add := func(x func(w float64) float64, y float64, s string) {
		w := d.footerWidth(s, m)
		pg.Texts = append(pg.Texts, Text{X: x(w), Y: y, W: w, S: asDrawn(s), Size: p.Footer.Size, Role: Footer})
	}
	left := func(float64) float64 { return p.Text.Left }
	mid := (p.Text.Left + p.Text.Right) / 2
	add(func(w float64) float64 { return mid - w/2 }, plan.number, p.PageNumber(n, len(d.Pages)))
	for i, l := range plan.title {
		if l != "" {
			add(left, plan.lines[i], l)
		}
	}
	if c := d.caseText(); c != "" && p.ShowsCase() {
		add(func(w float64) float64 { return p.Text.Right - w }, plan.lines[0], c)
	}
	if id := d.Meta.DocumentID; id != "" {
		y := plan.number
		if plan.idLine >= 0 {
			y = plan.lines[plan.idLine]
		}
		add(left, y, id)
	}
}
