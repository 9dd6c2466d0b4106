package markup

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Error is a problem in markup text, at a 1-based line and column.
type Error struct {
	Name      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Col, e.Msg) }

// Parse reads markup text; name is used in error messages.
func Parse(name string, src []byte) (*Doc, error) {
	if err := checkLimits(name, src); err != nil {
		return nil, err
	}
	p := &parser{name: name, src: src, doc: &Doc{Meta: Meta{Profile: "cand"}}, md: newMarkdown()}
	root := p.md.Parser().Parse(text.NewReader(src))
	blocks, err := p.siblings(root.FirstChild(), 0, isFootnoteList)
	if err != nil {
		return nil, err
	}
	p.doc.Blocks = blocks
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if fl, ok := n.(*east.FootnoteList); ok {
			if err := p.footnotes(fl); err != nil {
				return nil, err
			}
		}
	}
	return p.doc, nil
}

// newMarkdown returns goldmark with the extensions the language uses:
// tables, footnotes, typographic punctuation as Unicode characters, and the
// ::: directives.
func newMarkdown() goldmark.Markdown {
	quotes := map[extension.TypographicPunctuation]string{
		extension.LeftSingleQuote: "‘", extension.RightSingleQuote: "’",
		extension.LeftDoubleQuote: "“", extension.RightDoubleQuote: "”",
		extension.Apostrophe: "’", extension.EnDash: "–", extension.EmDash: "—",
		extension.Ellipsis: "…", extension.LeftAngleQuote: "«", extension.RightAngleQuote: "»",
	}
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Footnote,
			extension.NewTypographer(extension.WithTypographicSubstitutions(quotes))),
		goldmark.WithParserOptions(gparser.WithBlockParsers(util.Prioritized(directiveParser{}, 50))),
	)
}

type parser struct {
	name string
	src  []byte
	doc  *Doc
	md   goldmark.Markdown
}

func (p *parser) errorf(line, col int, format string, args ...any) error {
	return &Error{Name: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// lineAt returns the 1-based line of a byte offset.
func (p *parser) lineAt(offset int) int {
	return bytes.Count(p.src[:min(offset, len(p.src))], []byte("\n")) + 1
}

// colAt returns the 1-based column, in characters, of a byte offset.
func (p *parser) colAt(offset int) int {
	offset = min(offset, len(p.src))
	start := bytes.LastIndexByte(p.src[:offset], '\n') + 1
	return utf8.RuneCount(p.src[start:offset]) + 1
}

// colOf returns the column where a block node starts.
func (p *parser) colOf(n ast.Node) int {
	if n.Pos() >= 0 {
		return p.colAt(n.Pos())
	}
	return 1
}

// lineOf returns the first source line of a block node.
func (p *parser) lineOf(n ast.Node) int {
	if d, ok := n.(*directiveNode); ok {
		return p.lineAt(d.offset)
	}
	if n.Pos() >= 0 {
		return p.lineAt(n.Pos())
	}
	for c := n; c != nil; c = c.FirstChild() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return p.lineAt(c.Lines().At(0).Start)
		}
	}
	if prev := n.PreviousSibling(); prev != nil {
		return p.lineOf(prev)
	}
	return 1
}

// isFootnoteList reports whether n is the footnote definitions goldmark
// gathers at the end of the document.
func isFootnoteList(n ast.Node) bool {
	_, ok := n.(*east.FootnoteList)
	return ok
}
