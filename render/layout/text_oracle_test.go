package layout

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"unicode"

	"pleadgen/render/markup"
)

// The text oracle: every character of a document's text, white space
// aside, is drawn exactly once and in order. The order it checks is the
// order the layout reads the document in: page by page, the body's rows
// top to bottom — a table row cell by cell, left to right, each cell's
// lines top to bottom, and a list item's marker before its text — then the
// page's footnotes, each after its number, in number order. What the
// layout adds is expected too: list markers, the attestation's heading and
// text, and a table's header again at the top of each page the table
// continues on. The lines set beside a signature are read row by row with
// the signature's, so a signature block with lines beside it is compared
// as a bag of characters.

// segment is a piece of the body's expected text.
type segment struct {
	text   []rune
	bag    bool   // its characters may come in any order
	header []rune // a table's body row: the header a page starting here repeats
}

// checkText asserts the body and footnote text of a laid-out document
// are the document's, as described above, and that each footnote starts
// no earlier than the page of its first reference.
func checkText(t *testing.T, doc *markup.Doc, d *Document) {
	t.Helper()
	if err := matchBody(expectBody(doc, d), drawnBody(d)); err != nil {
		t.Fatalf("body text: %v", err)
	}
	want, got := expectNotes(doc), drawnRunes(d, Note)
	if !slices.Equal(want, got) {
		t.Fatalf("footnote text differs at %s", firstDifference(want, got))
	}
	checkNotePages(t, doc, d)
}

// expectBody returns the document's body text as the layout should draw
// it, in segments.
func expectBody(doc *markup.Doc, d *Document) []segment {
	var e bodyText
	omit := omittedCounsel(doc.Blocks, d.MovedCounsel)
	for i, b := range doc.Blocks {
		if !omit[i] {
			e.block(b, d.Profile)
		}
	}
	return e.segs
}

// omittedCounsel marks the counsel blocks at the document's start that the
// first page leaves off: the last moved "more" blocks, and the notice
// block unless one was moved.
func omittedCounsel(blocks []markup.Block, moved int) map[int]bool {
	omit := map[int]bool{}
	end := 0
	for end < len(blocks) && lineKind(blocks[end]) == markup.Counsel {
		end++
	}
	for i := end - 1; i >= 0; i-- {
		switch blocks[i].(*markup.LineBlock).Part {
		case markup.CounselNotice:
			omit[i] = moved == 0
		case markup.CounselMore:
			if moved > 0 {
				omit[i], moved = true, moved-1
			}
		}
	}
	return omit
}

// bodyText gathers expected segments.
type bodyText struct{ segs []segment }

func (e *bodyText) add(rs []rune) { e.segs = append(e.segs, segment{text: rs}) }

func (e *bodyText) block(b markup.Block, p *Profile) {
	switch b := b.(type) {
	case *markup.Paragraph:
		e.add(runeText(b.Runs))
	case *markup.Heading:
		e.add(runeText(b.Runs))
	case *markup.LineBlock:
		e.lineBlock(b, p)
	case *markup.Caption:
		e.add(lineRunes(b.Left))
		e.add(lineRunes(b.Right))
	case *markup.Quote:
		for _, para := range b.Paras {
			e.add(runeText(para))
		}
	case *markup.List:
		e.list(b, p)
	case *markup.Table:
		e.table(b)
	case *markup.PageBreak, *markup.FooterTitle:
	default:
		panic(fmt.Sprintf("bodyText: block %T not handled", b))
	}
}

func (e *bodyText) lineBlock(b *markup.LineBlock, p *Profile) {
	if b.Kind == markup.Attestation && p.Attestation.Text != "" {
		e.add(spaceless(p.Attestation.Heading + p.Attestation.Text))
	}
	if len(b.Beside) == 0 {
		e.add(lineRunes(b.Lines))
		return
	}
	e.segs = append(e.segs, segment{text: append(lineRunes(b.Beside), lineRunes(b.Lines)...), bag: true})
}

// list expects each item's marker before the item's first line, when the
// item starts with a paragraph or with a list that draws something.
func (e *bodyText) list(l *markup.List, p *Profile) {
	for i, it := range l.Items {
		for k, b := range it.Blocks {
			var inner bodyText
			inner.block(b, p)
			_, para := b.(*markup.Paragraph)
			_, nested := b.(*markup.List)
			if k == 0 && (para || (nested && len(joined(inner.segs)) > 0)) {
				e.add(spaceless(markup.Marker(l.Style, l.Start+i)))
			}
			e.segs = append(e.segs, inner.segs...)
		}
	}
}

func (e *bodyText) table(t *markup.Table) {
	var header []rune
	for _, c := range t.Header {
		header = append(header, runeText(c)...)
	}
	e.add(header)
	for _, row := range t.Rows {
		var rs []rune
		for _, c := range row {
			rs = append(rs, runeText(c)...)
		}
		e.segs = append(e.segs, segment{text: rs, header: header})
	}
}

func joined(segs []segment) []rune {
	var rs []rune
	for _, s := range segs {
		rs = append(rs, s.text...)
	}
	return rs
}

// expectNotes returns the footnotes' text: each note's number, then its
// paragraphs.
func expectNotes(doc *markup.Doc) []rune {
	var rs []rune
	for i, n := range doc.Notes {
		rs = append(rs, spaceless(strconv.Itoa(i+1))...)
		for _, para := range n.Paras {
			rs = append(rs, runeText(para)...)
		}
	}
	return rs
}

// drawnBody returns each page's body text, in the order it was laid out.
func drawnBody(d *Document) [][]rune {
	out := make([][]rune, len(d.Pages))
	for i, pg := range d.Pages {
		for _, t := range pg.Texts {
			if t.Role == Body {
				out[i] = append(out[i], spaceless(t.S)...)
			}
		}
	}
	return out
}

// drawnRunes returns the text of one role, in the order it was laid out.
func drawnRunes(d *Document, role Role) []rune {
	var rs []rune
	for _, pg := range d.Pages {
		for _, t := range pg.Texts {
			if t.Role == role {
				rs = append(rs, spaceless(t.S)...)
			}
		}
	}
	return rs
}

// matchBody matches the expected segments against the pages' text. A
// table row that starts a page may follow its header, repeated.
func matchBody(segs []segment, pages [][]rune) error {
	var stream []rune
	starts := map[int]bool{}
	for _, pg := range pages {
		starts[len(stream)] = true
		stream = append(stream, pg...)
	}
	pos := 0
	for i, s := range segs {
		if s.header != nil && starts[pos] && hasPrefix(stream[pos:], s.header) {
			pos += len(s.header)
		}
		got := stream[pos:min(len(stream), pos+len(s.text))]
		if !sameText(got, s.text, s.bag) {
			return fmt.Errorf("segment %d (of %d) differs: want %q, got %q at %s", i, len(segs), string(s.text), string(got), firstDifference(s.text, got))
		}
		pos += len(s.text)
	}
	if pos != len(stream) {
		return fmt.Errorf("%d characters more than the document's: %q", len(stream)-pos, string(stream[pos:min(len(stream), pos+60)]))
	}
	return nil
}

func hasPrefix(s, prefix []rune) bool {
	return len(s) >= len(prefix) && slices.Equal(s[:len(prefix)], prefix)
}

// sameText compares text exactly, or as a bag of characters.
func sameText(got, want []rune, bag bool) bool {
	if !bag {
		return slices.Equal(got, want)
	}
	g, w := slices.Clone(got), slices.Clone(want)
	slices.Sort(g)
	slices.Sort(w)
	return slices.Equal(g, w)
}

// firstDifference describes where two texts first differ.
func firstDifference(want, got []rune) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	around := func(rs []rune) string { return string(rs[max(0, i-20):min(len(rs), i+40)]) }
	return fmt.Sprintf("character %d: want …%q…, got …%q…", i, around(want), around(got))
}

// runeText returns the characters of runs, white space aside.
func runeText(runs []markup.Run) []rune {
	var rs []rune
	for _, r := range runs {
		rs = append(rs, spaceless(r.Text)...)
	}
	return rs
}

func lineRunes(lines []markup.Line) []rune {
	var rs []rune
	for _, l := range lines {
		rs = append(rs, runeText(l.Runs)...)
	}
	return rs
}

func spaceless(s string) []rune {
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r == '\u2011': // a no-break hyphen is drawn as a hyphen
			rs = append(rs, '-')
		case !unicode.IsSpace(r):
			rs = append(rs, r)
		}
	}
	return rs
}
