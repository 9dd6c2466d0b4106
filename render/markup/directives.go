package markup

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// directiveBlock converts a ::: block.
func (p *parser) directiveBlock(n *directiveNode, line int) ([]Block, error) {
	switch {
	case n.name == "":
		return nil, p.errorf(line, 1, "\":::\" closes no open block")
	case !n.closed:
		return nil, p.errorf(line, 1, "%q block is not closed with \":::\"", n.name)
	case n.name == "pagebreak":
		if len(n.args) > 0 {
			return nil, p.errorf(line, 1, "pagebreak takes no options")
		}
		return []Block{&PageBreak{Line: line}}, nil
	case n.name == "list":
		return p.listBlock(n, line)
	case n.name == "table":
		return p.tableBlock(n, line)
	case n.name == "paragraphs":
		return p.paragraphsBlock(n, line)
	case n.name == "heading":
		return p.headingBlock(n, line)
	}
	lines := n.rawLines(p.src)
	for i, l := range lines {
		if name, _, ok := directive(l); ok && name != "" {
			return nil, p.errorf(line+1+i, 1, "%q block opened on line %d is not closed before this one", n.name, line)
		}
	}
	return p.body(n.name, n.args, lines, line)
}

// body builds the block a line-oriented directive names from its lines.
func (p *parser) body(name string, args []string, lines []string, line int) ([]Block, error) {
	switch name {
	case "document":
		return nil, p.meta(lines, line+1)
	case "footer":
		return p.footer(lines, line)
	case "caption":
		c, err := p.caption(lines, line)
		return []Block{c}, err
	case "label":
		b, err := p.label(args, lines, line)
		return []Block{b}, err
	case "counsel", "court", "signature", "attestation", "lines":
		b, err := p.lineBlock(name, args, lines, line)
		return []Block{b}, err
	}
	return nil, p.errorf(line, 5, "unknown block %q (known: attestation, caption, counsel, court, document, footer, heading, label, lines, list, pagebreak, paragraphs, signature, table)", name)
}

// footer reads a ::: footer block: one line, the new footer title.
func (p *parser) footer(lines []string, line int) ([]Block, error) {
	var title []string
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			title = append(title, t)
		}
	}
	if len(title) != 1 {
		return nil, p.errorf(line, 1, "a footer block holds one line: the footer's title")
	}
	return []Block{&FooterTitle{Title: title[0], Line: line}}, nil
}

// listStyles are the marker patterns a ::: list block may name.
var listStyles = []string{"1.", "(1)", "a.", "(a)", "A.", "i.", "(i)", "I.", "•", "–"}

// listBlock reads a ::: list STYLE block: the lists inside take its style.
func (p *parser) listBlock(n *directiveNode, line int) ([]Block, error) {
	flush := len(n.args) == 2 && n.args[1] == "flush"
	if len(n.args) != 1 && !flush || !contains(listStyles, n.args[0]) {
		return nil, p.errorf(line, 1, "a list block names one style (known: %s), and may add flush", strings.Join(listStyles, " "))
	}
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		l, ok := c.(*ast.List)
		if !ok {
			return nil, p.errorf(p.lineOf(c), 1, "a list block holds lists only, not %s", describe(c))
		}
		b, err := p.list(l, 0, n.args[0])
		if err != nil {
			return nil, err
		}
		b.Flush = flush
		out = append(out, b)
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lineBlock builds a counsel, court, signature, attestation or plain line
// block.
func (p *parser) lineBlock(name string, args []string, lines []string, line int) (*LineBlock, error) {
	b := &LineBlock{Line: line}
	switch name {
	case "counsel":
		b.Kind, b.Spacing = Counsel, Single
	case "court":
		b.Kind, b.Align, b.Keep = Court, Center, true
	case "signature":
		b.Kind, b.Column, b.Keep = Signature, RightHalf, true
	case "attestation":
		b.Kind, b.Column, b.Keep = Attestation, RightHalf, true
	}
	if err := p.options(b, name, args, line); err != nil {
		return nil, err
	}
	first := line + 1
	if b.Kind == Signature {
		sep, err := p.separator(lines, line, "a signature block has two columns")
		if err != nil {
			return nil, err
		}
		if sep >= 0 {
			if b.Beside, err = p.lines(lines[:sep], first); err != nil {
				return nil, err
			}
			lines, first = lines[sep+1:], first+sep+1
		}
	}
	var err error
	b.Lines, err = p.lines(lines, first)
	return b, err
}

// options applies a line block's options.
func (p *parser) options(b *LineBlock, name string, args []string, line int) error {
	for _, a := range args {
		switch a {
		case "keep":
			b.Keep = true
		case "single":
			b.Spacing = Single
		case "double":
			b.Spacing = Double
		case "center":
			b.Align = Center
		case "right":
			b.Column = RightHalf
		case "filer", "more", "notice":
			if err := p.partOption(b, name, a, line); err != nil {
				return err
			}
		default:
			return p.errorf(line, 1, "unknown option %q for %s (known: center, double, filer, keep, more, notice, right, single)", a, name)
		}
	}
	return nil
}

// partOption applies the options that belong to one kind of block:
// "filer" to signature blocks, "more" and "notice" to counsel blocks.
func (p *parser) partOption(b *LineBlock, name, opt string, line int) error {
	switch {
	case opt == "filer" && name == "signature":
		b.Filer = true
	case opt == "filer":
		return p.errorf(line, 1, "option \"filer\" belongs to signature blocks")
	case name != "counsel":
		return p.errorf(line, 1, "option %q belongs to counsel blocks", opt)
	case b.Part != CounselFiler:
		return p.errorf(line, 1, "a counsel block is either \"more\" or \"notice\", not both")
	case opt == "more":
		b.Part = CounselMore
	default:
		b.Part = CounselNotice
	}
	return nil
}

// separator returns the index of the one "|||" line that parts two
// columns, or −1; what names the block in the error for a second one.
func (p *parser) separator(lines []string, line int, what string) (int, error) {
	sep := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "|||" {
			if sep >= 0 {
				return 0, p.errorf(line+1+i, 1, "%s: a second \"|||\" is one too many", what)
			}
			sep = i
		}
	}
	return sep, nil
}

// caption reads the two columns of a caption, separated by a "|||" line.
func (p *parser) caption(lines []string, line int) (*Caption, error) {
	sep, err := p.separator(lines, line, "a caption has two columns")
	if err != nil {
		return nil, err
	}
	if sep < 0 {
		return nil, p.errorf(line, 1, "a caption needs a \"|||\" line between its left and right columns")
	}
	left, err := p.lines(lines[:sep], line+1)
	if err != nil {
		return nil, err
	}
	right, err := p.lines(lines[sep+1:], line+2+sep)
	if err != nil {
		return nil, err
	}
	return &Caption{Left: left, Right: right, Line: line}, nil
}

// lines reads the lines of a line block: leading ">" marks indent half an
// inch each, the rest is inline Markdown.
func (p *parser) lines(src []string, first int) ([]Line, error) {
	out := make([]Line, 0, len(src))
	for i, l := range src {
		indent := 0
		for strings.HasPrefix(l, ">") {
			indent++
			l = strings.TrimPrefix(l[1:], " ")
		}
		runs, err := p.inlineLine(strings.TrimSpace(l), first+i)
		if err != nil {
			return nil, err
		}
		out = append(out, Line{Runs: runs, Indent: indent, Line: first + i})
	}
	return out, nil
}
