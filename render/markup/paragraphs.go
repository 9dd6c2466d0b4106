package markup

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
)

// maxIndent is the largest indent a ::: paragraphs block may give: three
// inches, half the narrowest measure a court's paper has.
const maxIndent = 216.0

// paragraphsBlock reads a ::: paragraphs block: the Markdown paragraphs
// inside take the form its options give.
func (p *parser) paragraphsBlock(n *directiveNode, line int) ([]Block, error) {
	form, err := p.paraForm(n.args, line)
	if err != nil {
		return nil, err
	}
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		para, ok := c.(*ast.Paragraph)
		if !ok {
			return nil, p.errorf(p.lineOf(c), 1, "a paragraphs block holds paragraphs only, not %s", describe(c))
		}
		runs, err := p.inlines(para)
		if err != nil {
			return nil, err
		}
		out = append(out, &Paragraph{Runs: runs, Line: p.lineOf(c), Form: form})
	}
	return out, nil
}

// paraForm reads a ::: paragraphs block's options: flush, center, indent
// LENGTH, hanging LENGTH.
func (p *parser) paraForm(args []string, line int) (ParaForm, error) {
	var f ParaForm
	bad := func(format string, a ...any) (ParaForm, error) {
		return ParaForm{}, p.errorf(line, 1, "paragraphs: "+format, a...)
	}
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "flush":
			f.Indent, f.Indented = 0, true
		case "center":
			f.Center = true
		case "indent", "hanging":
			if i+1 == len(args) {
				return bad("%s wants a length, such as 0.5in", a)
			}
			v, err := parseIndent(args[i+1])
			if err != nil {
				return bad("%s %s: %v", a, args[i+1], err)
			}
			if a == "indent" {
				f.Indent, f.Indented = v, true
			} else {
				f.Hang = v
				if !f.Indented {
					f.Indent, f.Indented = 0, true
				}
			}
			i++
		default:
			return bad("unknown option %q (known: flush, center, indent LENGTH, hanging LENGTH)", a)
		}
	}
	if f.Center && (f.Hang != 0 || f.Indent != 0) {
		return bad("a centred paragraph takes no indent")
	}
	return f, nil
}

var indentPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([0-9]+(?:\.[0-9]+)?|\.[0-9]+)(in|pt|cm|mm)$`)
})

// parseIndent reads an indent with its unit: "0.5in", "36pt", "1.27cm".
func parseIndent(s string) (float64, error) {
	m := indentPattern().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, errIndent
	}
	x, _ := strconv.ParseFloat(m[1], 64)
	v := x * map[string]float64{"in": 72, "pt": 1, "cm": 72 / 2.54, "mm": 72 / 25.4}[m[2]]
	if v > maxIndent || math.IsNaN(v) {
		return 0, errIndentSize
	}
	return math.Round(v*100) / 100, nil
}

type indentError string

func (e indentError) Error() string { return string(e) }

const (
	errIndent     = indentError("want a length with its unit: 0.5in, 36pt, 1.27cm or 12.7mm")
	errIndentSize = indentError("an indent is at most 3 inches")
)

// headingBlock reads a ::: heading block: the Markdown headings inside take
// the form its options give: plain (not bold), underline, indent LENGTH,
// center.
func (p *parser) headingBlock(n *directiveNode, line int) ([]Block, error) {
	var f HeadingForm
	for i := 0; i < len(n.args); i++ {
		switch a := n.args[i]; a {
		case "plain":
			f.Plain = true
		case "underline":
			f.Underline = true
		case "center":
			f.Center = true
		case "indent", "tab":
			if i+1 == len(n.args) {
				return nil, p.errorf(line, 1, "heading: %s wants a length, such as 0.5in", a)
			}
			v, err := parseIndent(n.args[i+1])
			if err != nil || a == "tab" && v < 9 {
				if err == nil {
					err = indentError("a tab stop is at least 1/8 inch")
				}
				return nil, p.errorf(line, 1, "heading: %s %s: %v", a, n.args[i+1], err)
			}
			if a == "indent" {
				f.Indent = v
			} else {
				f.Tab = v
			}
			i++
		default:
			return nil, p.errorf(line, 1, "heading: unknown option %q (known: plain, underline, indent LENGTH, tab LENGTH, center)", a)
		}
	}
	if f.Center && f.Indent != 0 {
		return nil, p.errorf(line, 1, "heading: a centred heading takes no indent")
	}
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		h, ok := c.(*ast.Heading)
		if !ok {
			return nil, p.errorf(p.lineOf(c), 1, "a heading block holds headings only (# or ##), not %s", describe(c))
		}
		runs, err := p.inlines(h)
		if err != nil {
			return nil, err
		}
		out = append(out, &Heading{Level: h.Level, Runs: runs, Line: p.lineOf(c), Form: f})
	}
	return out, nil
}
