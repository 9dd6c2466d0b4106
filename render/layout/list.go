package layout

import (
	"strconv"
	"strings"

	"pleadgen/render/markup"
)

// list adds a list: each item's marker one step in from the list's left
// edge and its text a step further, lines wrapping under the text (a
// hanging indent); nested lists move one step right.
func (f *flow) list(l *markup.List, depth int) {
	markerX := f.p.Text.Left + float64(min(depth, maxListIndent)+1)*f.p.Text.Step
	for i, it := range l.Items {
		marker := Marker(l.Style, l.Start+i)
		textX := markerX + f.p.Text.Step
		if w := f.m.Width(marker+" ", 0, f.p.Text.Size); markerX+w > textX {
			textX = markerX + w
		}
		for k, b := range it.Blocks {
			para, ok := b.(*markup.Paragraph)
			if !ok {
				f.block(b, depth+1)
				continue
			}
			n := len(f.rows)
			f.hanging(para.Runs, textX)
			if k == 0 && len(f.rows) > n {
				f.rows[n].texts = append(f.rows[n].texts, Text{X: markerX, W: f.m.Width(marker, 0, f.p.Text.Size), S: marker, Size: f.p.Text.Size})
			}
		}
	}
}

// maxListIndent is the deepest nesting that moves a list further right;
// lists nested deeper keep that indent, so that text keeps its room.
const maxListIndent = 5

// hanging adds a justified, double-spaced paragraph whose lines all start
// at x.
func (f *flow) hanging(runs []markup.Run, x float64) {
	width := f.p.Text.Right - x
	lines := f.breakRuns(runs, width, width)
	for i, l := range lines {
		r := f.lineRow(l, x, f.p.Text.Right, 2)
		r.keepNext = f.keepForWidows(i, len(lines))
		f.rows = append(f.rows, r)
	}
}

// Marker returns the marker of item n in a list of the given style: "•",
// or n in the style's numbering: "1." → "3.", "(a)" → "(c)", "i." → "iii.".
func Marker(style string, n int) string {
	for _, k := range []string{"1", "a", "A", "i", "I"} {
		if before, after, ok := strings.Cut(style, k); ok {
			return before + number(k, n) + after
		}
	}
	return style
}

// number writes n as the numbering kind k does.
func number(k string, n int) string {
	switch k {
	case "a":
		return strings.ToLower(letters(n))
	case "A":
		return letters(n)
	case "i":
		return strings.ToLower(Roman(n))
	case "I":
		return Roman(n)
	}
	return strconv.Itoa(n)
}

// letters returns A … Z, AA, AB … for 1, 2 ….
func letters(n int) string {
	s := ""
	for n > 0 {
		n--
		s = string(rune('A'+n%26)) + s
		n /= 26
	}
	return s
}

// Roman returns n in capital Roman numerals (1–3999; digits otherwise).
func Roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
