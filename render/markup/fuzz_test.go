package markup

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// FuzzParse checks that any input parses or fails with a positioned error
// inside the input, and never panics; that warnings are positioned too;
// and, as a word oracle, that when it parses without warnings every
// token of the input (w1x, w22x …: a "w", digits, an "x") outside a
// footnote label is in the document's text — blocks, notes, metadata and
// footer titles — at least as often as in the input: markup may drop
// syntax, never words.
func FuzzParse(f *testing.F) {
	f.Add("::: caption\nA\n|||\nB\n:::\n# 1. H\n\nText *it* <u>u</u>\n")
	f.Add("::: document\ntitle: x\n:::\n::: signature filer\n/s/ A\n:::\n")
	f.Add("- a\n- b\n\n> q\n\n| a | b |\n|---|---|\n")
	f.Add("::: label\n<u>L:</u>\n:::\n- a\n\nT.[^n]\n\n[^n]: 1. x\n    > q\n")
	f.Add("::: counsel\nA\n:::\n::: counsel more\nB\n:::\n::: counsel notice\nC\n:::\n::: signature single\nD\n|||\nE\n:::\n::: attestation\nF\n:::\n")
	f.Add("# w1x[^a]\n\nw2x[^a][^b] [w3x](http://w4x.org) <https://w5x.org>\n\n[^a]: w6x\n\n    - w7x\n[^b]: w8x\n")
	f.Add("::: table 2 1\n| w1x | w2x |\n|---|---|\n| w3x[^a] | w4x |\n:::\n\n> w5x\n\n[^a]: w6x\n")
	f.Add("w1x[^1][^2][^3] w2x [^4]\n\n[^1]: w3x\n[^2]: w4x\n[^3]: w5x\n[^4]: w6x\n[^5]: w7x\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse("in.md", []byte(in))
		lines := strings.Count(in, "\n") + 1
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %v is not positioned", err)
			}
			if e.Line < 1 || e.Line > lines || e.Col < 1 {
				t.Fatalf("error %v lies outside the input's %d lines", err, lines)
			}
			return
		}
		for _, w := range d.Warnings {
			if w.Line < 1 || w.Line > lines || w.Col < 1 {
				t.Fatalf("warning %v lies outside the input's %d lines", w, lines)
			}
		}
		if len(d.Warnings) == 0 {
			checkTokens(t, in, d)
		}
	})
}

var (
	tokenPattern = regexp.MustCompile(`w[0-9]+x`)
	labelPattern = regexp.MustCompile(`\[\^[^\s\[\]]{1,100}\]`)
)

// checkTokens asserts every token of the input outside a footnote label
// is in the document's text at least as often.
func checkTokens(t *testing.T, in string, d *Doc) {
	t.Helper()
	text := docText(d)
	want := map[string]int{}
	for _, tok := range tokenPattern.FindAllString(labelPattern.ReplaceAllString(in, " "), -1) {
		want[tok]++
	}
	got := map[string]int{}
	for _, tok := range tokenPattern.FindAllString(text, -1) {
		got[tok]++
	}
	for tok, n := range want {
		if got[tok] < n {
			t.Fatalf("%s is in the input %d times but in the document %d times; the document's text:\n%s", tok, n, got[tok], text)
		}
	}
}

// docText returns all the text of a document, a block or note per line.
func docText(d *Doc) string {
	m := d.Meta
	parts := []string{m.Profile, m.Title, m.Footer, m.Case, m.Author, m.Date, m.DocumentID, m.Footnotes, m.Quotes}
	for _, b := range d.Blocks {
		parts = append(parts, blockText(b))
	}
	for _, n := range d.Notes {
		for _, p := range n.Paras {
			parts = append(parts, plain(p))
		}
	}
	return strings.Join(parts, "\n")
}

func blockText(b Block) string {
	var parts []string
	lines := func(ls []Line) {
		for _, l := range ls {
			parts = append(parts, plain(l.Runs))
		}
	}
	switch b := b.(type) {
	case *Paragraph:
		parts = append(parts, plain(b.Runs))
	case *Heading:
		parts = append(parts, plain(b.Runs))
	case *LineBlock:
		lines(b.Beside)
		lines(b.Lines)
	case *Caption:
		lines(b.Left)
		lines(b.Right)
	case *FooterTitle:
		parts = append(parts, b.Title)
	case *Quote:
		for _, p := range b.Paras {
			parts = append(parts, plain(p))
		}
	case *List:
		for _, it := range b.Items {
			for _, c := range it.Blocks {
				parts = append(parts, blockText(c))
			}
		}
	case *Table:
		for _, row := range append([][]Cell{b.Header}, b.Rows...) {
			for _, c := range row {
				parts = append(parts, plain(c))
			}
		}
	case *PageBreak:
	default:
		panic(fmt.Sprintf("blockText: block %T not handled", b))
	}
	return strings.Join(parts, "\n")
}
