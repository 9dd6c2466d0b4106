package layout

import (
	"fmt"
	"strings"

	"pleadgen/render/markup"
)

// row is one line of the flow to be paged: its height in half-slots and the
// texts and rules on it, with y relative to its baseline.
type row struct {
	h           int  // half-slots it occupies: 1 for a single-spaced line, 2 for a slot
	last        int  // half-slots from its first baseline to its last
	align       bool // it starts on a slot boundary
	padAfter    bool // the next row starts on a slot boundary
	keepNext    bool // never end a page after this row
	keepSoft    bool // rather not end a page after this row: given up when the rows so kept do not fit on one page
	firstPage   bool // part of the first page's counsel block, court title or caption, which no keep moves off it
	breakBefore bool // start a new page
	minHalf     int  // earliest half-slot on the first page
	blank       bool // an empty row, dropped at the top of a page
	texts       []Text
	rules       []Rule
	mark        *Mark
	notes       []int               // footnotes referred to on this row
	header      *row                // a table's header, repeated when this row starts a page
	footer      *markup.FooterTitle // the footer title from this row's page on
}

// flow turns blocks into rows.
type flow struct {
	p    *Profile
	m    Measurer
	s    settings
	rows []row
	err  error // the first block that cannot be laid out

	kept    int           // a row kept with the next row of text, or −1
	sigEnd  int           // the last row of the latest signature block, or −1
	front   frontMatter   // the first page's blocks
	counsel []counselPart // the counsel blocks at the document's start
	// warnings are what the layout drew but a writer should hear of.
	warnings []*markup.Error
	// tabStop is the distance between tab stops of the block being laid
	// out; 0 for the default half inch.
	tabStop float64
	// lines, when not nil, are the last layout's lines of the same
	// document, for paragraphs that did not change.
	lines *Lines
	room  tokenRoom // the tokens of the paragraph being broken (eachLine)
}

// settings are the profile's choices as the document may override them.
type settings struct {
	widows        int
	noteH, quoteH int // half-slots per line of footnotes and quotations
	cellH         int // half-slots per line inside a table's cell
}

func settingsFor(m markup.Meta, p *Profile) settings {
	s := settings{widows: p.Widows, noteH: spacing(p.Footnotes, m.Footnotes), quoteH: spacing(p.Quotes, m.Quotes), cellH: spacing(p.Tables, m.Tables)}
	if m.Widows != nil {
		s.widows = *m.Widows
	}
	return s
}

// spacing returns the half-slots per line of "single" or "double" spacing,
// the document's choice first.
func spacing(profile, doc string) int {
	if doc == "double" || (doc == "" && profile == "double") {
		return 2
	}
	return 1
}

func (f *flow) blocks(blocks []markup.Block) {
	var pendingBreak bool
	var pendingFooter *markup.FooterTitle
	f.kept, f.sigEnd = -1, -1
	f.front = frontOf(blocks)
	for i, b := range blocks {
		n := len(f.rows)
		switch b := b.(type) {
		case *markup.PageBreak:
			pendingBreak = true
		case *markup.FooterTitle:
			pendingFooter = b
		default:
			f.block(b, 0)
		}
		tagBlock(f.rows[n:], i+1)
		f.noteFront(i, b, n)
		f.keepOverBlanks()
		if len(f.rows) > n {
			f.rows[n].breakBefore = f.rows[n].breakBefore || pendingBreak
			f.rows[n].footer = pendingFooter
			pendingBreak, pendingFooter = false, nil
		}
	}
}

// tagBlock marks the texts of a block's rows, and of their repeated table
// headers, with the block's number.
func tagBlock(rows []row, block int) {
	for i := range rows {
		for t := range rows[i].texts {
			rows[i].texts[t].Block = block
		}
		if h := rows[i].header; h != nil && len(h.texts) > 0 && h.texts[0].Block == 0 {
			tagBlock([]row{*h}, block) // the header's texts are shared with the copy
		}
	}
}

// fail records the first block that cannot be laid out.
func (f *flow) fail(err *Error) {
	if f.err == nil {
		f.err = err
	}
}

// block adds the rows of one block; depth counts the lists around it.
func (f *flow) block(b markup.Block, depth int) {
	f.keepOverBlanks()
	switch b := b.(type) {
	case *markup.Paragraph:
		f.formedParagraph(b)
		f.markKept(b)
	case *markup.Heading:
		f.heading(b)
	case *markup.LineBlock:
		f.lineBlock(b)
	case *markup.Caption:
		f.caption(b)
	case *markup.Quote:
		f.quote(b)
	case *markup.List:
		f.list(b, depth)
	case *markup.Table:
		f.table(b)
	case *markup.PageBreak, *markup.FooterTitle:
		// blocks handles them at the top level; inside a list they do nothing
	default:
		panic(fmt.Sprintf("layout: block %T not handled", b))
	}
}

// markKept marks the last row of a paragraph that is kept with what
// follows it.
func (f *flow) markKept(p *markup.Paragraph) {
	if p.Keep && len(f.rows) > 0 {
		f.kept = len(f.rows) - 1
	}
}

// keepOverBlanks keeps the row marked kept on the page of the next row
// that holds text, and every blank row between them, once that row is
// there; it runs before and after each block.
func (f *flow) keepOverBlanks() {
	if f.kept < 0 {
		return
	}
	f.rows[f.kept].keepNext = true
	for f.kept+1 < len(f.rows) {
		if !f.rows[f.kept+1].blank {
			f.kept = -1
			return
		}
		f.kept++
		f.rows[f.kept].keepNext = true
	}
}

// paragraph adds a justified, double-spaced paragraph whose first line is
// indented, keeping the profile's number of lines together at each end.
func (f *flow) paragraph(runs []markup.Run, indent float64) {
	width := f.p.Text.Right - f.p.Text.Left
	f.eachLine(runs, width-indent, width, func(i, n int, l line) {
		x := f.p.Text.Left
		if i == 0 {
			x += indent
		}
		r := f.lineRow(l, x, x+width-(x-f.p.Text.Left), 2)
		r.keepNext = f.keepForWidows(i, n)
		f.rows = append(f.rows, r)
	})
}

// formedParagraph adds a paragraph in the form its ::: paragraphs block
// gave it: its first-line indent, a hanging indent, or centred lines.
func (f *flow) formedParagraph(b *markup.Paragraph) {
	form := b.Form
	width := f.p.Text.Right - f.p.Text.Left
	switch {
	case form.Center:
		f.eachLine(b.Runs, width, width, func(i, n int, l line) {
			l.justify = false
			r := f.lineRow(l, alignX(l, f.p.Text.Left, f.p.Text.Right, markup.Center), f.p.Text.Right, 2)
			r.keepNext = f.keepForWidows(i, n)
			f.rows = append(f.rows, r)
		})
	case form.Hang > 0:
		f.hangingPara(b.Runs, min(form.Indent, width/2), min(form.Hang, width/2))
	case form.Indented:
		f.paragraph(b.Runs, min(form.Indent, width/2))
	default:
		f.paragraph(b.Runs, f.p.Text.Indent)
	}
}

// hangingPara adds a paragraph whose first line starts indent in and whose
// other lines start hang in: a hanging indent.
func (f *flow) hangingPara(runs []markup.Run, indent, hang float64) {
	left, right := f.p.Text.Left, f.p.Text.Right
	f.eachLine(runs, right-left-indent, right-left-hang, func(i, n int, l line) {
		x := left + hang
		if i == 0 {
			x = left + indent
		}
		r := f.lineRow(l, x, right, 2)
		r.keepNext = f.keepForWidows(i, n)
		f.rows = append(f.rows, r)
	})
}

// keepForWidows reports whether line i of n must stay with the next line
// so that neither end of the paragraph is left alone on a page.
func (f *flow) keepForWidows(i, n int) bool {
	w := f.s.widows
	if w < 2 {
		return false
	}
	return i < n-1 && (i < w-1 || i >= n-w)
}

// heading adds a bold heading kept with the line that follows it; its
// footnotes go to the foot of its page.
func (f *flow) heading(h *markup.Heading) {
	runs, form := h.Runs, h.Form
	f.tabStop = form.Tab
	defer func() { f.tabStop = 0 }()
	if !form.Plain {
		runs = styled(runs, markup.Bold)
	}
	if form.Underline {
		runs = styled(runs, markup.Underline)
	}
	left := f.p.Text.Left + min(form.Indent, (f.p.Text.Right-f.p.Text.Left)/2)
	width := f.p.Text.Right - left
	f.eachLine(runs, width, width, func(i, _ int, l line) {
		l.justify = false
		x := left
		if form.Center {
			x = alignX(l, left, f.p.Text.Right, markup.Center)
		}
		r := f.lineRow(l, x, f.p.Text.Right, 2)
		r.keepNext = true
		if i == 0 {
			r.mark = &Mark{Title: plainRuns(h.Runs), Level: h.Level - 1}
		}
		f.rows = append(f.rows, r)
	})
}

// breakRuns tokenizes, measures and breaks runs at the body size.
func (f *flow) breakRuns(runs []markup.Run, first, rest float64) []line {
	return f.breakIn(runs, first, rest, nil)
}

// eachLine breaks runs as breakRuns does and gives use each line with its
// index and the number of lines. The lines live only in the call: their
// tokens are in the flow's room, which the next paragraph's take again.
func (f *flow) eachLine(runs []markup.Run, first, rest float64, use func(i, n int, l line)) {
	var room *tokenRoom
	if f.lines == nil && !f.room.busy { // the lines' cache keeps them
		room = &f.room
		room.busy = true
		defer func() { room.busy = false }()
	}
	lines := f.breakIn(runs, first, rest, room)
	for i, l := range lines {
		use(i, len(lines), l)
	}
}

// breakIn is breakRuns with the tokens in room, when it is not nil.
func (f *flow) breakIn(runs []markup.Run, first, rest float64, room *tokenRoom) []line {
	stop := f.tabStop
	if stop <= 0 {
		stop = defaultTabStop
	}
	var key string
	if f.lines != nil {
		ls, k, ok := f.lines.lookup(runs, first, rest, stop, f.p.Text.Size)
		if ok {
			return ls
		}
		key = k
	}
	toks := tokenizeIn(runs, room)
	measure(toks, f.m, f.p.Text.Size)
	toks = splitLong(toks, min(first, rest), f.m, f.p.Text.Size)
	ls := breakLinesTab(toks, first, rest, stop)
	if f.lines != nil {
		f.lines.store(key, ls)
	}
	return ls
}

// lineRow places a line between x and right on a row of height h.
func (f *flow) lineRow(l line, x, right float64, h int) row {
	var texts []Text
	var rules []Rule
	var notes []int
	if f.lines != nil {
		texts, rules, notes = f.lines.place(l, x, right-x, f.p.Text.Size)
	} else {
		texts, rules, notes = placeLine(l, x, right-x, f.p.Text.Size)
	}
	return row{h: h, align: h == 2, texts: texts, rules: rules, notes: notes, blank: len(texts) == 0}
}

// plainRuns returns the text of runs without footnote marks, for a
// bookmark's title: a tab or a line break in a heading is a space there.
func plainRuns(runs []markup.Run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Note == 0 {
			b.WriteString(r.Text)
		}
	}
	return strings.Join(strings.FieldsFunc(b.String(), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n'
	}), " ")
}

// firstReferences keeps each footnote with the row of its first
// reference: a later reference repeats the number, not the note.
func firstReferences(rows []row) {
	seen := map[int]bool{}
	for i := range rows {
		notes := rows[i].notes[:0:0]
		for _, n := range rows[i].notes {
			if !seen[n] {
				seen[n] = true
				notes = append(notes, n)
			}
		}
		rows[i].notes = notes
	}
}
