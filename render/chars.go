package render

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"pleadgen/render/markup"
)

// CharError is a character the embedded fonts cannot draw.
type CharError struct {
	Line int  // markup line
	Char rune // the character
}

func (e *CharError) Error() string {
	return fmt.Sprintf("line %d: character %U %q is not in the embedded fonts", e.Line, e.Char, e.Char)
}

// Unsupported returns the first character of s that the embedded fonts
// cannot draw, and whether there is one.
func Unsupported(s string) (rune, bool) {
	for _, r := range s {
		if !drawable(r) {
			return r, true
		}
	}
	return 0, false
}

// drawable reports whether the fonts hold r: the Windows-1252 set, or all
// four faces of Liberation Serif, whose characters are all in the Basic
// Multilingual Plane, as the two-byte codes they are drawn with must be.
func drawable(r rune) bool {
	if r == '\u2011' { // the no-break hyphen, which the layout draws as a hyphen
		return true
	}
	if _, ok := winAnsiByte(r); ok {
		return true
	}
	i := sort.Search(len(covered), func(i int) bool { return covered[i][1] >= r })
	return i < len(covered) && covered[i][0] <= r && r != utf8.RuneError
}

// CharErrors are the characters the fonts lack, each place one stands,
// in the document's order; errors.As finds the first as a *CharError.
type CharErrors []*CharError

// maxCharErrors is how many characters a document's refusal lists.
const maxCharErrors = 20

func (es CharErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns each character's error.
func (es CharErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// drawnASCII reports whether s is printable ASCII, line breaks and tabs
// alone, all of which the fonts draw or the layout moves by: most text
// is, and is passed over at a glance.
func drawnASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < ' ' || c > '~') && c != '\n' && c != '\t' {
			return false
		}
	}
	return true
}

// layoutMoves drops what the layout moves by rather than draws.
var layoutMoves = strings.NewReplacer("\n", "", "\t", "")

// checkCharacters rejects a document with characters the fonts lack,
// before any of it is measured, naming each (up to maxCharErrors): a
// viewer would draw an empty box.
func checkCharacters(doc *markup.Doc) error {
	var errs CharErrors
	check := func(runs []markup.Run, line int) error {
		for _, r := range runs {
			if drawnASCII(r.Text) {
				continue
			}
			// A hard line break and a tab are moves the layout makes,
			// not characters it draws.
			for _, c := range layoutMoves.Replace(r.Text) {
				if drawable(c) {
					continue
				}
				if errs = append(errs, &CharError{Line: line, Char: c}); len(errs) == maxCharErrors {
					return errs
				}
			}
		}
		return nil
	}
	eachRuns(doc, check)
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// eachRuns calls fn with every run list of the document and its line:
// the blocks, nested ones too, the footnotes and the footer's words.
func eachRuns(doc *markup.Doc, fn func([]markup.Run, int) error) error {
	for _, b := range doc.Blocks {
		if err := blockRuns(b, fn); err != nil {
			return err
		}
	}
	for _, n := range doc.Notes {
		for _, p := range n.Paras {
			if err := fn(p, 0); err != nil {
				return err
			}
		}
	}
	m := doc.Meta
	return fn([]markup.Run{{Text: m.Title}, {Text: m.Footer}, {Text: m.Case}, {Text: m.DocumentID}}, 1)
}

// blockRuns calls fn with the runs of one block.
func blockRuns(b markup.Block, fn func([]markup.Run, int) error) error {
	switch b := b.(type) {
	case *markup.Paragraph:
		return fn(b.Runs, b.Line)
	case *markup.Heading:
		return fn(b.Runs, b.Line)
	case *markup.LineBlock:
		if err := eachLine(b.Beside, fn); err != nil {
			return err
		}
		return eachLine(b.Lines, fn)
	case *markup.Caption:
		if err := eachLine(b.Left, fn); err != nil {
			return err
		}
		return eachLine(b.Right, fn)
	case *markup.FooterTitle:
		return fn([]markup.Run{{Text: b.Title}}, b.Line)
	case *markup.Quote:
		return eachPara(b.Paras, b.Line, fn)
	case *markup.Table:
		return eachCell(b, fn)
	case *markup.List:
		for _, it := range b.Items {
			for _, c := range it.Blocks {
				if err := blockRuns(c, fn); err != nil {
					return err
				}
			}
		}
	case *markup.PageBreak:
	default:
		panic(fmt.Sprintf("render: block %T not handled", b))
	}
	return nil
}

func eachCell(t *markup.Table, fn func([]markup.Run, int) error) error {
	for _, row := range append([][]markup.Cell{t.Header}, t.Rows...) {
		for _, c := range row {
			if err := fn(c, t.Line); err != nil {
				return err
			}
		}
	}
	return nil
}

func eachPara(paras [][]markup.Run, line int, fn func([]markup.Run, int) error) error {
	for _, p := range paras {
		if err := fn(p, line); err != nil {
			return err
		}
	}
	return nil
}

func eachLine(lines []markup.Line, fn func([]markup.Run, int) error) error {
	for _, l := range lines {
		if err := fn(l.Runs, l.Line); err != nil {
			return err
		}
	}
	return nil
}
