package layout

import (
	"strings"
	"unicode"

	"pleadgen/render/markup"
)

// token is one item of a paragraph for line breaking: a box of text that
// cannot be broken, a space, a break opportunity after a hyphen, or a
// forced line break.
type token struct {
	kind  tokenKind
	segs  []markup.Run // the box's text, in one or more styles
	segw  []float64    // each segment's width
	width float64
}

type tokenKind uint8

const (
	box tokenKind = iota
	space
	hyphenBreak
	newline
)

// tokenize splits runs into boxes and break opportunities. Spaces collapse;
// a hyphen between two letters or digits may end a line.
func tokenize(runs []markup.Run) []token {
	var toks []token
	var cur []markup.Run
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, token{kind: box, segs: cur})
			cur = nil
		}
	}
	addRune := func(r rune, run markup.Run) {
		if k := len(cur) - 1; k >= 0 && cur[k].Style == run.Style && cur[k].Note == run.Note {
			cur[k].Text += string(r)
			return
		}
		cur = append(cur, markup.Run{Text: string(r), Style: run.Style, Note: run.Note})
	}
	for _, run := range runs {
		rs := []rune(run.Text)
		for i, r := range rs {
			switch {
			case r == '\n':
				flush()
				toks = append(toks, token{kind: newline})
			case r == ' ' || r == '\t':
				flush()
				if n := len(toks); n > 0 && toks[n-1].kind != space && toks[n-1].kind != newline {
					toks = append(toks, token{kind: space})
				}
			default:
				addRune(r, run)
				if r == '-' && i > 0 && i+1 < len(rs) && wordChar(rs[i-1]) && wordChar(rs[i+1]) {
					flush()
					toks = append(toks, token{kind: hyphenBreak})
				}
			}
		}
	}
	flush()
	return trimSpaces(toks)
}

func wordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// trimSpaces drops spaces at the start and end.
func trimSpaces(toks []token) []token {
	for len(toks) > 0 && toks[0].kind == space {
		toks = toks[1:]
	}
	for len(toks) > 0 && toks[len(toks)-1].kind == space {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// measure fills in the widths of boxes and spaces.
func measure(toks []token, m Measurer, size float64) {
	sp := m.Width(" ", 0, size)
	for i := range toks {
		switch toks[i].kind {
		case box:
			t := &toks[i]
			t.segw, t.width = make([]float64, len(t.segs)), 0
			for k, s := range t.segs {
				sz := size
				if s.Style.Has(markup.Super) {
					sz *= superSize
				}
				t.segw[k] = m.Width(s.Text, s.Style, sz)
				t.width += t.segw[k]
			}
		case space:
			toks[i].width = sp
		}
	}
}

// line is one broken line: its tokens without the break at its end, its
// natural width and whether it is to be justified.
type line struct {
	toks    []token
	natural float64
	justify bool
}

// breakLines breaks measured tokens first-fit: each line takes as many
// boxes as fit in its width (first for the first line, rest after), as a
// word processor does. A box wider than the line stands alone on it.
func breakLines(toks []token, first, rest float64) []line {
	var out []line
	start, avail := 0, first
	w := 0.0     // natural width of toks[start:i]
	lastBrk := 0 // index of the last break opportunity on the line
	emit := func(end, next int, justify bool) {
		out = append(out, line{toks: toks[start:end], natural: naturalWidth(toks[start:end]), justify: justify})
		start, avail, w, lastBrk = next, rest, 0, next
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case newline:
			emit(i, i+1, false)
		case space, hyphenBreak:
			lastBrk = i
			w += t.width
		case box:
			if w+t.width > avail+1e-6 && lastBrk > start {
				emit(lastBrk, lastBrk+1, true)
				i = start - 1
				continue
			}
			w += t.width
		}
	}
	if start < len(toks) || len(out) == 0 {
		emit(len(toks), len(toks), false)
	}
	return out
}

func naturalWidth(toks []token) float64 {
	w := 0.0
	for _, t := range toks {
		w += t.width
	}
	return w
}

// plainText returns a line's text, for tests and pictures.
func (l line) plainText() string {
	var b strings.Builder
	for _, t := range l.toks {
		switch t.kind {
		case box:
			for _, s := range t.segs {
				b.WriteString(s.Text)
			}
		case space:
			b.WriteByte(' ')
		}
	}
	return b.String()
}
