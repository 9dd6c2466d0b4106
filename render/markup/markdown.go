package markup

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown converts a stretch of Markdown lines starting at source line
// first into blocks.
func (p *parser) markdown(lines []string, first int) error {
	if len(strings.TrimSpace(strings.Join(lines, ""))) == 0 {
		return nil
	}
	src := []byte(strings.Join(lines, "\n"))
	root := goldmark.DefaultParser().Parse(text.NewReader(src))
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		line := first + lineOf(n, src)
		b, err := p.mdBlock(n, src, line)
		if err != nil {
			return err
		}
		p.doc.Blocks = append(p.doc.Blocks, b)
	}
	return nil
}

// lineOf returns the 0-based line of a block node within src.
func lineOf(n ast.Node, src []byte) int {
	for c := n; c != nil; c = c.FirstChild() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return bytes.Count(src[:c.Lines().At(0).Start], []byte("\n"))
		}
	}
	return 0
}

// mdBlock converts one top-level Markdown block.
func (p *parser) mdBlock(n ast.Node, src []byte, line int) (Block, error) {
	switch n := n.(type) {
	case *ast.Paragraph:
		return &Paragraph{Runs: inlines(n, src), Line: line}, nil
	case *ast.Heading:
		return &Heading{Level: n.Level, Runs: inlines(n, src), Line: line}, nil
	}
	return nil, p.errorf(line, 1, "%s is not supported in a pleading body", describe(n))
}

// describe names a Markdown element for error messages.
func describe(n ast.Node) string {
	switch n.Kind() {
	case ast.KindList:
		return "a list"
	case ast.KindBlockquote:
		return "a block quotation"
	case ast.KindThematicBreak:
		return "a thematic break (---)"
	case ast.KindCodeBlock, ast.KindFencedCodeBlock:
		return "a code block (text indented four spaces or fenced)"
	case ast.KindHTMLBlock:
		return "an HTML block"
	}
	return "a " + n.Kind().String() + " element"
}

// inlineLine parses one line of a line block as inline Markdown. A leading
// "." keeps goldmark from reading the line as a heading or a list item; it
// is removed again from the result.
func (p *parser) inlineLine(s string, line int) ([]Run, error) {
	if s == "" {
		return nil, nil
	}
	src := []byte("." + s)
	root := goldmark.DefaultParser().Parse(text.NewReader(src))
	para, ok := root.FirstChild().(*ast.Paragraph)
	if !ok || para.NextSibling() != nil {
		return nil, p.errorf(line, 1, "a line of a block must be a single line of text")
	}
	runs := inlines(para, src)
	runs[0].Text = strings.TrimPrefix(runs[0].Text, ".")
	if runs[0].Text == "" {
		runs = runs[1:]
	}
	return runs, nil
}

// literal resolves backslash escapes and character references in text.
func literal(b []byte) string {
	b = util.UnescapePunctuations(b)
	b = util.ResolveNumericReferences(b)
	return string(util.ResolveEntityNames(b))
}

// inlines flattens the inline children of n into styled runs.
func inlines(n ast.Node, src []byte) []Run {
	w := &inlineWalker{src: src}
	w.children(n, 0)
	return w.runs
}

type inlineWalker struct {
	src       []byte
	underline int // depth of open <u> tags
	runs      []Run
}

func (w *inlineWalker) children(n ast.Node, st Style) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c, st)
	}
}

func (w *inlineWalker) node(n ast.Node, st Style) {
	switch n := n.(type) {
	case *ast.Text:
		w.add(literal(n.Value(w.src)), st)
		if n.HardLineBreak() {
			w.add("\n", st)
		} else if n.SoftLineBreak() {
			w.add(" ", st)
		}
	case *ast.String:
		w.add(string(n.Value), st)
	case *ast.Emphasis:
		if n.Level >= 2 {
			st |= Bold
		} else {
			st |= Italic
		}
		w.children(n, st)
	case *ast.AutoLink:
		w.add(string(n.Label(w.src)), st)
	case *ast.RawHTML:
		w.rawHTML(n, st)
	default:
		w.children(n, st)
	}
}

// rawHTML honours <u> and </u>; any other inline HTML is kept as text.
func (w *inlineWalker) rawHTML(n *ast.RawHTML, st Style) {
	var b strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b.Write(seg.Value(w.src))
	}
	switch strings.ToLower(b.String()) {
	case "<u>":
		w.underline++
	case "</u>":
		if w.underline > 0 {
			w.underline--
		}
	default:
		w.add(b.String(), st)
	}
}

// add appends text, merging it into the last run when the style matches.
func (w *inlineWalker) add(s string, st Style) {
	if s == "" {
		return
	}
	if w.underline > 0 {
		st |= Underline
	}
	if k := len(w.runs) - 1; k >= 0 && w.runs[k].Style == st {
		w.runs[k].Text += s
		return
	}
	w.runs = append(w.runs, Run{Text: s, Style: st})
}
