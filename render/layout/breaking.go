package layout

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"pleadgen/render/markup"
)

// token is one item of a paragraph for line breaking: a box of text that
// cannot be broken, a space, a break opportunity after a hyphen, or a
// forced line break.
type token struct {
	kind  tokenKind
	segs  []seg // the box's text, in one or more styles
	width float64
}

// seg is a piece of a box in one style, and its width once measured.
type seg struct {
	markup.Run
	w float64
}

type tokenKind uint8

const (
	box tokenKind = iota
	space
	hyphenBreak
	newline
	tab // to the next tab stop: its width is set where the line places it
)

// tokenize splits runs into boxes and break opportunities. Spaces collapse;
// a hyphen between two letters or digits may end a line. Box text is cut
// from the runs' text, not copied.
func tokenize(runs []markup.Run) []token { return tokenizeIn(runs, nil) }

// tokenRoom is memory for the tokens of one paragraph at a time: a
// document's paragraphs are tokenized in it one after another, instead of
// each in memory of its own that a process rendering one document pays
// for in page faults and a batch in collections.
type tokenRoom struct {
	toks  []token
	arena []seg
	busy  bool // tokens in it are in use
}

// tokenizeIn is tokenize in room's memory, when room is not nil: the
// tokens are good until room is used again.
func tokenizeIn(runs []markup.Run, room *tokenRoom) []token {
	n := 1 // room for every token: a break makes two, a box and itself
	for _, r := range runs {
		n++
		for i := 0; i < len(r.Text); i++ {
			switch r.Text[i] {
			case ' ', '\n', '\t', '-':
				n += 2
			}
		}
	}
	if room == nil {
		room = new(tokenRoom)
	}
	t := &tokenizer{toks: slices.Grow(room.toks[:0], n+2), arena: slices.Grow(room.arena[:0], n/2+len(runs)+1)}
	for _, run := range runs {
		t.run(run)
	}
	t.flush()
	room.toks, room.arena = t.toks, t.arena
	return trimSpaces(t.toks)
}

// nbHyphen is the no-break hyphen, U+2011, which the fonts lack.
const nbHyphen = "\u2011"

// asDrawn is text as the fonts draw it: a no-break hyphen as a hyphen.
// Breaking never parts words at one; other text (the footer's) has no
// breaks within a word to keep.
func asDrawn(s string) string {
	if !strings.Contains(s, nbHyphen) {
		return s
	}
	return strings.ReplaceAll(s, nbHyphen, "-")
}

type tokenizer struct {
	toks []token
	// arena holds the boxes' segments, one after another: a box's segments
	// are a slice of it, so that a word costs no allocation of its own.
	arena []seg
	cur   int // where the box being built starts in arena
}

// run adds one run's text: each piece between breaks becomes a segment of
// the current box.
func (t *tokenizer) run(run markup.Run) {
	s, start := run.Text, 0
	hasNBHyphen := strings.Contains(s, nbHyphen)
	seg := func(end int) {
		if end > start {
			// A no-break hyphen is drawn as a hyphen the line never breaks at.
			text := s[start:end]
			if hasNBHyphen {
				text = asDrawn(text)
			}
			t.arena = append(t.arena, seg{Run: markup.Run{Text: text, Style: run.Style, Note: run.Note}})
		}
	}
	// The breaks are ASCII, which no byte of a longer UTF-8 character is.
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\t':
			seg(i)
			t.flush()
			t.toks = append(t.toks, token{kind: tab})
			start = i + 1
		case c == '\n' || c == ' ':
			seg(i)
			t.flush()
			t.brk(c == '\n')
			start = i + 1
		case c == '-' && hyphenBreakAt(s, i):
			seg(i + 1)
			t.flush()
			t.toks = append(t.toks, token{kind: hyphenBreak})
			start = i + 1
		}
	}
	seg(len(s))
}

// hyphenBreakAt reports whether a line may break after the hyphen at s[i]:
// it stands between two letters or digits.
func hyphenBreakAt(s string, i int) bool {
	if i == 0 || i+1 >= len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+1:])
	return wordChar(before) && wordChar(after)
}

// brk adds a forced break, or a space unless one is there already.
func (t *tokenizer) brk(forced bool) {
	if forced {
		t.toks = append(t.toks, token{kind: newline})
		return
	}
	if n := len(t.toks); n > 0 && t.toks[n-1].kind != space && t.toks[n-1].kind != newline {
		t.toks = append(t.toks, token{kind: space})
	}
}

func (t *tokenizer) flush() {
	if n := len(t.arena); n > t.cur {
		t.toks = append(t.toks, token{kind: box, segs: t.arena[t.cur:n:n]})
		t.cur = n
	}
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
			t.width = 0
			for k := range t.segs {
				s := &t.segs[k]
				sz := size
				if s.Style.Has(markup.Super) {
					sz *= superSize
				}
				s.w = m.Width(s.Text, s.Style, sz)
				t.width += s.w
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
	spaces  int // the spaces between its words, which justifying widens
	bytes   int // the length of its text, a byte a space or tab
}

// defaultTabStop is the distance between tab stops: half an inch, Word's.
const defaultTabStop = 36.0

// breakLinesTab breaks measured tokens first-fit: each line takes as many
// boxes as fit in its width (first for the first line, rest after), as a
// word processor does; a box wider than the line stands alone on it. Tab
// stops are every stop points from where each line starts; a line that
// holds a tab is not justified: its text stands at the tab stops.
func breakLinesTab(toks []token, first, rest, stop float64) []line {
	out := make([]line, 0, linesAbout(toks, rest))
	start, avail := 0, first
	w := 0.0     // natural width of toks[start:i]
	lastBrk := 0 // index of the last break opportunity on the line
	emit := func(end, next int, justify bool) {
		out = append(out, lineOf(toks[start:end], justify))
		start, avail, w, lastBrk = next, rest, 0, next
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case newline:
			emit(i, i+1, false)
		case tab:
			toks[i].width = stop*(math.Floor(w/stop+1e-9)+1) - w
			lastBrk = i
			w += toks[i].width
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

// linesAbout is about how many lines of width w tokens fill: room for the
// lines, so that the list of them is made once.
func linesAbout(toks []token, w float64) int {
	total, n := 0.0, 1
	for _, t := range toks {
		total += t.width
		if t.kind == newline {
			n++
		}
	}
	if w > 0 {
		n += int(total/w) + 1
	}
	return n
}

// lineOf makes a line of tokens, with what placing it needs to know, in
// one pass: its natural width, its spaces and its length. A line that
// holds a tab is never justified: its text stands at the tab stops.
func lineOf(toks []token, justify bool) line {
	l := line{toks: toks, justify: justify}
	for _, t := range toks {
		l.natural += t.width
		l.bytes++
		switch t.kind {
		case space:
			l.spaces++
		case tab:
			l.justify = false
		case box:
			for _, s := range t.segs {
				l.bytes += len(s.Text)
			}
		}
	}
	return l
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
		case space, tab:
			b.WriteByte(' ')
		}
	}
	return b.String()
}
