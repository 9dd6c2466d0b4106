package redline

import (
	"fmt"
	"strings"

	"pleadgen/render/markup"
)

// change describes an edit: its place in the new version, its context,
// and its words.
func change(e edit, wa, wb []Word, oldDoc, newDoc *markup.Doc) Change {
	c := Change{Deleted: e.a1 - e.a0, Inserted: e.b1 - e.b0, Old: join(wa[e.a0:e.a1]), New: join(wb[e.b0:e.b1])}
	anchor := anchorWord(e, wb)
	c.From = Place{anchor.Page, anchor.Line}
	c.To = c.From
	if e.b1 > e.b0 {
		last := wb[e.b1-1]
		c.To = Place{last.Page, last.Line}
	}
	c.Context = wordContext(anchor, newDoc)
	if e.b1 == e.b0 && e.a1 > e.a0 { // words only deleted: where they were
		c.Context = wordContext(wa[e.a0], oldDoc)
	}
	return c
}

// wordContext names the part of the filing a word stands in.
func wordContext(w Word, doc *markup.Doc) string {
	if w.Note > 0 {
		return fmt.Sprintf("footnote %d", w.Note)
	}
	return contextOf(doc, w.Block)
}

// anchorWord is the first new word of an edit, or, for words only deleted,
// the new word they stood before (the last word when they ended the
// document).
func anchorWord(e edit, wb []Word) Word {
	switch {
	case e.b0 < len(wb):
		return wb[e.b0]
	case len(wb) > 0:
		return wb[len(wb)-1]
	}
	return Word{Page: 1, Line: 1}
}

// join writes words as they stood: a space where the line had one, and
// between the lines.
func join(ws []Word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w.Space {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text)
	}
	return b.String()
}
