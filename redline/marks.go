package redline

import (
	"fmt"
	"sort"
	"strings"

	"pleadgen/render/layout"
)

// The redline's inks and sizes.
const (
	insertedInk = 0x0033cc // inserted words, underlined
	deletedInk  = 0xcc0000 // deleted words, struck through
	barInk      = 0x000000 // the change bars
	deletedSize = 7.0      // of deleted words, set between the lines
	legendSize  = 7.0
)

// Legend names the two versions on the redline's first page.
type Legend struct{ Old, New string }

// Marker returns what marks the new version's laid-out pages with the
// report's changes, for render.Renderer.PDFWith: inserted words underlined
// in blue; deleted words struck through in red, small, in the half line
// above the place they were removed from (in the left margin where that
// half line holds text, as in a single-spaced block); a bar in the right
// margin beside every changed line; and the legend in the first page's
// top margin. The layout must be the one the report was made from.
func (r *Report) Marker(l Legend) func(*layout.Document, layout.Measurer) error {
	return func(d *layout.Document, m layout.Measurer) error {
		words := Words(d)
		if len(words) != r.newWords {
			return fmt.Errorf("redline: the new version laid out again holds %d words, not %d", len(words), r.newWords)
		}
		k := &marker{d: d, m: m, spans: map[[2]int][][2]int{}, bars: map[Place]bool{}}
		for i, e := range r.edits {
			k.edit(e, words, r.Changes[i].Old)
		}
		k.split()
		k.drawBars()
		k.legend(l)
		return nil
	}
}

// marker marks one laid-out document.
type marker struct {
	d     *layout.Document
	m     layout.Measurer
	spans map[[2]int][][2]int // inserted bytes, by page index and text index
	bars  map[Place]bool
	added [][]layout.Text // texts to add, by page index
}

// edit marks one change: its inserted words, its deleted words and the
// lines it touches.
func (k *marker) edit(e edit, words []Word, old string) {
	for _, w := range words[e.b0:e.b1] {
		key := [2]int{w.Page - 1, w.text}
		k.spans[key] = append(k.spans[key], [2]int{w.at, w.end})
		k.bars[Place{w.Page, w.Line}] = true
	}
	if e.a1 > e.a0 {
		k.deleted(e, words, old)
	}
}

// xAt is where byte k of text t stands: its width so far, each space
// widened as the line is justified.
func (k *marker) xAt(t layout.Text, at int) float64 {
	return t.X + k.m.Width(t.S[:at], t.Style, t.Size) + float64(strings.Count(t.S[:at], " "))*t.WordSpace
}

// deleted sets the words an edit deleted, struck through, at the place of
// removal: the start of the new word they stood before, or the end of the
// last word.
func (k *marker) deleted(e edit, words []Word, old string) {
	if len(words) == 0 || old == "" {
		return
	}
	w, at := anchorWord(e, words), 0
	if e.b0 >= len(words) {
		at = w.end
	} else {
		at = w.at
	}
	pg := &k.d.Pages[w.Page-1]
	t := pg.Texts[w.text]
	x, y := k.xAt(t, at), t.Y-k.d.Profile.Grid.Pitch/2
	p := k.d.Profile
	size := deletedSize
	if !k.free(pg, y) { // the half line above holds text: the left margin
		x, y, size = 6, t.Y, 6
	}
	right := p.Text.Right
	if x < p.Text.Left {
		right = p.Numbers.Right - 16
	}
	s := fit(old, right-x, func(s string) float64 { return k.m.Width(s, 0, size) })
	width := k.m.Width(s, 0, size)
	if x+width > right {
		x = max(right-width, 6)
	}
	k.add(w.Page-1, layout.Text{X: x, Y: y, W: width, S: s, Size: size, Color: deletedInk, Role: layout.Body})
	pg.Rules = append(pg.Rules, layout.Rule{X1: x, Y1: y - size*0.3, X2: x + width, Y2: y - size*0.3, Width: 0.5, Color: deletedInk})
	k.bars[Place{w.Page, w.Line}] = true
}

// fit shortens s, by words, to a width, ending it with "…".
func fit(s string, width float64, measure func(string) float64) string {
	if measure(s) <= width {
		return s
	}
	ws := strings.Fields(s)
	for n := len(ws) - 1; n > 0; n-- {
		if t := strings.Join(ws[:n], " ") + " …"; measure(t) <= width {
			return t
		}
	}
	return "…"
}

// free reports whether the half line at baseline y of a page holds no
// text in the measure.
func (k *marker) free(pg *layout.Page, y float64) bool {
	for _, t := range pg.Texts {
		if (t.Role == layout.Body || t.Role == layout.Note) && t.Y > y-4 && t.Y < y+4 {
			return false
		}
	}
	return y > k.d.Profile.Grid.Top
}

// add queues a text for page i.
func (k *marker) add(i int, t layout.Text) {
	for len(k.added) <= i {
		k.added = append(k.added, nil)
	}
	k.added[i] = append(k.added[i], t)
}

// split replaces each text that holds inserted words by its pieces, the
// inserted ones in blue and underlined, and adds the queued texts.
func (k *marker) split() {
	keys := make([][2]int, 0, len(k.spans))
	for key := range k.spans {
		keys = append(keys, key)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i][0] < keys[j][0] || keys[i][0] == keys[j][0] && keys[i][1] > keys[j][1]
	})
	for _, key := range keys { // later texts first, so that indexes hold
		pg := &k.d.Pages[key[0]]
		t := pg.Texts[key[1]]
		pieces, rules := k.pieces(t, merge(t.S, k.spans[key]))
		pg.Texts = append(pg.Texts[:key[1]], append(pieces, pg.Texts[key[1]+1:]...)...)
		pg.Rules = append(pg.Rules, rules...)
	}
	for i, ts := range k.added {
		k.d.Pages[i].Texts = append(k.d.Pages[i].Texts, ts...)
	}
}

// merge sorts byte ranges and joins those only spaces apart.
func merge(s string, spans [][2]int) [][2]int {
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out [][2]int
	for _, sp := range spans {
		if n := len(out); n > 0 && strings.TrimSpace(s[out[n-1][1]:max(sp[0], out[n-1][1])]) == "" {
			out[n-1][1] = max(out[n-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// pieces cuts a text at the ranges: the pieces in order, the ranges' in
// blue, and a rule under each range.
func (k *marker) pieces(t layout.Text, ranges [][2]int) ([]layout.Text, []layout.Rule) {
	var texts []layout.Text
	var rules []layout.Rule
	piece := func(a, b int, ink uint32) {
		if a >= b {
			return
		}
		p := t
		p.X, p.S, p.Color = k.xAt(t, a), t.S[a:b], ink
		p.W = k.xAt(t, b) - p.X
		texts = append(texts, p)
	}
	at := 0
	for _, r := range ranges {
		piece(at, r[0], t.Color)
		piece(r[0], r[1], insertedInk)
		rules = append(rules, layout.Rule{X1: k.xAt(t, r[0]), Y1: t.Y + 1.5, X2: k.xAt(t, r[1]), Y2: t.Y + 1.5, Width: 0.5, Color: insertedInk})
		at = r[1]
	}
	piece(at, len(t.S), t.Color)
	return texts, rules
}

// drawBars draws a bar in the right margin beside every changed line.
func (k *marker) drawBars() {
	p := k.d.Profile
	x := p.Rules.Right + 8
	places := make([]Place, 0, len(k.bars))
	for pl := range k.bars {
		places = append(places, pl)
	}
	// In page and line order, so that the PDF is the same every time.
	sort.Slice(places, func(i, j int) bool {
		return places[i].Page < places[j].Page || places[i].Page == places[j].Page && places[i].Line < places[j].Line
	})
	for _, pl := range places {
		top := p.Grid.Top + float64(pl.Line-1)*p.Grid.Pitch
		pg := &k.d.Pages[pl.Page-1]
		pg.Rules = append(pg.Rules, layout.Rule{X1: x, Y1: top + 2, X2: x, Y2: top + p.Grid.Pitch - 2, Width: 1.5, Color: barInk})
	}
}

// legend sets the legend in the first page's top margin.
func (k *marker) legend(l Legend) {
	if len(k.d.Pages) == 0 {
		return
	}
	p := k.d.Profile
	lines := []string{
		"REDLINE — inserted words underlined in blue; deleted words struck through in red where they were removed; a bar in the right margin beside each changed line.",
		"Old: " + l.Old + "    New: " + l.New,
	}
	for i, s := range lines {
		s = fit(s, p.Text.Right-p.Text.Left, func(s string) float64 { return k.m.Width(s, 0, legendSize) })
		w := k.m.Width(s, 0, legendSize)
		k.d.Pages[0].Texts = append(k.d.Pages[0].Texts, layout.Text{X: p.Text.Left, Y: 24 + float64(i)*10, W: w, S: s, Size: legendSize, Role: layout.Draft})
	}
}
