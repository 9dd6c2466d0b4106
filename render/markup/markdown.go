package markup

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// block converts a block node; depth counts the lists around it.
func (p *parser) block(n ast.Node, depth int) ([]Block, error) {
	line := p.lineOf(n)
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		runs, err := p.inlines(n)
		return []Block{&Paragraph{Runs: runs, Line: line}}, err
	case *ast.Heading:
		runs, err := p.inlines(n)
		return []Block{&Heading{Level: n.Level, Runs: runs, Line: line}}, err
	case *ast.Blockquote:
		q, err := p.quote(n, line)
		return []Block{q}, err
	case *ast.List:
		l, err := p.list(n, depth, "")
		return []Block{l}, err
	case *east.Table:
		t, err := p.table(n, nil, line)
		return []Block{t}, err
	case *directiveNode:
		return p.directiveBlock(n, line)
	}
	return nil, p.errorf(line, p.colOf(n), "%s is not supported in a pleading body", describe(n))
}

// describe names a Markdown element for error messages.
func describe(n ast.Node) string {
	switch n.Kind() {
	case ast.KindThematicBreak:
		return "a thematic break (---)"
	case ast.KindCodeBlock, ast.KindFencedCodeBlock:
		return "a code block (text indented four spaces or fenced)"
	case ast.KindHTMLBlock:
		return "an HTML block"
	}
	return "a " + n.Kind().String() + " element"
}

// quote converts a block quotation; it holds paragraphs only.
func (p *parser) quote(n *ast.Blockquote, line int) (*Quote, error) {
	q := &Quote{Line: line}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		para, ok := c.(*ast.Paragraph)
		if !ok {
			return nil, p.errorf(p.lineOf(c), p.colOf(c), "a block quotation holds paragraphs only, not %s", describe(c))
		}
		runs, err := p.inlines(para)
		if err != nil {
			return nil, err
		}
		q.Paras = append(q.Paras, runs)
	}
	return q, nil
}

// defaultStyles are the markers of lists nested 0, 1, 2 … deep.
var (
	numberStyles = []string{"1.", "(a)", "(i)", "(1)"}
	bulletStyles = []string{"•", "–", "◦"}
)

// list converts a list; style overrides the marker pattern of its depth.
func (p *parser) list(n *ast.List, depth int, style string) (*List, error) {
	if style == "" {
		style = bulletStyles[depth%len(bulletStyles)]
		if n.IsOrdered() {
			style = numberStyles[depth%len(numberStyles)]
		}
	}
	l := &List{Style: style, Start: max(n.Start, 1), Line: p.lineOf(n)}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		bs, err := p.siblings(it.FirstChild(), depth+1, nil)
		if err != nil {
			return nil, err
		}
		l.Items = append(l.Items, Item{Blocks: bs})
	}
	return l, nil
}

// table converts a pipe table; widths are the relative column widths of
// a ::: table block, or nil.
func (p *parser) table(n *east.Table, widths []float64, line int) (*Table, error) {
	t := &Table{Widths: widths, Line: line}
	for _, a := range n.Alignments {
		t.Align = append(t.Align, map[east.Alignment]Align{east.AlignCenter: Center, east.AlignRight: Right}[a])
	}
	for r := n.FirstChild(); r != nil; r = r.NextSibling() {
		cells, err := p.tableCells(r, len(t.Align))
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*east.TableHeader); ok {
			t.Header = cells
		} else {
			t.Rows = append(t.Rows, cells)
		}
	}
	if widths != nil && len(widths) != len(t.Align) {
		return nil, p.errorf(line, 1, "the table has %d columns but %d widths", len(t.Align), len(widths))
	}
	return t, nil
}
