package layout

import (
	"encoding/binary"
	"math"
	"slices"

	"pleadgen/render/markup"
)

// Lines keeps the lines a document's paragraphs broke into, for the next
// layout of the same document: a paragraph whose runs, widths, tab stops
// and size are those of one the last kept layout broke takes its lines
// again rather than measuring and breaking its words anew. A writer who
// edits one paragraph of a long filing has the others' lines at once.
//
// What is reused is exactly what breaking the same input gives: breaking
// reads its key and the widths the measurer gives, so the layouts sharing
// a Lines must measure alike (render keeps only those measured with the
// Windows-1252 faces' own widths). A layout's lines are offered to the
// next only once its document is known good (Keep); until then, and if
// it fails (Forget), the next layout sees the lines last kept. Lines holds
// one layout's worth at most: a kept layout's lines replace the last's.
// A Lines serves one layout at a time, from its start to its Keep or
// Forget; the zero value is ready.
type Lines struct {
	kept map[string][]line // the last kept layout's lines, by key
	used map[string][]line // the layout under way's lines, by key
	key  []byte            // room for the key being made
	hits int               // paragraphs the layout under way took again
	// keptPlaces and usedPlaces are where the kept lines were placed:
	// a line taken again and placed as before takes its texts again.
	keptPlaces, usedPlaces map[placeKey]placedLine
}

// placeKey is a line of the kept lines placed at x in width at size.
type placeKey struct {
	toks           *token // the line's first token, which names it
	n              int
	x, width, size float64
	justify        bool
}

// placedLine is what placing a line made.
type placedLine struct {
	texts []Text
	rules []Rule
	notes []int
}

// begin starts a layout that uses the lines.
func (c *Lines) begin() {
	c.used, c.hits = make(map[string][]line, len(c.kept)), 0
	c.usedPlaces = make(map[placeKey]placedLine, len(c.keptPlaces))
}

// Keep keeps the lines of the layout last made for the next.
func (c *Lines) Keep() {
	if c.used != nil {
		c.kept, c.used = c.used, nil
		c.keptPlaces, c.usedPlaces = c.usedPlaces, nil
	}
}

// Forget drops the lines of the layout last made: the next layout sees
// those last kept.
func (c *Lines) Forget() { c.used, c.usedPlaces, c.hits = nil, nil, 0 }

// Reused is how many paragraphs the last layout took again, for tests
// and measurements. Call it between layouts.
func (c *Lines) Reused() int { return c.hits }

// lookup returns the lines of runs broken to widths first and rest with
// tab stops every stop at size, and the key they go by.
func (c *Lines) lookup(runs []markup.Run, first, rest, stop, size float64) ([]line, string, bool) {
	k := c.key[:0]
	for _, f := range [...]float64{first, rest, stop, size} {
		k = binary.LittleEndian.AppendUint64(k, math.Float64bits(f))
	}
	for _, r := range runs {
		k = append(k, byte(r.Style))
		k = binary.AppendUvarint(k, uint64(r.Note))
		k = binary.AppendUvarint(k, uint64(len(r.Text)))
		k = append(k, r.Text...)
	}
	c.key = k
	if ls, ok := c.used[string(k)]; ok {
		return ls, "", true
	}
	if ls, ok := c.kept[string(k)]; ok {
		key := string(k)
		c.used[key] = ls
		c.hits++
		return ls, "", true
	}
	return nil, string(k), false
}

// store records the lines made for key, which lookup gave, full to their
// capacity: a caller that appended to them would copy them, not write
// into the next layout's.
func (c *Lines) store(key string, ls []line) { c.used[key] = ls[:len(ls):len(ls)] }

// Kept is how many paragraphs' lines the last kept layout left for the
// next.
func (c *Lines) Kept() int { return len(c.kept) }

// place places a line as placeLine does, taking again what placing it
// made when it is a kept line placed as before. The texts are copies,
// which the layout marks (their block, a footnote's role); the rules and
// notes it never changes, and they are shared, full to their capacity.
func (c *Lines) place(l line, x, width, size float64) ([]Text, []Rule, []int) {
	if len(l.toks) == 0 {
		return placeLine(l, x, width, size)
	}
	k := placeKey{toks: &l.toks[0], n: len(l.toks), x: x, width: width, size: size, justify: l.justify}
	p, ok := c.usedPlaces[k]
	if !ok {
		if p, ok = c.keptPlaces[k]; !ok {
			texts, rules, notes := placeLine(l, x, width, size)
			p = placedLine{texts, rules[:len(rules):len(rules)], notes[:len(notes):len(notes)]}
		}
		c.usedPlaces[k] = p
	}
	return slices.Clone(p.texts), p.rules, p.notes
}
