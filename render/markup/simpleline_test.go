package markup

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// linePieces are what the random lines of TestSimpleLinesAreParsedLines
// are made of: words, the characters around them in captions and
// signature blocks, white space of several kinds, ampersands that start a
// reference and ones that do not, and the delimiters of emphasis.
var linePieces = []string{
	"JOINT", "Statement", "Attorneys", "for", "Plaintiffs", "LLP", "3:21-cv-01234", "No.", "(pro hac vice)",
	"vtalla@aclunc.org", "§ 552", "Café", "Ninth", "100%", "$5", "#4", "a/b", "x+y=z", "?", ",", ":", ";",
	"(", ")", "-", "–", "—", ".", "1.", "+", "#", "=", "|",
	" ", " ", " ", "  ", "\u00a0", "\t", "\u2003",
	"&", "& ", "&amp;", "&#38;", "&copy", "&x", "&&",
	"*", "**", "_", "'", "\"", "--", "..", "\\", "[", "]", "<", ">", "`", "!", "~",
}

// randomLine joins a few pieces, trimmed as a line of a block is, and
// sometimes wraps the result in emphasis or strong emphasis, now and then
// with white space inside the delimiters.
func randomLine(r *rand.Rand) string {
	var b strings.Builder
	for range 1 + r.IntN(6) {
		b.WriteString(linePieces[r.IntN(len(linePieces))])
	}
	s := strings.TrimSpace(b.String())
	edge := [...]string{"", "", " ", "\u00a0", "\u2003", "\t"}
	before, after := edge[r.IntN(len(edge))], edge[r.IntN(len(edge))]
	switch r.IntN(3) {
	case 0:
		s = "*" + before + s + after + "*"
	case 1:
		s = "**" + before + s + after + "**"
	}
	return s
}

// A line simpleLine accepts gives the runs a parse of it gives, and most
// lines of captions and signature blocks are accepted.
func TestSimpleLinesAreParsedLines(t *testing.T) {
	p := &parser{name: "lines.md", md: markdown()}
	r := rand.New(rand.NewPCG(1, 2))
	accepted := map[Style]int{}
	for range 50000 {
		s := randomLine(r)
		checkSimpleLine(t, p, s)
		if runs, ok := simpleLine(s); ok && len(runs) == 1 {
			accepted[runs[0].Style]++
		}
	}
	for _, st := range []Style{0, Italic, Bold} {
		if accepted[st] < 400 {
			t.Errorf("only %d lines of style %d taken without a parse: the test proves little", accepted[st], st)
		}
	}
	for _, s := range []string{"**JOINT CASE MANAGEMENT STATEMENT**", "*Attorneys for Plaintiffs*", "ALDER & FINCH LLP", "JONATHAN R. WHITCOMB"} {
		if _, ok := simpleLine(s); !ok {
			t.Errorf("%q is parsed", s)
		}
	}
}

// checkSimpleLine fails the test when simpleLine accepts s but gives other
// runs than the parse.
func checkSimpleLine(t *testing.T, p *parser, s string) {
	t.Helper()
	fast, ok := simpleLine(s)
	if !ok || s == "" { // inlineLine gives no runs for an empty line
		return
	}
	parsed, err := p.parsedLine(s, 1)
	if err != nil || !reflect.DeepEqual(fast, parsed) {
		t.Errorf("%q: simpleLine gives %+v, the parse %+v (%v)", s, fast, parsed, err)
	}
}

func FuzzSimpleLine(f *testing.F) {
	for _, s := range []string{"**A & B**", "*x*", "a &amp; b", "** a**", "*a *", "1. x", "# x", "a\u00a0b"} {
		f.Add(s)
	}
	p := &parser{name: "lines.md", md: markdown()}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\n", " "), "\r", " "))
		if s != "" {
			checkSimpleLine(t, p, s)
		}
	})
}
