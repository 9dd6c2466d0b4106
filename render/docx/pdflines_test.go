package docx

import (
	"encoding/xml"
	"fmt"
	"math"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"

	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// pdfWord is a word as pdftotext -bbox reads it: its page and box.
type pdfWord struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

// pdfWords reads a PDF's words with pdftotext -bbox: those of the text,
// and apart the line numbers (left of the text); the footer (below the
// footer's rule) is left out.
func pdfWords(t *testing.T, pdf string, left, footer float64) (words, numbers []pdfWord) {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	page := -1
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "page":
			page++
		case "word":
			w := pdfWord{page: page}
			for _, a := range se.Attr {
				v, _ := strconv.ParseFloat(a.Value, 64)
				switch a.Name.Local {
				case "xMin":
					w.xMin = v
				case "yMin":
					w.yMin = v
				case "xMax":
					w.xMax = v
				case "yMax":
					w.yMax = v
				}
			}
			var text string
			if err := dec.DecodeElement(&text, &se); err != nil {
				t.Fatal(err)
			}
			w.text = text
			switch {
			case w.yMin >= footer:
			case w.xMax > left-6:
				words = append(words, w)
			default:
				numbers = append(numbers, w)
			}
		}
	}
	return words, numbers
}

// numberFoot returns the foot of the box of the first page's "1".
func numberFoot(t *testing.T, numbers []pdfWord) float64 {
	t.Helper()
	for _, n := range numbers {
		if n.page == 0 && n.text == "1" {
			return n.yMax
		}
	}
	t.Fatal("no line number 1 on the first page")
	return 0
}

// numberedLine returns the number of the numbered line nearest to a line:
// the line number in the margin whose box ends nearest the line's.
func numberedLine(l pdfLine, numbers []pdfWord) int {
	best, dist := 0, math.Inf(1)
	for _, n := range numbers {
		if n.page != l.page {
			continue
		}
		if d := math.Abs(n.yMax - l.y); d < dist {
			k, err := strconv.Atoi(n.text)
			if err == nil {
				best, dist = k, d
			}
		}
	}
	return best
}

// pdfLine is a line of words: those of a page whose boxes end at one
// height, left to right.
type pdfLine struct {
	page  int
	y     float64
	words []pdfWord
}

// linesOf groups words into lines by page and the foot of their boxes.
func linesOf(words []pdfWord) []pdfLine {
	sorted := append([]pdfWord(nil), words...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.page != b.page {
			return a.page < b.page
		}
		if math.Abs(a.yMax-b.yMax) > 1 {
			return a.yMax < b.yMax
		}
		return a.xMin < b.xMin
	})
	var lines []pdfLine
	for _, w := range sorted {
		n := len(lines)
		if n > 0 && lines[n-1].page == w.page && math.Abs(lines[n-1].y-w.yMax) <= 1 {
			lines[n-1].words = append(lines[n-1].words, w)
			continue
		}
		lines = append(lines, pdfLine{page: w.page, y: w.yMax, words: []pdfWord{w}})
	}
	return lines
}

// lineComparison is how the body lines of pleadgen's PDF (the lines of
// paragraphs, list items and headings, as its layout says) compare with
// LibreOffice's lines: how many there are, how many end at the same word,
// how many of those stand on the same page and numbered line, and a note
// on each that does not end at the same word.
type lineComparison struct {
	// samePlace counts the body lines that end at the same word on the
	// same page and numbered line, with their baselines within half a
	// point of each other.
	total, sameEnd, samePlace int
	misses                    []string
	// every and everySame count all the lines of pleadgen's PDF, body or
	// not, and those that end at the same word on the same page; level
	// counts those of them whose baselines stand within half a point of
	// each other.
	every, everySame, level int
}

// compareLines reads both PDFs' words, aligns them and compares where
// their lines end and stand.
func compareLines(t *testing.T, doc *markup.Doc, ours, office string) lineComparison {
	t.Helper()
	d, err := render.Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Profile
	body := bodyBaselines(doc, d)
	ourWords, ourNumbers := pdfWords(t, ours, p.Text.Left, p.Footer.Rule)
	theirWords, theirNumbers := pdfWords(t, office, p.Text.Left, p.Footer.Rule)
	ourLines, theirLines := linesOf(ourWords), linesOf(theirWords)
	// The foot of a word's box lies below its baseline by what its font
	// says; line 1's number gives it in each file.
	ourDrop := numberFoot(t, ourNumbers) - p.Baseline(0)
	theirDrop := numberFoot(t, theirNumbers) - p.Baseline(0)
	a := stream(ourLines)
	b := stream(theirLines)
	match := alignWords(a.words, b.words)
	var c lineComparison
	for i := range a.words {
		l := ourLines[a.line[i]]
		if a.ends[i] {
			c.every++
			if j := match[i]; j >= 0 && b.ends[j] && theirLines[b.line[j]].page == l.page {
				c.everySame++
				m := theirLines[b.line[j]]
				if dy := (m.y - theirDrop) - (l.y - ourDrop); math.Abs(dy) <= 0.5 {
					c.level++
				} else {
					c.misses = append(c.misses, fmt.Sprintf("the line of page %d ending at %q (word %d) stands %.1f pt lower in LibreOffice's", l.page+1, a.words[i], i, dy))
				}
			} else {
				c.misses = append(c.misses, fmt.Sprintf("a line of pleadgen's page %d ends at %q (word %d: …%s), not so in LibreOffice's", l.page+1, a.words[i], i, context(a.words, i)))
			}
		}
		if !a.ends[i] || !body[lineKey{l.page, math.Round((l.y - descentPDF*p.Text.Size) * 10)}] {
			continue
		}
		c.total++
		j := match[i]
		if j < 0 || !b.ends[j] {
			c.misses = append(c.misses, fmt.Sprintf("pleadgen ends a line at %q (word %d: …%s)", a.words[i], i, context(a.words, i)))
			continue
		}
		c.sameEnd++
		m := theirLines[b.line[j]]
		dy := (m.y - theirDrop) - (l.y - ourDrop)
		if l.page == m.page && numberedLine(l, ourNumbers) == numberedLine(m, theirNumbers) && math.Abs(dy) <= 0.5 {
			c.samePlace++
		} else {
			c.misses = append(c.misses, fmt.Sprintf("the line ending at %q (word %d) stands on page %d line %d, in LibreOffice's on page %d line %d, %.1f pt lower",
				a.words[i], i, l.page+1, numberedLine(l, ourNumbers), m.page+1, numberedLine(m, theirNumbers), dy))
		}
	}
	return c
}

// descentPDF is how far below the baseline pdftotext puts the foot of the
// box of a word of pleadgen's PDF, as a fraction of the size.
const descentPDF = 0.216

type lineKey struct {
	page int
	y10  float64 // the baseline in tenths of a point
}

// bodyBaselines returns the lines of the layout that set paragraphs, list
// items and headings.
func bodyBaselines(doc *markup.Doc, d *layout.Document) map[lineKey]bool {
	out := map[lineKey]bool{}
	for pi, pg := range d.Pages {
		for _, tx := range pg.Texts {
			if tx.Role != layout.Body || tx.Block < 1 || tx.Style.Has(markup.Super) {
				continue
			}
			switch doc.Blocks[tx.Block-1].(type) {
			case *markup.Paragraph, *markup.List, *markup.Heading:
				out[lineKey{pi, math.Round(tx.Y * 10)}] = true
			}
		}
	}
	return out
}

// wordStream is the words of lines in order, with the line each is on
// and whether it ends that line.
type wordStream struct {
	words []string
	line  []int
	ends  []bool
}

func stream(lines []pdfLine) wordStream {
	var s wordStream
	for k, l := range lines {
		for i, w := range l.words {
			s.words = append(s.words, w.text)
			s.line = append(s.line, k)
			s.ends = append(s.ends, i == len(l.words)-1)
		}
	}
	return s
}

// alignWords matches the words of a to those of b by their longest
// common subsequence: match[i] is the index in b of a[i], or −1.
func alignWords(a, b []string) []int {
	n, m := len(a), len(b)
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:], in one slice.
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case a[i] == b[j]:
				*at(i, j) = *at(i+1, j+1) + 1
			case *at(i+1, j) >= *at(i, j+1):
				*at(i, j) = *at(i+1, j)
			default:
				*at(i, j) = *at(i, j+1)
			}
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			match[i] = j
			i, j = i+1, j+1
		case *at(i+1, j) >= *at(i, j+1):
			i++
		default:
			j++
		}
	}
	return match
}

// context returns the words before a[i], for a message.
func context(a []string, i int) string {
	return strings.Join(a[max(0, i-5):i+1], " ")
}
