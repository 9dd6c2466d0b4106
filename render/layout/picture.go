package layout

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Picture draws the document as plain text, a page at a time: one row per
// half-slot that holds text, headed by its line number ("12|") or, halfway
// between two numbers, by "  |". Horizontal positions are kept at six
// points to a character, so indents, centring and columns show. The footer
// follows each page: one row, or a row per baseline when it has more than
// the page number and one line below it. Tests compare pictures with golden files.
func (d *Document) Picture() string {
	var b strings.Builder
	for i, pg := range d.Pages {
		fmt.Fprintf(&b, "=== page %d\n", i+1)
		d.pictureBody(&b, pg)
		for _, l := range footerRows(pick(pg.Texts, Footer)) {
			fmt.Fprintf(&b, "footer: %s\n", l)
		}
	}
	return b.String()
}

// pictureBody writes the rows of a page's body, every slot shown.
func (d *Document) pictureBody(b *strings.Builder, pg Page) {
	rows := map[int][]Text{}
	for _, t := range append(pick(pg.Texts, Body), pick(pg.Texts, Note)...) {
		h := int(math.Round((t.Y - d.Profile.Baseline(0)) / (d.Profile.Grid.Pitch / 2)))
		rows[h] = append(rows[h], t)
	}
	for h := 0; h < d.Profile.Halves(); h++ {
		label := "  |"
		if h%2 == 0 {
			label = fmt.Sprintf("%2d|", h/2+1)
		} else if len(rows[h]) == 0 {
			continue
		}
		line := joinRow(rows[h], d.Profile.Text.Left)
		fmt.Fprintln(b, strings.TrimRight(label+" "+line, " "))
	}
}

// footerRows writes a footer: on one row when it is the page number and
// one line below it, as most are; else a row per baseline, top down.
func footerRows(texts []Text) []string {
	byY := map[float64][]Text{}
	var ys []float64
	for _, t := range texts {
		if _, ok := byY[t.Y]; !ok {
			ys = append(ys, t.Y)
		}
		byY[t.Y] = append(byY[t.Y], t)
	}
	sort.Float64s(ys)
	if len(ys) <= 2 && (len(ys) == 0 || len(byY[ys[0]]) == 1) {
		return []string{joinRow(texts, 0)}
	}
	out := make([]string, len(ys))
	for i, y := range ys {
		out[i] = joinRow(byY[y], 0)
	}
	return out
}

// pick returns the texts of one role.
func pick(texts []Text, r Role) []Text {
	var out []Text
	for _, t := range texts {
		if t.Role == r {
			out = append(out, t)
		}
	}
	return out
}

// joinRow joins texts on one baseline left to right, spacing them at six
// points to a character from origin; texts that touch are joined without
// a space and gaps up to a wide word space become one space.
func joinRow(texts []Text, origin float64) string {
	sort.SliceStable(texts, func(i, j int) bool { return texts[i].X < texts[j].X })
	var b strings.Builder
	end := origin
	for i, t := range texts {
		gap := t.X - end
		switch {
		case i == 0 && origin == 0:
		case gap < 0.5:
		case gap < 14 && i > 0:
			b.WriteByte(' ')
		default:
			b.WriteString(strings.Repeat(" ", max(1, int(math.Round(gap/6)))))
		}
		b.WriteString(t.S)
		end = t.X + t.W
	}
	return b.String()
}
