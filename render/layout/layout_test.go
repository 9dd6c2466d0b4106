package layout

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestLayoutProperties lays out random documents of paragraphs, headings,
// quotations, lists and footnotes and checks the page as a whole: every
// text on the grid and inside the measure, no more than the numbered
// lines per page, every word once and in order, footnotes likewise, and no
// heading as the last line of a page.
func TestLayoutProperties(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 200; n++ {
		doc, words, notes := randomDoc(r)
		d, err := LayoutWith(doc, p, monoMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		checkGrid(t, d)
		if got := pageWords(d, Body); got != words {
			t.Fatalf("doc %d: body words differ\n got %.300s\nwant %.300s", n, got, words)
		}
		if got := pageWords(d, Note); got != notes {
			t.Fatalf("doc %d: footnote words differ\n got %.300s\nwant %.300s", n, got, notes)
		}
		checkHeadings(t, d)
	}
}

// randomDoc returns a document and its body and footnote words in order;
// the footnote marks are part of the words they follow.
func randomDoc(r *rand.Rand) (*markup.Doc, string, string) {
	doc := &markup.Doc{}
	var body, notes []string
	words := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = strings.Repeat("w", 1+r.IntN(12))
		}
		return strings.Join(ws, " ")
	}
	for b := 0; b < 10+r.IntN(40); b++ {
		text := words(1 + r.IntN(120))
		runs := []markup.Run{{Text: text}}
		switch r.IntN(6) {
		case 0:
			doc.Blocks = append(doc.Blocks, &markup.Heading{Level: 1, Runs: runs})
		case 1:
			doc.Blocks = append(doc.Blocks, &markup.Quote{Paras: [][]markup.Run{runs}})
		case 2:
			doc.Blocks = append(doc.Blocks, &markup.List{Style: "1.", Start: 1, Items: []markup.Item{{Blocks: []markup.Block{&markup.Paragraph{Runs: runs}}}}})
			text = "1. " + text
		case 3:
			num := len(doc.Notes) + 1
			note := words(1 + r.IntN(150))
			doc.Notes = append(doc.Notes, markup.Note{Paras: [][]markup.Run{{{Text: note}}}})
			runs = append(runs, markup.Run{Text: fmt.Sprint(num), Style: markup.Super, Note: num})
			text += fmt.Sprint(num)
			notes = append(notes, fmt.Sprint(num), note)
			doc.Blocks = append(doc.Blocks, &markup.Paragraph{Runs: runs})
		default:
			doc.Blocks = append(doc.Blocks, &markup.Paragraph{Runs: runs})
		}
		body = append(body, text)
	}
	last := words(3) // a heading never ends the document
	doc.Blocks = append(doc.Blocks, &markup.Paragraph{Runs: []markup.Run{{Text: last}}})
	body = append(body, last)
	return doc, strings.Join(body, " "), strings.Join(notes, " ")
}

// pageWords returns the words of one role, page by page, in reading order.
func pageWords(d *Document, role Role) string {
	var ws []string
	for _, pg := range d.Pages {
		var texts []Text
		for _, t := range pg.Texts {
			if t.Role == role {
				texts = append(texts, t)
			}
		}
		ws = append(ws, strings.Fields(readingOrder(texts))...)
	}
	return strings.Join(ws, " ")
}

// readingOrder joins texts line by line, top to bottom and left to right,
// gluing a raised footnote mark to the word before it.
func readingOrder(texts []Text) string {
	var b strings.Builder
	var lastY, lastEnd float64
	for i, t := range sortedTexts(texts) {
		y := t.Y
		if t.Style.Has(markup.Super) {
			y = t.Y + t.Size/superSize*superRise
		}
		if i > 0 && (math.Abs(y-lastY) > 1 || t.X-lastEnd > 0.5) {
			b.WriteByte(' ')
		}
		b.WriteString(t.S)
		lastY, lastEnd = y, t.X+t.W
	}
	return b.String()
}

func TestLayoutRefuses(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	wide := &markup.Table{Align: make([]markup.Align, 14), Line: 7}
	many := make([]markup.Block, 0, 2*MaxPages+1)
	for i := 0; i <= 2*MaxPages; i++ {
		many = append(many, &markup.Paragraph{Runs: []markup.Run{{Text: "x"}}}, &markup.PageBreak{})
	}
	lines := make([]markup.Line, 60)
	for i := range lines {
		lines[i] = markup.Line{Runs: []markup.Run{{Text: "PARTY"}}}
	}
	tall := &markup.Caption{Left: lines, Line: 3}
	cell := markup.Cell{{Text: strings.Repeat("word ", 3000)}}
	tallRow := &markup.Table{Header: []markup.Cell{{{Text: "H"}}}, Rows: [][]markup.Cell{{cell}}, Align: []markup.Align{0}, Line: 9}
	tests := []struct {
		blocks []markup.Block
		want   string
	}{
		{[]markup.Block{wide}, "markup line 7: a table of 14 columns is wider than the page, which holds at most 13"},
		{[]markup.Block{tall}, "markup line 3: the caption runs to 60 lines, more than a page holds; shorten it"},
		{[]markup.Block{tallRow}, "markup line 9: a table row is taller than a page under its header; split the row's text into several rows"},
		{many, "the document runs past 2000 pages"},
	}
	for _, tt := range tests {
		_, err := LayoutWith(&markup.Doc{Blocks: tt.blocks}, p, monoMeasurer{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("error = %v, want %q", err, tt.want)
		}
	}
}

// TestNoteLongerThanAPage checks that a footnote longer than a whole page
// continues over as many pages as it needs, every line on the grid.
func TestNoteLongerThanAPage(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	note := strings.Repeat("A note so long that it fills several pages. ", 400)
	doc := &markup.Doc{
		Blocks: []markup.Block{&markup.Paragraph{Runs: []markup.Run{{Text: "Text."}, {Text: "1", Style: markup.Super, Note: 1}}}},
		Notes:  []markup.Note{{Paras: [][]markup.Run{{{Text: note}}}}},
	}
	d, err := LayoutWith(doc, p, monoMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Pages) < 3 {
		t.Fatalf("the note took %d pages, want at least 3", len(d.Pages))
	}
	checkGrid(t, d)
	if got, want := pageWords(d, Note), "1 "+strings.Join(strings.Fields(note), " "); got != want {
		t.Errorf("note words differ: got %.80q…", got)
	}
}

// TestDeepListsStayInside nests lists far deeper than any filing does and
// checks that the text stays inside the measure.
func TestDeepListsStayInside(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	var b markup.Block = &markup.Paragraph{Runs: []markup.Run{{Text: strings.Repeat("deep words ", 30)}}}
	for i := 0; i < 30; i++ {
		b = &markup.List{Style: "•", Start: 1, Items: []markup.Item{{Blocks: []markup.Block{b}}}}
	}
	d, err := LayoutWith(&markup.Doc{Blocks: []markup.Block{b}}, p, monoMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	checkGrid(t, d)
}
