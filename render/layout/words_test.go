package layout

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

var wordSeed = flag.Uint64("wordseed", 0, "replay TestWordsOnceInOrder on the document of this seed only")

// TestWordsOnceInOrder writes random markup documents whose every word is
// a token of its own (w1x, w2x … wAx …) — paragraphs with up to 250 footnote
// references on one line, headings with references, nested lists, block
// quotations, run-in labels, long tables with and without proportions,
// blocks of lines, signatures, the first page's blocks and page breaks —
// and checks, after parsing and layout, that every token is drawn exactly
// once and in order: the body's tokens in the order written, then the
// footnotes' tokens in the order of the notes' first references. It also
// applies the text oracle (checkText) and the page checks. A failure names
// its seed; -wordseed=N replays that document alone.
func TestWordsOnceInOrder(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	seeds := []uint64{*wordSeed}
	if *wordSeed == 0 {
		seeds = nil
		for s := uint64(1); s <= 120; s++ {
			seeds = append(seeds, s)
		}
	}
	for _, seed := range seeds {
		g := newDocGen(seed)
		src := g.document()
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			t.Fatalf("seed %d (replay with -wordseed=%d): %v", seed, seed, err)
		}
		d, err := LayoutWith(doc, p, monoMeasurer{})
		if err != nil {
			t.Fatalf("seed %d (replay with -wordseed=%d): %v", seed, seed, err)
		}
		checkGrid(t, d)
		checkOverlaps(t, d)
		checkText(t, doc, d)
		if got, want := drawnTokens(d, Body), g.body; !slices.Equal(got, want) {
			t.Fatalf("seed %d (replay with -wordseed=%d): body tokens differ at %s", seed, seed, tokenDifference(want, got))
		}
		if got, want := drawnTokens(d, Note), g.noteTokens(); !slices.Equal(got, want) {
			t.Fatalf("seed %d (replay with -wordseed=%d): footnote tokens differ at %s", seed, seed, tokenDifference(want, got))
		}
	}
}

// tokenPattern matches a token: its number in base 36, so that a token
// is short enough for the narrowest table column.
var tokenPattern = regexp.MustCompile(`w[0-9A-Z]+x`)

// drawnTokens returns the tokens of one role's texts, in the order they
// were laid out.
func drawnTokens(d *Document, role Role) []string {
	var b strings.Builder
	for _, pg := range d.Pages {
		for _, t := range pg.Texts {
			if t.Role == role {
				b.WriteString(t.S)
				b.WriteByte(' ')
			}
		}
	}
	return tokenPattern.FindAllString(b.String(), -1)
}

func tokenDifference(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	return fmt.Sprintf("token %d: want %v, got %v", i, want[i:min(len(want), i+5)], got[i:min(len(got), i+5)])
}

// docGen writes a random document and remembers its tokens.
type docGen struct {
	r     *rand.Rand
	b     strings.Builder
	next  int        // the last token's number
	body  []string   // the body's tokens, in order
	notes [][]string // each note's tokens, by label number
	defs  []string   // each note's definition
	order []int      // the notes in the order of their first reference
	// spacesOnly joins words with spaces only (in a table's cells).
	spacesOnly bool
}

func newDocGen(seed uint64) *docGen {
	return &docGen{r: rand.New(rand.NewPCG(seed, 1))}
}

// tokens returns n new tokens, added to dst.
func (g *docGen) tokens(dst *[]string, n int) []string {
	out := make([]string, n)
	for i := range out {
		g.next++
		out[i] = "w" + strings.ToUpper(strconv.FormatInt(int64(g.next), 36)) + "x"
	}
	*dst = append(*dst, out...)
	return out
}

// text returns n body tokens as inline text, some emphasised and some
// followed by footnote references.
func (g *docGen) text(n int) string {
	var b strings.Builder
	for i, w := range g.tokens(&g.body, n) {
		switch g.r.IntN(16) {
		case 0:
			w = "*" + w + "*"
		case 1:
			w = "**" + w + "**"
		case 2:
			w += g.ref()
		case 3:
			w = "<sup>" + w + "</sup>"
		case 4:
			w = "<u>" + w + "</u>"
		}
		if i > 0 {
			// Words are joined by a space, or now and then by a no-break
			// space or a no-break hyphen, which join them into one box,
			// or by a tab, which moves the next to a tab stop.
			if g.spacesOnly {
				b.WriteString(" ")
			} else {
				b.WriteString([]string{" ", " ", " ", " ", " ", " ", "&nbsp;", "&#8209;", "\t"}[g.r.IntN(9)])
			}
		}
		b.WriteString(w)
	}
	return b.String()
}

// ref returns a footnote reference: to a new note, or now and then again
// to one referred to before.
func (g *docGen) ref() string {
	if len(g.order) > 0 && g.r.IntN(6) == 0 {
		return fmt.Sprintf("[^n%d]", g.order[g.r.IntN(len(g.order))])
	}
	k := len(g.notes)
	g.notes = append(g.notes, nil)
	g.defs = append(g.defs, g.noteText(k))
	g.order = append(g.order, k)
	return fmt.Sprintf("[^n%d]", k)
}

// noteText returns a note's definition text: a paragraph, sometimes more
// paragraphs or a list, indented under the definition.
func (g *docGen) noteText(k int) string {
	words := func(n int) string { return strings.Join(g.tokens(&g.notes[k], n), " ") }
	s := words(1 + g.r.IntN(8))
	switch g.r.IntN(8) {
	case 0:
		s += "\n\n    " + words(1+g.r.IntN(40))
	case 1:
		s += "\n\n    1. " + words(2) + "\n    2. " + words(3)
	}
	return s
}

// noteTokens returns the notes' tokens in the order the notes are numbered.
func (g *docGen) noteTokens() []string {
	var out []string
	for _, k := range g.order {
		out = append(out, g.notes[k]...)
	}
	return out
}

// document writes the whole document: perhaps a first page's blocks, then
// random blocks, then the footnote definitions.
func (g *docGen) document() string {
	if g.r.IntN(3) == 0 {
		g.frontMatter()
	}
	for n := 5 + g.r.IntN(25); n > 0; n-- {
		g.block()
	}
	g.b.WriteString(g.text(2) + "\n\n") // the text never ends with a heading
	for k, def := range g.defs {
		fmt.Fprintf(&g.b, "[^n%d]: %s\n\n", k, def)
	}
	return g.b.String()
}

func (g *docGen) frontMatter() {
	fmt.Fprintf(&g.b, "::: counsel\n%s\n%s\n:::\n", g.plain(3), g.plain(2))
	fmt.Fprintf(&g.b, "::: court\n%s\n:::\n", g.plain(3))
	fmt.Fprintf(&g.b, "::: caption\n%s\n>> %s\n|||\n%s\n:::\n\n", g.plain(4), g.plain(1), g.plain(5))
}

// plain returns n body tokens, without markup.
func (g *docGen) plain(n int) string { return strings.Join(g.tokens(&g.body, n), " ") }

// block writes one random block.
func (g *docGen) block() {
	switch g.r.IntN(11) {
	case 0:
		fmt.Fprintf(&g.b, "%s %s\n\n", strings.Repeat("#", 1+g.r.IntN(2)), g.text(1+g.r.IntN(8)))
	case 1:
		g.manyRefs()
	case 2:
		g.list(0, "")
		g.b.WriteString("\n")
	case 3:
		fmt.Fprintf(&g.b, "> %s\n>\n> %s\n\n", g.text(1+g.r.IntN(60)), g.text(1+g.r.IntN(20)))
	case 4:
		fmt.Fprintf(&g.b, "::: label\n%s:\n:::\n", g.plain(1))
		g.block()
	case 5:
		g.table()
	case 6:
		fmt.Fprintf(&g.b, "::: lines\n%s\n\n> %s\n:::\n\n", g.plain(2), g.plain(30))
	case 7:
		fmt.Fprintf(&g.b, "::: signature\nDated: May 1, 2025\n|||\n/s/ %s\n%s\n:::\n\n", g.plain(2), g.plain(2))
	case 8:
		if g.r.IntN(3) == 0 {
			g.b.WriteString("::: pagebreak\n")
			return
		}
		g.formed()
	default:
		fmt.Fprintf(&g.b, "%s [%s](https://example.org/%s)\n\n", g.text(1+g.r.IntN(150)), g.plain(1), strings.Repeat("long/path/", g.r.IntN(12)))
	}
}

// formed writes a ::: paragraphs block or a ::: heading block with random
// options.
func (g *docGen) formed() {
	if g.r.IntN(4) == 0 {
		g.b.WriteString([]string{"::: list 1. flush\n", "::: list (a) flush\n"}[g.r.IntN(2)])
		for i := 0; i < 1+g.r.IntN(4); i++ {
			fmt.Fprintf(&g.b, "%d. %s\n", 1+i+g.r.IntN(2)*5, g.text(1+g.r.IntN(40)))
		}
		g.b.WriteString(":::\n\n")
		return
	}
	if g.r.IntN(3) == 0 {
		opts := []string{"plain", "underline", "indent 0.5in", "indent 3in", "center", "plain underline indent 1in"}[g.r.IntN(6)]
		fmt.Fprintf(&g.b, "::: heading %s\n%s %s\n:::\n\n", opts, strings.Repeat("#", 1+g.r.IntN(2)), g.text(1+g.r.IntN(12)))
		return
	}
	opts := []string{"flush", "center", "indent 1in", "indent 3in", "hanging 0.5in", "hanging 3in", "indent 0.25in hanging 1in"}[g.r.IntN(7)]
	fmt.Fprintf(&g.b, "::: paragraphs %s\n%s\n\n%s\n:::\n\n", opts, g.text(1+g.r.IntN(80)), g.text(1+g.r.IntN(10)))
}

// manyRefs writes a paragraph with a line of 20 to 250 references, next to
// each other or apart.
func (g *docGen) manyRefs() {
	n := 20 + g.r.IntN(231)
	sep := []string{"", " "}[g.r.IntN(2)]
	var b strings.Builder
	b.WriteString(g.text(3) + " " + g.plain(1))
	for i := 0; i < n; i++ {
		k := len(g.notes)
		g.notes = append(g.notes, nil)
		g.defs = append(g.defs, strings.Join(g.tokens(&g.notes[k], 1+g.r.IntN(3)), " "))
		g.order = append(g.order, k)
		fmt.Fprintf(&b, "%s[^n%d]", sep, k)
	}
	fmt.Fprintf(&g.b, "%s %s\n\n", b.String(), g.text(3))
}

// list writes a list of one to four items, nested up to three deep.
func (g *docGen) list(depth int, indent string) {
	ordered := g.r.IntN(2) == 0
	for i := 0; i < 1+g.r.IntN(4); i++ {
		marker := "- "
		if ordered {
			marker = fmt.Sprintf("%d. ", i+1)
		}
		fmt.Fprintf(&g.b, "%s%s%s\n", indent, marker, g.text(1+g.r.IntN(30)))
		if depth < 3 && g.r.IntN(3) == 0 {
			g.list(depth+1, indent+strings.Repeat(" ", len(marker)))
		}
	}
}

// table writes a table of two to four columns and up to 60 rows, with
// proportions or without; its header's words are not tokens, since the
// header is drawn again on every page the table continues on.
func (g *docGen) table() {
	cols := 2 + g.r.IntN(3)
	if g.r.IntN(2) == 0 {
		g.b.WriteString("::: table")
		for i := 0; i < cols; i++ {
			g.b.WriteString([]string{" 1", " 1.5", " 2", " 3"}[g.r.IntN(4)])
		}
		g.b.WriteString("\n")
		defer g.b.WriteString(":::\n")
	}
	g.b.WriteString("|" + strings.Repeat(" Head |", cols) + "\n|" + strings.Repeat("---|", cols) + "\n")
	// A cell may break a long box inside it, which would split a token:
	// its words are joined by spaces only.
	g.spacesOnly = true
	defer func() { g.spacesOnly = false }()
	for r := 0; r < 1+g.r.IntN(60); r++ {
		g.b.WriteString("|")
		for c := 0; c < cols; c++ {
			g.b.WriteString(" " + g.text(g.r.IntN(12)) + " |")
		}
		g.b.WriteString("\n")
	}
	g.b.WriteString("\n")
}
