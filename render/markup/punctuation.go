package markup

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Typographic punctuation, set as goldmark reads inline text: straight
// quotes become curly ones (“ ” ‘ ’), an apostrophe ’, "--" an en dash
// (–), "---" an em dash (—), "..." an ellipsis (…), "<<" and ">>" angle
// quotes (« »). Code spans, link destinations, autolinks and inline HTML
// keep what they say: the parser is not asked inside them, nor about an
// escaped character ("\--" stays "--"). What it leaves straight, typeset
// (typography.go) finishes.

// The typographic characters, as goldmark string nodes hold them.
var (
	leftDouble  = []byte("“")
	rightDouble = []byte("”")
	leftSingle  = []byte("‘")
	rightSingle = []byte("’") // also the apostrophe
	enDash      = []byte("–")
	emDash      = []byte("—")
	ellipsis    = []byte("…")
	leftAngle   = []byte("«")
	rightAngle  = []byte("»")
)

// punctuation is the inline parser of typographic punctuation. It runs
// after goldmark's own parsers, so that "<" starts an autolink or HTML
// when it can.
type punctuation struct{}

// openQuotesKey holds, in a parse context, the *openQuotes of the text
// parsed so far.
var openQuotesKey = gparser.NewContextKey()

// openQuotes counts the quotes opened and not yet closed, over the whole
// document rather than block by block. Some quotes close a quotation
// only while one is open.
type openQuotes struct {
	single, double int
	// run is the last run of quotes measured, from its first byte's
	// offset to past its last, and after what follows it: each quote of a
	// run is judged by what follows the run, which is found once a run.
	runFrom, runEnd int
	runAfter        rune
}

func quotesIn(pc gparser.Context) *openQuotes {
	q, _ := pc.Get(openQuotesKey).(*openQuotes)
	if q == nil {
		q = &openQuotes{}
		pc.Set(openQuotesKey, q)
	}
	return q
}

// Trigger returns the characters that may start typographic punctuation.
func (punctuation) Trigger() []byte { return []byte{'\'', '"', '-', '.', '<', '>'} }

// Parse returns a string node of the typographic character that the
// punctuation starting the rest of the line stands for, or nil to leave it
// as written.
func (punctuation) Parse(_ ast.Node, block text.Reader, pc gparser.Context) ast.Node {
	line, seg := block.PeekLine()
	var sub []byte
	n := 1
	switch line[0] {
	case '-':
		sub, n = dashes(line)
	case '.':
		sub, n = prefixed(line, "...", ellipsis)
	case '<':
		sub, n = prefixed(line, "<<", leftAngle)
	case '>':
		sub, n = prefixed(line, ">>", rightAngle)
	case '\'':
		q := quotesIn(pc)
		sub = singleQuote(line, q.flanking(line, seg.Start, block.PrecendingCharacter()))
	case '"':
		q := quotesIn(pc)
		sub = doubleQuote(line, q.flanking(line, seg.Start, block.PrecendingCharacter()))
	}
	if sub == nil {
		return nil
	}
	block.Advance(n)
	s := ast.NewString(sub)
	s.SetCode(true)
	return s
}

// dashes reads "---" as an em dash and "--" as an en dash.
func dashes(line []byte) ([]byte, int) {
	if bytes.HasPrefix(line, []byte("---")) {
		return emDash, 3
	}
	return prefixed(line, "--", enDash)
}

// prefixed returns sub and the length of prefix when line starts with
// prefix, or nil.
func prefixed(line []byte, prefix string, sub []byte) ([]byte, int) {
	if bytes.HasPrefix(line, []byte(prefix)) {
		return sub, len(prefix)
	}
	return nil, 0
}

// flanking judges the quote starting line, at offset start of the
// markup, by the run of quotes it belongs to, with CommonMark's rules for
// emphasis: the run can open a quotation when the character after it is
// not white space and, if punctuation, follows white space or
// punctuation; and close one the other way round. Each run is measured
// once: a run of thousands of quotes costs as many steps, not their
// square.
func (q *openQuotes) flanking(line []byte, start int, before rune) quoteAt {
	if start < q.runFrom || start >= q.runEnd {
		run := 1
		for run < len(line) && line[run] == line[0] {
			run++
		}
		q.runFrom, q.runEnd, q.runAfter = start, start+run, ' '
		if run < len(line) {
			q.runAfter = util.ToRune(line, run)
		}
	}
	open, closing := flankedBy(before, q.runAfter)
	return quoteAt{q: q, before: before, open: open, closing: closing}
}

// quoteAt is a quote to judge: the quotes open, the character before it,
// and whether it can open and close a quotation.
type quoteAt struct {
	q             *openQuotes
	before        rune
	open, closing bool
}

// flankedBy reports whether a run of quotes between before and after can
// open and can close a quotation.
func flankedBy(before, after rune) (open, closing bool) {
	beforeSpace, beforePunct := util.IsSpaceRune(before), util.IsPunctRune(before)
	afterSpace, afterPunct := util.IsSpaceRune(after), util.IsPunctRune(after)
	open = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
	closing = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
	return open, closing
}

// closesQuote reports whether a quote closes the quotation open, if any:
// it can close one and cannot open one, or it can do both but punctuation
// follows it, and then the line's end, punctuation or white space.
func closesQuote(line []byte, open, closing bool) bool {
	if !closing {
		return false
	}
	if !open {
		return true
	}
	return len(line) > 1 && unicode.IsPunct(util.ToRune(line, 1)) &&
		(len(line) == 2 || util.IsPunct(line[2]) || util.IsSpace(line[2]))
}

// endsWord reports whether line[i] is past the line's end, punctuation or
// white space.
func endsWord(line []byte, i int) bool {
	return i >= len(line) || util.IsPunct(line[i]) || util.IsSpace(line[i])
}

// singleQuote returns what the "'" starting line stands for, or nil to
// keep it: an apostrophe ("'90s", "'twas", "don't"), an opening quote, a
// closing quote or an apostrophe ending a word ("the parties'").
func singleQuote(line []byte, at quoteAt) []byte {
	q, before, open, closing := at.q, at.before, at.open, at.closing
	switch {
	case open && !closing && decade(line):
		return rightSingle
	case len(line) > 1 && (unicode.IsPunct(before) || unicode.IsSpace(before)) && strings.IndexByte("tenl", line[1]) >= 0:
		return rightSingle // 'twas, 'em, 'n', 'll
	case len(line) > 1 && (unicode.IsLetter(before) || unicode.IsDigit(before)) && unicode.IsLetter(util.ToRune(line, 1)):
		return rightSingle // don't, O'Brien
	case open && !closing:
		if contraction(line) {
			return rightSingle
		}
		q.single++
		return leftSingle
	case len(line) > 2 && !unicode.IsDigit(util.ToRune(line, 1)):
		return rightSingle // the parties' case, 'quoted'
	case q.single > 0 && closesQuote(line, open, closing):
		q.single--
		return rightSingle
	}
	return nil
}

// decade reports whether line starts with the "'" of a decade: "'90s".
func decade(line []byte) bool {
	if len(line) < 4 || !util.IsNumeric(line[1]) || !util.IsNumeric(line[2]) || line[3] != 's' {
		return false
	}
	if len(line) == 4 {
		return true
	}
	after := util.ToRune(line, 4)
	return util.IsSpaceRune(after) || util.IsPunctRune(after)
}

// contraction reports whether an opening "'" starts the end of a
// contracted word rather than a quotation: "'s", "'m", "'t", "'d", "'ve",
// "'ll", "'re" followed by the line's end, punctuation or white space.
func contraction(line []byte) bool {
	if len(line) > 1 && strings.IndexByte("smtd", line[1]) >= 0 && endsWord(line, 2) {
		return true
	}
	if len(line) > 2 {
		switch string(line[1:3]) {
		case "ve", "ll", "re":
			return endsWord(line, 3)
		}
	}
	return false
}

// doubleQuote returns what the '"' starting line stands for, or nil to
// keep it: an opening quote, or a closing one when a quote is open (not
// in inches after a number, as in 21"").
func doubleQuote(line []byte, at quoteAt) []byte {
	q, before, open, closing := at.q, at.before, at.open, at.closing
	switch {
	case open && !closing:
		q.double++
		return leftDouble
	case q.double > 0 && closesQuote(line, open, closing):
		if len(line) > 1 && line[1] == '"' && unicode.IsDigit(before) {
			return nil
		}
		q.double--
		return rightDouble
	}
	return nil
}
