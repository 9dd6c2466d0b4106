package markup

import (
	"fmt"
	"sort"

	gparser "github.com/yuin/goldmark/parser"
)

// Span is the bytes Start to End of markup.
type Span struct{ Start, End int }

// TextBlock reports whether a ::: block is one the text of a case file
// may open: the blocks that shape the text itself (a list, a table, a
// page break, a form of paragraphs or of a heading), which cannot reach
// the caption, the signatures or the document's metadata.
func TextBlock(name string) bool {
	switch name {
	case "list", "table", "pagebreak", "paragraphs", "heading":
		return true
	}
	return false
}

// ParseCase is Parse for markup that templates made of a case file: texts
// are the spans, in order, where the file's own text is printed. A text
// may open only the blocks TextBlock allows, and must close each within
// itself; a ":::" line of a text that opens another block, that closes a
// block the text did not open, or a block the text opens and leaves open,
// is an *Error at its line. Whatever the templates' escaping missed, the
// file's text never becomes the document's structure.
func ParseCase(name string, src []byte, texts []Span) (*Doc, error) {
	return parse(name, src, &caseTexts{spans: texts})
}

// caseTexts are the spans of case-file text in a parse, and the first
// ":::" line found that would make such text structure.
type caseTexts struct {
	spans  []Span
	breach *textBreach
}

// textBreach is a ":::" line of case-file text that would make it
// structure: where it is, and why not.
type textBreach struct {
	offset int
	msg    string
}

var caseTextsKey = gparser.NewContextKey()

// caseTextsIn returns the case texts of a parse, or nil.
func caseTextsIn(pc gparser.Context) *caseTexts {
	t, _ := pc.Get(caseTextsKey).(*caseTexts)
	return t
}

// at returns the index of the span that holds offset, or -1.
func (t *caseTexts) at(offset int) int {
	if t == nil {
		return -1
	}
	i := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].End > offset })
	if i < len(t.spans) && t.spans[i].Start <= offset {
		return i
	}
	return -1
}

// firstBreach returns the first breach found, or nil.
func (t *caseTexts) firstBreach() *textBreach {
	if t == nil {
		return nil
	}
	return t.breach
}

// refuse notes the first breach.
func (t *caseTexts) refuse(offset int, format string, args ...any) {
	if t.breach == nil {
		t.breach = &textBreach{offset: offset, msg: fmt.Sprintf(format, args...)}
	}
}

// opened checks a block opened at offset, and returns the span it was
// opened in, or -1.
func (t *caseTexts) opened(name string, offset int) int {
	span := t.at(offset)
	if span >= 0 && name != "" && !TextBlock(name) {
		t.refuse(offset, "the case file's text may not open a ::: %s block; only a template may (write \\::: to print the colons)", name)
	}
	return span
}

// closed checks the line at offset that closes n.
func (t *caseTexts) closed(n *directiveNode, offset int) {
	span := t.at(offset)
	switch {
	case span == n.text:
	case span >= 0:
		t.refuse(offset, "the case file's text closes a ::: %s block it did not open (write \\::: to print the colons)", n.name)
	default:
		t.refuse(n.at, "the ::: %s block the case file's text opens is not closed within that text", n.name)
	}
}
