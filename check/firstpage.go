package check

import (
	"math"
	"sort"
	"strings"

	"pleadgen/pdffile"
)

// checkClerkSpace checks that page 1 leaves the clerk's space blank: no
// text starts right of the page's centre on the lines the court's paper
// keeps for the clerk.
func checkClerkSpace(k *checker, r *Rule) {
	p := k.c.PaperOf()
	cs := p.FirstPage.ClerkSpace
	if k.facts == nil || len(k.facts.Pages) == 0 || len(cs) != 2 {
		return
	}
	g := grid{p}
	top := p.Grid.Top + float64(cs[0]-1)*p.Grid.Pitch
	bottom := p.Grid.Top + float64(cs[1])*p.Grid.Pitch
	for _, t := range k.facts.Pages[0].Texts {
		if t.X > p.Page.Width/2 && t.Y > top && t.Y <= bottom && !g.lineNumber(t) {
			k.add(r.Severity, fileStart(), "", r.Rule, "page 1 prints %q at line %s, right of the centre, in the lines %d to %d the clerk's space keeps blank",
				clip(t.S), lineOf(g, t.Y), cs[0], cs[1])
			return
		}
	}
}

// courtTitleLine is the numbered line of page 1 on which the court's title
// starts, or 0 when page 1 does not show it.
func (k *checker) courtTitleLine() int {
	title := k.courtTitle()
	if k.facts == nil || len(k.facts.Pages) == 0 || len(title) == 0 {
		return 0
	}
	g := grid{k.c.PaperOf()}
	byLine := map[float64][]pdffile.TextFacts{}
	for _, t := range k.facts.Pages[0].Texts {
		if !g.lineNumber(t) && !g.footer(t.Y) {
			y := math.Round(t.Y*10) / 10
			byLine[y] = append(byLine[y], t)
		}
	}
	var ys []float64
	for y := range byLine {
		ys = append(ys, y)
	}
	sort.Float64s(ys)
	want := squash(title[0])
	for _, y := range ys {
		ts := byLine[y]
		sort.Slice(ts, func(i, j int) bool { return ts[i].X < ts[j].X })
		var s strings.Builder
		for _, t := range ts {
			s.WriteString(t.S)
		}
		if squash(s.String()) == want {
			h := math.Round((y - g.p.Baseline(0)) / (g.p.Grid.Pitch / 2))
			return int(h)/2 + 1
		}
	}
	return 0
}
