package main

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// markers hands out distinct words, "qzaa", "qzab", …, that a test finds
// again in the PDF.
type markers struct{ n int }

const markerPrefix = "qz"

func (m *markers) next() string {
	s := fmt.Sprintf("%s%c%c", markerPrefix, 'a'+m.n/26, 'a'+m.n%26)
	m.n++
	return s
}

// words returns n new markers joined by spaces.
func (m *markers) words(n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = m.next()
	}
	return strings.Join(ws, " ")
}

// firstBlocks are the kinds of block a text may start with; each writes
// its Markdown with words from m.
var firstBlocks = []struct {
	name string
	para bool // a paragraph: a label runs into it
	src  func(m *markers) string
}{
	{"paragraph", true, func(m *markers) string { return m.words(3) + "." }},
	{"pipe table", false, func(m *markers) string {
		return fmt.Sprintf("| %s | %s |\n|---|---|\n| %s | %s |", m.next(), m.next(), m.next(), m.next())
	}},
	{"table directive", false, func(m *markers) string {
		return fmt.Sprintf("::: table 2 1\n| %s | %s |\n|---|---|\n| %s | %s |\n:::", m.next(), m.next(), m.next(), m.next())
	}},
	{"numbered list", false, func(m *markers) string { return "1. " + m.words(2) + "\n2. " + m.words(2) }},
	{"bullet list", false, func(m *markers) string { return "- " + m.words(2) + "\n- " + m.words(2) }},
	{"list directive", false, func(m *markers) string {
		return "::: list (a)\n1. " + m.words(2) + "\n2. " + m.words(2) + "\n:::"
	}},
	{"quotation", false, func(m *markers) string { return "> " + m.words(4) }},
	{"sub-heading", false, func(m *markers) string { return "## " + m.words(2) }},
}

// indent puts n spaces before every line of s.
func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// textKinds are the places a Markdown text stands in a case file; each
// returns the case file with text there, and the run-in label the text
// gets ("" for none).
var textKinds = []struct {
	name  string
	label string
	yaml  func(text string, m *markers) string
}{
	{"joint topic text", "", func(text string, _ *markers) string {
		return blockCase("", "    facts: |\n"+indent(text, 6))
	}},
	{"plaintiffs' text", "Plaintiffs' Statement:", func(text string, _ *markers) string {
		return blockCase("", "    facts:\n      plaintiffs: |\n"+indent(text, 8))
	}},
	{"party text", "Plaintiff Orchard's Statement:", func(text string, _ *markers) string {
		return blockCase("", "    facts:\n      orchard: |\n"+indent(text, 8))
	}},
	{"group text", "Defendants Marsh and Marsh Freight's Statement:", func(text string, _ *markers) string {
		return blockCase("", "    facts:\n      marsh, freight: |\n"+indent(text, 8))
	}},
	{"intro", "", func(text string, _ *markers) string {
		return blockCase("  intro: |\n"+indent(text, 4)+"\n", "    facts: The facts.")
	}},
	{"order text", "", func(text string, _ *markers) string {
		return blockCase("  order:\n    text: |\n"+indent(text, 6)+"\n", "    facts: The facts.")
	}},
	{"footnote", "", func(text string, m *markers) string {
		note := m.words(2) + ".[^n]\n\n[^n]:\n" + indent(text, 4)
		return blockCase("", "    facts: |\n"+indent(note, 6))
	}},
}

// blockCase is a case file with two plaintiffs and three defendants, the
// filing settings given and these topics.
func blockCase(filing, topics string) string {
	return `number: 4:24-cv-00101
judge: {name: Jon S. Tigar, initials: JST}
plaintiffs:
  - {id: orchard, name: "Orchard Mutual, Inc.", short: Orchard}
  - {id: pine, name: Pine Mutual Co., short: Pine}
defendants:
  - {id: marsh, name: Elena Marsh, short: Marsh}
  - {id: freight, name: "Marsh Freight, LLC", short: Marsh Freight}
  - {id: coast, name: Coastline Corp., short: Coastline}
counsel:
  - {name: Ann Alpha, bar: "100001", firm: Alpha LLP, address: [1 A St, "Oakland, CA 94612"], for: plaintiffs, files: true}
  - {name: Ben Beta, bar: "100002", firm: Beta LLP, address: [2 B St, "Oakland, CA 94612"], for: defendants}
filing:
  type: joint-cmc-statement
  date: 2024-05-01
  conference: {date: 2024-05-08, time: "2:00 P.M."}
` + filing + "  topics:\n    jurisdiction: All parties have been served.\n" + topics + "\n"
}

// markerCounts counts the markers among a PDF's words, trailing
// punctuation aside.
func markerCounts(d *pdfText) map[string]int {
	counts := map[string]int{}
	for _, w := range d.words {
		if s := strings.TrimRight(w.Text, ".,;:"); strings.HasPrefix(s, markerPrefix) {
			counts[s]++
		}
	}
	return counts
}

// TestEveryFirstBlockInEveryText renders each kind of text starting with
// each kind of block, followed by a paragraph, and checks that every word
// is printed once, the run-in label runs into a paragraph and stands on
// its own line before anything else, and everything lies on the grid.
func TestEveryFirstBlockInEveryText(t *testing.T) {
	needTool(t, "pdftotext")
	p := testPipeline(t)
	for _, kind := range textKinds {
		for _, block := range firstBlocks {
			t.Run(kind.name+"/"+block.name, func(t *testing.T) {
				t.Parallel()
				m := &markers{}
				first := block.src(m)
				firstWord := (&markers{}).next() // the first marker the block wrote
				text := first + "\n\n" + m.words(2) + "."
				yaml := kind.yaml(text, m)
				d := readPDFText(t, buildCase(t, p, t.TempDir(), "case", yaml))

				counts := markerCounts(d)
				for i := 0; i < m.n; i++ {
					w := (&markers{n: i}).next()
					if counts[w] != 1 {
						t.Errorf("%q printed %d times, want once", w, counts[w])
					}
					delete(counts, w)
				}
				if len(counts) > 0 {
					t.Errorf("words printed that the case file lacks: %v", counts)
				}
				checkLabel(t, d, kind.label, block.para, firstWord)
				for _, e := range d.gridErrors() {
					t.Error(e)
				}
				if t.Failed() {
					t.Logf("case file:\n%s", yaml)
				}
			})
		}
	}
}

// checkLabel checks that a run-in label is printed once, on the line where
// the text's first word is when the text starts with a paragraph, and
// alone on a line above it, on the same page, when it does not.
func checkLabel(t *testing.T, d *pdfText, label string, para bool, firstWord string) {
	t.Helper()
	labelled := d.find("Statement:")
	if label == "" {
		for _, l := range labelled {
			t.Errorf("page %d, line %d: a label where there should be none: %q", l.page, l.slot(), l.text())
		}
		return
	}
	if len(labelled) != 1 || !strings.Contains(labelled[0].text(), label) {
		var got []string
		for _, l := range labelled {
			got = append(got, l.text())
		}
		t.Errorf("want the label %q once; labelled lines: %q", label, got)
		return
	}
	l := labelled[0]
	if para {
		if !strings.Contains(l.text(), label+" "+firstWord) {
			t.Errorf("page %d, line %d: %q: the label does not run into the paragraph starting %q", l.page, l.slot(), l.text(), firstWord)
		}
		return
	}
	if l.text() != label {
		t.Errorf("page %d, line %d: %q: the label does not stand on a line of its own", l.page, l.slot(), l.text())
	}
	for i, b := range d.body {
		if b.page != l.page || b.base != l.base {
			continue
		}
		if i+1 == len(d.body) || d.body[i+1].page != l.page || !strings.Contains(d.body[i+1].text(), firstWord) {
			t.Errorf("page %d, line %d: the line after the label does not hold the text's first word %q; it is at %v",
				l.page, l.slot(), firstWord, lineSpots(d.find(firstWord)))
		}
	}
}

// lineSpots describes where lines are, as "page P line N".
func lineSpots(ls []textLine) []string {
	var out []string
	for _, l := range ls {
		out = append(out, fmt.Sprintf("page %d line %d", l.page, l.slot()))
	}
	sort.Strings(out)
	return out
}

// TestLabelKeptWithItsBlock moves a group's text that starts with a
// table, a list or a quotation down the foot of page 1 and of page 2, one
// line at a time, and checks that its label is never left at the foot of
// a page: the line after the label holds the block's first word.
func TestLabelKeptWithItsBlock(t *testing.T) {
	needTool(t, "pdftotext")
	p := testPipeline(t)
	const label = "Defendants Marsh and Marsh Freight's Statement:"
	var after strings.Builder // text enough that the signatures stay away
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&after, "Issue %d of the legal issues.\n\n", i)
	}
	for _, b := range firstBlocks {
		if b.para || b.name == "sub-heading" {
			continue
		}
		for n := 1; n <= 34; n++ {
			if n > 6 && n < 24 {
				continue // the label is far from a page's foot
			}
			t.Run(fmt.Sprintf("%s/after %d lines", b.name, n), func(t *testing.T) {
				t.Parallel()
				m := &markers{}
				text := b.src(m) + "\n\n" + m.words(2) + "."
				var before strings.Builder
				for i := 1; i <= n; i++ {
					fmt.Fprintf(&before, "Line %d of the joint text.\n\n", i)
				}
				yaml := blockCase("", "    facts:\n      joint: |\n"+indent(before.String(), 8)+
					"\n      marsh, freight: |\n"+indent(text, 8)+"\n    legal_issues: |\n"+indent(after.String(), 6))
				d := readPDFText(t, buildCase(t, p, t.TempDir(), "case", yaml))
				checkLabel(t, d, label, false, (&markers{}).next())
			})
		}
	}
}
