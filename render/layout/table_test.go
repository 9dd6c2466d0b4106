package layout

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strconv"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestTableCellsStayInTheirColumns lays out random tables — one to
// thirteen columns, random proportions or none, cells of random words,
// some far wider than their column — and checks that each table either
// is refused, at its line, because its proportions leave a column
// narrower than half an inch (exactly when they do) or a row is taller
// than a page, or else that every text lies inside its column and inside
// the measure, holds only its column's letters (each column's words are
// written with two letters of its own), and that every character of every
// cell is drawn once and in order (checkText).
func TestTableCellsStayInTheirColumns(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(10, 11))
	laid := 0
	for n := 0; n < 300; n++ {
		src, narrow := randomTable(r)
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			t.Fatalf("table %d: %v\n%s", n, err, src)
		}
		d, err := LayoutWith(doc, p, monoMeasurer{})
		var le *Error
		switch {
		case narrow && (err == nil || !strings.Contains(err.Error(), "a column needs")):
			t.Fatalf("table %d: error %v, want the proportions refused\n%s", n, err, src)
		case err != nil && (!errors.As(err, &le) || le.Line != 1 || le.Block != "table"):
			t.Fatalf("table %d: error %v is not the table's", n, err)
		case err != nil && !narrow && !strings.Contains(err.Error(), "taller than a page"):
			t.Fatalf("table %d: unexpected error %v\n%s", n, err, src)
		case err != nil:
			continue
		}
		checkGrid(t, d)
		checkOverlaps(t, d)
		checkText(t, doc, d)
		checkColumns(t, d)
		laid++
	}
	if laid < 150 {
		t.Errorf("only %d of 300 tables laid out: the test checks too little", laid)
	}
	t.Logf("%d of 300 tables laid out", laid)
}

// randomTable returns a table's markup and whether its proportions leave a
// column narrower than minColumn on the cand measure.
func randomTable(r *rand.Rand) (string, bool) {
	cols := 1 + r.IntN(1+r.IntN(13))
	var b strings.Builder
	narrow := false
	if r.IntN(4) > 0 {
		ws := make([]float64, cols)
		b.WriteString("::: table")
		for i := range ws {
			s := strconv.FormatFloat(math.Round(math.Exp(r.Float64()*3.5-1)*100)/100, 'f', -1, 64)
			ws[i], _ = strconv.ParseFloat(s, 64)
			b.WriteString(" " + s)
		}
		b.WriteString("\n")
		total := 0.0
		for _, w := range ws {
			total += w
		}
		for _, w := range ws {
			narrow = narrow || w*468/total < minColumn-1e-9
		}
	}
	row := func(header bool) {
		b.WriteString("|")
		for c := 0; c < cols; c++ {
			b.WriteString(" " + cellWords(r, c, header) + " |")
		}
		b.WriteString("\n")
	}
	row(true)
	b.WriteString("|" + strings.Repeat("---|", cols) + "\n")
	for i := 0; i < 1+r.IntN(12); i++ {
		row(false)
	}
	if strings.HasPrefix(b.String(), ":::") {
		b.WriteString(":::\n")
	}
	return b.String(), narrow
}

// cellWords returns random words written with column c's two letters,
// some longer than any column is wide.
func cellWords(r *rand.Rand, c int, header bool) string {
	letters := []byte{byte('a' + 2*c), byte('a' + 2*c + 1)}
	n := r.IntN(8)
	if header {
		n = 1 + r.IntN(2)
	}
	words := make([]string, n)
	for i := range words {
		w := make([]byte, 1+r.IntN(12))
		if r.IntN(8) == 0 {
			w = make([]byte, 30+r.IntN(90))
		}
		for k := range w {
			w[k] = letters[r.IntN(2)]
		}
		words[i] = string(w)
	}
	return strings.Join(words, " ")
}

// checkColumns asserts each body text lies inside one column of the
// table on its page — between two of the table's vertical rules — and
// holds only that column's letters.
func checkColumns(t *testing.T, d *Document) {
	t.Helper()
	right := d.Profile.Text.Right
	for n, pg := range d.Pages {
		edges := columnEdges(pg, d.Profile)
		for _, tx := range pg.Texts {
			if tx.Role != Body {
				continue
			}
			c := sort.SearchFloat64s(edges, tx.X+1e-6) - 1
			if c < 0 || c+1 >= len(edges) || tx.X+tx.W > edges[c+1]+1e-6 || tx.X+tx.W > right+1e-6 {
				t.Fatalf("page %d: %q at %.1f–%.1f passes its column (edges %v)", n+1, tx.S, tx.X, tx.X+tx.W, edges)
			}
			for _, ch := range strings.ReplaceAll(tx.S, " ", "") {
				if ch != rune('a'+2*c) && ch != rune('a'+2*c+1) {
					t.Fatalf("page %d: %q lies in column %d but is not its text", n+1, tx.S, c+1)
				}
			}
		}
	}
}

// columnEdges returns the x of the vertical rules a page's table rows draw
// inside the measure, in order.
func columnEdges(pg Page, p *Profile) []float64 {
	seen := map[float64]bool{}
	var xs []float64
	for _, ru := range pg.Rules {
		if ru.X1 == ru.X2 && ru.Y2-ru.Y1 < p.Page.Height && ru.X1 >= p.Text.Left-1e-6 && ru.X1 <= p.Text.Right+1e-6 && !seen[ru.X1] {
			seen[ru.X1] = true
			xs = append(xs, ru.X1)
		}
	}
	sort.Float64s(xs)
	return xs
}

func TestTableProportionsRefused(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ widths, want string }{
		{"40 1 1", "markup line 1: the table's proportions 40 1 1 leave column 2 11.1 pt wide, less than the 36 pt (half an inch) a column needs: make its proportion larger"},
		{"100 1 1", "markup line 1: the table's proportions 100 1 1 leave column 2 4.6 pt wide, less than the 36 pt (half an inch) a column needs: make its proportion larger"},
		{"1 1 12", "markup line 1: the table's proportions 1 1 12 leave column 1 33.4 pt wide, less than the 36 pt (half an inch) a column needs: make its proportion larger"},
	}
	for _, tt := range tests {
		doc, err := markup.Parse("in.md", []byte(fmt.Sprintf("::: table %s\n| a | b | c |\n|---|---|---|\n| d | e | f |\n:::\n", tt.widths)))
		if err != nil {
			t.Fatal(err)
		}
		_, err = LayoutWith(doc, p, monoMeasurer{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %s", tt.widths, err, tt.want)
		}
	}
}

// TestLongURLsBreakInsideTheMeasure sets a link to a long address in a
// paragraph, a list, a quotation and a table cell and checks that the
// address, printed after the link's text, stays inside the measure and
// loses no character.
func TestLongURLsBreakInsideTheMeasure(t *testing.T) {
	link := "[the guidelines](https://www.cand.uscourts.gov/" + strings.Repeat("forms-and-rules/", 40) + "esi-guidelines)"
	src := "Text " + link + " ends.\n\n- " + link + "\n\n> " + link + "\n\n| A | B |\n|---|---|\n| " + link + " | x |\n"
	doc, d := layoutMarkup(t, src)
	checkGrid(t, d)
	checkOverlaps(t, d)
	checkText(t, doc, d)
	if got := strings.Count(pageWordsOf(d, Body), "https"); got != 4 {
		t.Errorf("%d addresses drawn, want 4", got)
	}
}

// TestCellListsHang sets list items inside cells: the wrapped lines of an
// item start where its text does, right of its marker; a line that is no
// item wraps to the cell's left.
func TestCellListsHang(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("wrapping words ", 12)
	tests := []struct {
		name, cell, align, marker string
		hang                      bool
	}{
		{"numbered", "1. " + long, "---", "1.", true},
		{"lettered", "(a) " + long, "---", "(a)", true},
		{"dash", "- " + long, "---", "-", true},
		{"roman", "iv. " + long, "---", "iv.", true},
		{"after a break", "Intro<br>2. " + long, "---", "2.", true},
		{"no marker", "Plain " + long, "---", "Plain", false},
	}
	for _, tt := range tests {
		src := "::: table 1 1\n| A | B |\n|---|" + tt.align + "|\n| x | " + tt.cell + " |\n:::\n"
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		d, err := LayoutWith(doc, p, monoMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		var lines []Text
		for _, tx := range d.Pages[0].Texts {
			if tx.Role == Body && tx.X > 300 && tx.S != "B" {
				lines = append(lines, tx)
			}
		}
		sort.SliceStable(lines, func(i, j int) bool { return lines[i].Y < lines[j].Y })
		var first, wrapped *Text
		for i := range lines {
			if strings.HasPrefix(lines[i].S, tt.marker) {
				first = &lines[i]
			} else if first != nil && lines[i].Y > first.Y {
				wrapped = &lines[i]
				break
			}
		}
		if first == nil || wrapped == nil {
			t.Fatalf("%s: the item and its wrapped line not found in %v", tt.name, lines)
		}
		textX := first.X + monoMeasurer{}.Width(tt.marker+" ", 0, p.Text.Size)
		if hung := math.Abs(wrapped.X-textX) < 0.01; hung != tt.hang {
			t.Errorf("%s: wrapped line at %.2f, the item at %.2f, its text at %.2f; want hung %v", tt.name, wrapped.X, first.X, textX, tt.hang)
		}
	}
}

// TestTableRowsKept moves a table down the page line by line: rows a
// keep option joins always share a page, and without it some position
// parts them, so the test can tell.
func TestTableRowsKept(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	pageOf := func(d *Document, s string) int {
		for n, pg := range d.Pages {
			for _, tx := range pg.Texts {
				if strings.Contains(tx.S, s) {
					return n
				}
			}
		}
		t.Fatalf("%q not drawn", s)
		return -1
	}
	table := "| Event | Date |\n|---|---|\n| rowone | 1 |\n| rowtwo | 2 |\n| rowthree | 3 |\n| rowfour | 4 |\n:::\n"
	parted := map[string]bool{}
	for _, opt := range []string{"", "keep=2-3", "keep"} {
		for k := 18; k < 28; k++ {
			src := "::: lines\n" + strings.Repeat("filler\n", k) + ":::\n\n::: table 1 1 " + opt + "\n" + table
			doc, err := markup.Parse("in.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			d, err := LayoutWith(doc, p, monoMeasurer{})
			if err != nil {
				t.Fatal(err)
			}
			checkGrid(t, d)
			one, two, three, four := pageOf(d, "rowone"), pageOf(d, "rowtwo"), pageOf(d, "rowthree"), pageOf(d, "rowfour")
			if two != three {
				parted[opt] = true
			}
			if opt == "keep" && (one != four) {
				parted["keep all"] = true
			}
		}
	}
	long := "::: table keep\n| Event | Date |\n|---|---|\n" + strings.Repeat("| event | date |\n", 40) + ":::\n"
	doc, err := markup.Parse("in.md", []byte(long))
	if err != nil {
		t.Fatal(err)
	}
	d, err := LayoutWith(doc, p, monoMeasurer{})
	if err != nil {
		t.Fatal(err)
	}
	checkGrid(t, d)
	checkText(t, doc, d)
	if len(d.Pages) != 2 {
		t.Errorf("a kept table of 40 rows takes %d pages, want 2", len(d.Pages))
	}
	if !parted[""] {
		t.Errorf("no position parts rows 2 and 3 without a keep option: the test tells nothing")
	}
	if parted["keep=2-3"] || parted["keep"] || parted["keep all"] {
		t.Errorf("kept rows parted: %v", parted)
	}
}

// TestCellMarker: the markers a cell's line may start with, and the lines
// that are no list item.
func TestCellMarker(t *testing.T) {
	for _, tt := range []struct {
		runs []markup.Run
		want string
	}{
		{[]markup.Run{{Text: "1. First"}}, "1. "},
		{[]markup.Run{{Text: "(a)\u00a0the first"}}, "(a)\u00a0"},
		{[]markup.Run{{Text: "(iv) the fourth"}}, "(iv) "},
		{[]markup.Run{{Text: "• item"}}, "• "},
		{[]markup.Run{{Text: "- item"}}, "- "},
		{[]markup.Run{{Text: "b) item"}}, "b) "},
		{[]markup.Run{{Text: "1. "}}, ""},                                        // nothing but the marker
		{[]markup.Run{{Text: "1. "}, {Text: "bold", Style: markup.Bold}}, "1. "}, // the item goes on in another run
		{[]markup.Run{{Text: "1.5 million"}}, ""},
		{[]markup.Run{{Text: "Plain text"}}, ""},
		{[]markup.Run{{Text: "1. a note", Note: 1}}, ""},
		{nil, ""},
	} {
		if got := CellMarker(tt.runs); got != tt.want {
			t.Errorf("CellMarker(%+v) = %q, want %q", tt.runs, got, tt.want)
		}
	}
}
