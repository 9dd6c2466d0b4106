package check

import (
	"fmt"
	"math"
	"strings"

	"pleadgen/cases"
	"pleadgen/pdffile"
	"pleadgen/render/layout"
)

// tolerance is how far a baseline may stray from the grid and still be on
// it, in points.
const tolerance = 0.25

// pageText is the text a page holds between its line numbers and its
// footer, in reading order; "" for a page the PDF does not have.
// A page's text is read when first asked for: most rules look at a page
// or two, and a long filing's other pages are never read.
func (k *checker) pageText(i int) string {
	n := len(k.facts.Pages)
	if i < 0 || i >= n {
		return ""
	}
	if k.texts == nil {
		k.texts, k.flat, k.read = make([]string, n), make([]string, n), make([]bool, n)
	}
	if !k.read[i] {
		k.texts[i] = k.readPageText(i)
		k.flat[i] = squash(k.texts[i])
		k.read[i] = true
	}
	return k.texts[i]
}

// flatText is the text of page i squashed, for finding phrases in it.
func (k *checker) flatText(i int) string {
	if k.pageText(i) == "" {
		return ""
	}
	return k.flat[i]
}

// readPageText reads the text of page i.
func (k *checker) readPageText(i int) string {
	g := grid{k.c.PaperOf()}
	pg := k.facts.Pages[i]
	body := pdffile.PageFacts{Width: pg.Width, Height: pg.Height}
	for _, t := range pg.Texts {
		if !g.footer(t.Y) && !g.lineNumber(t) {
			body.Texts = append(body.Texts, t)
		}
	}
	return body.Text()
}

// holds reports whether the text of the document, its pages one after
// another and squashed, holds phrase (squashed). It looks from the last
// page back, where what is sought stands: a phrase that starts on a page
// ends within its length past the page's end, on the pages after it.
func (k *checker) holds(phrase string) bool {
	if phrase == "" {
		return true
	}
	reach := len(phrase) - 1 // how far past a page a phrase it starts runs
	after := ""              // the start of the text after the page looked at
	for i := len(k.facts.Pages) - 1; i >= 0; i-- {
		page := k.flatText(i)
		if strings.Contains(page, phrase) {
			return true
		}
		// A phrase that starts on the page and runs on starts within its
		// last reach bytes.
		if strings.Contains(page[max(0, len(page)-reach):]+after, phrase) {
			return true
		}
		if len(page) >= reach {
			after = page[:reach]
		} else {
			after = (page + after)[:min(len(page)+len(after), reach)]
		}
	}
	return false
}

// grid tells where a baseline lies on a profile's line grid. Y is measured
// from the top of the page.
type grid struct{ p *layout.Profile }

// footer reports whether a baseline lies below the last numbered line.
func (g grid) footer(y float64) bool {
	return y > g.p.Baseline(2*(g.p.Grid.Lines-1))+tolerance
}

// lineNumber reports whether a text is a line number: a number drawn left
// of where the profile's line numbers end.
func (g grid) lineNumber(t pdffile.TextFacts) bool {
	return t.X < g.p.Numbers.Right && isNumber(t.S)
}

// raised reports whether a baseline is off the grid and nearer the grid
// baseline below it than the one above: the place of a superscript, such
// as a footnote's reference mark.
func (g grid) raised(y float64) bool {
	half := g.p.Grid.Pitch / 2
	h := (y - g.p.Baseline(0)) / half
	above, below := g.p.Baseline(int(math.Floor(h))), g.p.Baseline(int(math.Ceil(h)))
	if y-above <= tolerance || below-y <= tolerance {
		return false
	}
	return below-y < y-above
}

// checkLength counts the pages of the rendered statement, with and without
// the caption page (page 1, when the body starts on page 2) and the
// signature pages (from the last page that opens the signatures on), and
// holds the second count to the limit unless the case is declared
// unusually complex.
func checkLength(k *checker, r *Rule) {
	if k.facts == nil {
		return
	}
	total := len(k.facts.Pages)
	first, last, left := 1, total, []string{}
	if k.c.Filing.BodyOnNewPage && total > 1 {
		first = 2
		left = append(left, "the caption page")
	}
	if sig := k.signaturePage(r.SignatureMarker); sig > 0 {
		last = sig - 1
		left = append(left, "the signature pages")
	}
	body := max(0, last-first+1)
	msg := fmt.Sprintf("length: %d %s", total, plural(total, "page", "pages"))
	if len(left) > 0 {
		msg += fmt.Sprintf(", %d without %s", body, strings.Join(left, " and "))
	}
	switch {
	case k.c.Filing.Complex:
		k.add(Info, k.c.Filing.Pos, "", r.Rule, "%s (no page limit: the case file declares an unusually complex case)", msg)
	case r.Pages > 0 && body > r.Pages:
		k.add(r.Severity, k.c.Filing.Pos, "filing", r.Rule, "%s: over the limit of %d pages, which only an unusually complex case may pass (filing.complex: true)", msg, r.Pages)
	case r.Pages > 0:
		k.add(Info, k.c.Filing.Pos, "", r.Rule, "%s (limit %d)", msg, r.Pages)
	}
}

// signaturePage returns the number of the last page holding the marker
// that opens the signatures, or 0.
func (k *checker) signaturePage(marker string) int {
	if marker == "" {
		return 0
	}
	for i := len(k.facts.Pages) - 1; i >= 0; i-- {
		if strings.Contains(k.flatText(i), squash(marker)) {
			return i + 1
		}
	}
	return 0
}

// checkTypeSize reports pages with text smaller than the rule's minimum
// outside the footer. A superscript — a footnote's reference mark — may be
// smaller.
func checkTypeSize(k *checker, r *Rule) {
	if k.facts == nil || r.MinSize <= 0 {
		return
	}
	g := grid{k.c.PaperOf()}
	for i, pg := range k.facts.Pages {
		var small []pdffile.TextFacts
		for _, t := range pg.Texts {
			if t.Size < r.MinSize-0.01 && !g.footer(t.Y) && !g.raised(t.Y) && !g.lineNumber(t) {
				small = append(small, t)
			}
		}
		if len(small) > 0 {
			t := small[0]
			k.add(r.Severity, fileStart(), "", r.Rule, "page %d: %d %s smaller than %g pt, the first %q in %g pt at line %s",
				i+1, len(small), plural(len(small), "text", "texts"), r.MinSize, clip(t.S), round(t.Size), lineOf(g, t.Y))
		}
	}
}

// checkNumberedLines reports pages with more numbered lines than the rule
// allows: line numbers are the numbers drawn left of where the profile's
// numbers end.
func checkNumberedLines(k *checker, r *Rule) {
	if k.facts == nil {
		return
	}
	limit := r.MaxLines
	if limit <= 0 {
		limit = k.c.PaperOf().Grid.Lines
	}
	g := grid{k.c.PaperOf()}
	for i, pg := range k.facts.Pages {
		n := 0
		for _, t := range pg.Texts {
			if g.lineNumber(t) && !g.footer(t.Y) {
				n++
			}
		}
		if n > limit {
			k.add(r.Severity, fileStart(), "", r.Rule, "page %d has %d numbered lines; the most allowed is %d", i+1, n, limit)
		}
	}
}

// checkFonts reports fonts whose program is not embedded in the PDF.
func checkFonts(k *checker, r *Rule) {
	if k.facts == nil {
		return
	}
	for _, f := range k.facts.Fonts {
		if !f.Embedded {
			k.add(r.Severity, fileStart(), "", r.Rule, "font %s is not embedded in the PDF", f.Name)
		}
	}
}

// fileStart is the case file's first line, where findings about the PDF
// as a whole point.
func fileStart() cases.Pos { return cases.Pos{Line: 1, Col: 1} }

func isNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// lineOf names the numbered line nearest a baseline ("7", or "7.5" halfway).
func lineOf(g grid, y float64) string {
	h := math.Round((y - g.p.Baseline(0)) / (g.p.Grid.Pitch / 2))
	return fmt.Sprint(h/2 + 1)
}

func round(f float64) float64 { return math.Round(f*100) / 100 }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// clip shortens a quoted text.
func clip(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
