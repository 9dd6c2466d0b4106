package markup

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// siblings converts the block nodes from first on, in order, attaching each
// run-in label (a ::: label block) to the block after it. skip tells which
// nodes the caller handles itself; nil skips none.
func (p *parser) siblings(first ast.Node, depth int, skip func(ast.Node) bool) ([]Block, error) {
	var l labeller
	for c := first; c != nil; c = c.NextSibling() {
		if skip != nil && skip(c) {
			continue
		}
		bs, err := p.block(c, depth)
		if err != nil {
			return nil, err
		}
		if d, ok := c.(*directiveNode); ok && d.name == "label" {
			l.label(bs[0].(*Paragraph))
			continue
		}
		l.add(bs...)
	}
	return l.finish(), nil
}

// labeller gathers blocks, holding a run-in label until it sees the block
// the label belongs to.
type labeller struct {
	out     []Block
	pending *Paragraph // a label waiting for its block
}

// label holds a new label; one already held stands alone, kept with it.
func (l *labeller) label(para *Paragraph) {
	if l.pending != nil {
		l.pending.Keep = true
		l.out = append(l.out, l.pending)
	}
	l.pending = para
}

// add appends blocks. A held label starts the paragraph that follows it
// (which keeps its own source line);
// before any other block it becomes a paragraph of its own kept on that
// block's page. A page break and a footer title pass by, so that the label
// starts the next page with its text, and the footer title still takes
// effect from the labelled block's page.
func (l *labeller) add(bs ...Block) {
	for _, b := range bs {
		if l.pending == nil {
			l.out = append(l.out, b)
			continue
		}
		switch b := b.(type) {
		case *FooterTitle:
			l.out = append(l.out, b)
			continue
		case *Paragraph:
			runs := append(append(l.pending.Runs[:len(l.pending.Runs):len(l.pending.Runs)], Run{Text: " "}), b.Runs...)
			l.out = append(l.out, &Paragraph{Runs: runs, Line: b.Line, Keep: b.Keep})
		case *PageBreak:
			l.out = append(l.out, b) // the label goes with what follows the break
			continue
		default:
			l.pending.Keep = true
			l.out = append(l.out, l.pending, b)
		}
		l.pending = nil
	}
}

// finish returns the blocks; a label with nothing after it stands alone.
func (l *labeller) finish() []Block {
	if l.pending != nil {
		l.out = append(l.out, l.pending)
		l.pending = nil
	}
	return l.out
}

// label reads a ::: label block: one line of inline text.
func (p *parser) label(args, lines []string, line int) (*Paragraph, error) {
	if len(args) > 0 {
		return nil, p.errorf(line, 1, "a label block takes no options")
	}
	var text []string
	var at int
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			text = append(text, strings.TrimSpace(l))
			at = line + 1 + i
		}
	}
	if len(text) != 1 {
		return nil, p.errorf(line, 1, "a label block holds one line: the label")
	}
	runs, err := p.inlineLine(text[0], at)
	if err != nil {
		return nil, err
	}
	return &Paragraph{Runs: runs, Line: at}, nil
}
