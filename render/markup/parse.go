package markup

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
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

// Parse reads markup text; name is used in error messages. It returns
// the first problem as an *Error; what it accepts but a caller should
// report is in the Doc's Warnings.
func Parse(name string, src []byte) (*Doc, error) {
	return parse(name, src, nil)
}

// parse is Parse that, when texts is not nil, holds the case file's texts
// to the blocks they may open (see ParseCase).
func parse(name string, src []byte, texts *caseTexts) (*Doc, error) {
	if err := checkLimits(name, src); err != nil {
		return nil, err
	}
	p := &parser{name: name, src: src, doc: &Doc{}, md: markdown(), starts: lineStarts(src)}
	pc := gparser.NewContext()
	defs := new([]*noteDef)
	pc.Set(noteDefsKey, defs)
	if texts != nil {
		pc.Set(caseTextsKey, texts)
	}
	root := p.md.Parse(text.NewReader(src), gparser.WithContext(pc))
	if b := texts.firstBreach(); b != nil {
		return nil, p.errorf(p.lineAt(b.offset), p.colAt(b.offset), "%s", b.msg)
	}
	if err := p.gatherNotes(*defs); err != nil {
		return nil, err
	}
	blocks, err := p.siblings(root.FirstChild(), 0, nil)
	if err != nil {
		return nil, err
	}
	p.doc.Blocks = blocks
	if err := p.footnotes(); err != nil {
		return nil, err
	}
	return p.doc, nil
}

// markdown is the one goldmark parser of the process: once made, it keeps
// no state of its own — each parse has its own context, and every block
// and inline parser is stateless — so that parses share it, concurrent
// ones too, rather than each making its tables again.
var markdown = sync.OnceValue(newMarkdown)

// newMarkdown returns goldmark's parser with what the language uses:
// CommonMark without link reference definitions (a paragraph such as
// "[1]: Id." is text, not a definition that vanishes), pipe tables
// (pipetable.go), typographic punctuation as Unicode characters
// (punctuation.go), footnotes and the ::: directives.
func newMarkdown() gparser.Parser {
	return gparser.NewParser(
		gparser.WithBlockParsers(gparser.DefaultBlockParsers()...),
		gparser.WithInlineParsers(gparser.DefaultInlineParsers()...),
		gparser.WithBlockParsers(util.Prioritized(directiveParser{}, 50), util.Prioritized(noteDefParser{}, 999)),
		gparser.WithInlineParsers(util.Prioritized(noteRefParser{}, 101), util.Prioritized(punctuation{}, 9999)),
		gparser.WithParagraphTransformers(util.Prioritized(pipeTables{}, 200)),
		gparser.WithASTTransformers(util.Prioritized(unescapeCodePipes{}, 0)),
	)
}

type parser struct {
	name   string
	src    []byte
	starts []int // the byte offset of each line's start
	doc    *Doc
	md     gparser.Parser
	notes  noteBook
}

func (p *parser) errorf(line, col int, format string, args ...any) error {
	return p.problem(line, col, format, args...)
}

// problem returns an Error at a line and column of the markup.
func (p *parser) problem(line, col int, format string, args ...any) *Error {
	return &Error{Name: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// lineStarts returns the byte offset of the start of each line of src.
func lineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte("\n"))+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineAt returns the 1-based line of a byte offset.
func (p *parser) lineAt(offset int) int {
	return sort.SearchInts(p.starts, min(offset, len(p.src))+1)
}

// colAt returns the 1-based column, in characters, of a byte offset.
func (p *parser) colAt(offset int) int {
	offset = min(offset, len(p.src))
	start := p.starts[p.lineAt(offset)-1]
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
