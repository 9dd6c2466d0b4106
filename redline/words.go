package redline

import (
	"math"
	"sort"
	"strings"
	"unicode"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// Word is one token of a laid-out filing: a word, a number, or one
// punctuation mark, which is a token of its own.
type Word struct {
	Text  string
	Page  int // 1-based
	Line  int // the numbered line it stands on, 1-based
	Block int // as layout.Text.Block: 1 + the block's index, 0 for none
	Note  int // the footnote's number, for a word of a footnote
	// Space is set when a space stands before the word on its line.
	Space bool
	// text is the index of the text it is part of among its page's, and
	// at and end its bytes there.
	text, at, end int
}

// Words lists the words of a laid-out document in the document's order,
// not the pages': the body's block by block, then the footnotes' note by
// note, so that text that only moves to another page keeps its place in
// the sequence. The paper's own numbers, footer and marks, a table's
// header repeated on a later page, and footnote marks, which a note added
// renumbers, are left out.
func Words(d *layout.Document) []Word {
	type placed struct {
		t         layout.Text
		page, idx int
	}
	var body, notes []placed
	for i, pg := range d.Pages {
		for k, t := range pg.Texts {
			switch {
			case t.Repeat, t.Style&markup.Super != 0:
				// A repeated header is no new text; footnote marks are
				// numbers the notes' order gives, not words.
			case t.Role == layout.Body:
				body = append(body, placed{t, i + 1, k})
			case t.Role == layout.Note:
				notes = append(notes, placed{t, i + 1, k})
			}
		}
	}
	sort.SliceStable(body, func(i, j int) bool { return body[i].t.Block < body[j].t.Block })
	sort.SliceStable(notes, func(i, j int) bool { return notes[i].t.Note < notes[j].t.Note })
	var out []Word
	for _, p := range append(body, notes...) {
		line := lineOf(d.Profile, p.t.Y)
		for i, tok := range tokens(p.t.S) {
			out = append(out, Word{Text: tok.text, Page: p.page, Line: line, Block: p.t.Block, Note: p.t.Note, Space: tok.space || i == 0,
				text: p.idx, at: tok.at, end: tok.at + len(tok.text)})
		}
	}
	return out
}

// lineOf is the numbered line a baseline stands on: its slot, a line set
// on the half-slot grid counting as the slot it starts in.
func lineOf(p *layout.Profile, y float64) int {
	half := (y - p.Grid.Top - p.Grid.Baseline) / (p.Grid.Pitch / 2)
	line := int(math.Floor(math.Round(half)/2)) + 1
	return min(max(line, 1), p.Grid.Lines)
}

// token is a word or a mark, and whether a space stands before it.
type token struct {
	text  string
	space bool
	at    int // its first byte in the text
}

// tokens splits text into words — letters and digits, with the
// apostrophes inside or after them ("don't", "Defendants’") — and
// single marks.
func tokens(s string) []token {
	var out []token
	var word strings.Builder
	space, start := false, 0
	flush := func() {
		if word.Len() > 0 {
			out = append(out, token{word.String(), space, start})
			word.Reset()
			space = false
		}
	}
	for i, r := range s {
		if word.Len() == 0 {
			start = i
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		case (r == '\'' || r == '’') && word.Len() > 0: // "don't", "Defendants’"
			word.WriteRune(r)
		case unicode.IsSpace(r):
			flush()
			space = true
		default:
			flush()
			out = append(out, token{string(r), space, i})
			space = false
		}
	}
	flush()
	return out
}
