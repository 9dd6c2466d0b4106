package markup

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// directiveNode is a ::: block in goldmark's tree. Blocks of lines keep
// their lines raw; container blocks (list, table) hold Markdown children.
type directiveNode struct {
	ast.BaseBlock
	name   string
	args   []string
	offset int  // byte offset of the opening line
	closed bool // a closing ":::" line was seen
	raw    bool
	text   int // the span of case-file text it was opened in, or -1 (see ParseCase)
	at     int // byte offset of the opening line's ":::"
}

var kindDirective = ast.NewNodeKind("Directive")

func (n *directiveNode) Kind() ast.NodeKind { return kindDirective }
func (n *directiveNode) IsRaw() bool        { return n.raw }
func (n *directiveNode) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"name": n.name}, nil)
}

// containers are the directives whose body is Markdown.
var containers = map[string]bool{"list": true, "table": true, "paragraphs": true, "heading": true}

// directiveParser opens ::: blocks and closes them at a line holding only
// ":::". An open stack in the parse context lets a container close only
// after the blocks opened inside it.
type directiveParser struct{}

var openDirectives = gparser.NewContextKey()

func (directiveParser) Trigger() []byte { return []byte{':'} }

func (directiveParser) Open(parent ast.Node, reader text.Reader, pc gparser.Context) (ast.Node, gparser.State) {
	line, seg := reader.PeekLine()
	pos := pc.BlockOffset()
	if pos < 0 {
		return nil, gparser.NoChildren
	}
	name, args, ok := directive(string(line[pos:]))
	if !ok {
		return nil, gparser.NoChildren
	}
	n := &directiveNode{name: name, args: args, offset: seg.Start, raw: !containers[name]}
	n.at = seg.Start + pos
	n.text = caseTextsIn(pc).opened(name, n.at)
	reader.AdvanceToEOL()
	if name == "" || name == "pagebreak" {
		n.closed = true // reported or complete on its own line
		return n, gparser.NoChildren
	}
	pc.Set(openDirectives, append(stack(pc), n))
	if n.raw {
		return n, gparser.NoChildren
	}
	return n, gparser.HasChildren
}

func stack(pc gparser.Context) []*directiveNode {
	s, _ := pc.Get(openDirectives).([]*directiveNode)
	return s
}

func (directiveParser) Continue(node ast.Node, reader text.Reader, pc gparser.Context) gparser.State {
	n := node.(*directiveNode)
	if n.name == "" || n.name == "pagebreak" {
		return gparser.Close
	}
	line, seg := reader.PeekLine()
	s := stack(pc)
	if isClose(strings.TrimRight(string(line), "\r\n")) && len(s) > 0 && s[len(s)-1] == n {
		caseTextsIn(pc).closed(n, seg.Start)
		n.closed = true
		reader.AdvanceToEOL()
		return gparser.Close
	}
	if !n.raw {
		return gparser.Continue | gparser.HasChildren
	}
	n.Lines().Append(seg)
	reader.AdvanceToEOL()
	return gparser.Continue | gparser.NoChildren
}

func (directiveParser) Close(node ast.Node, reader text.Reader, pc gparser.Context) {
	n := node.(*directiveNode)
	s := stack(pc)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == n {
			pc.Set(openDirectives, append(s[:i:i], s[i+1:]...))
			break
		}
	}
}

func (directiveParser) CanInterruptParagraph() bool { return true }
func (directiveParser) CanAcceptIndentedLine() bool { return false }

// rawLines returns a raw directive's lines without their line endings.
func (n *directiveNode) rawLines(src []byte) []string {
	out := make([]string, n.Lines().Len())
	for i := range out {
		seg := n.Lines().At(i)
		out[i] = string(bytes.TrimRight(seg.Value(src), "\r\n"))
	}
	return out
}

// directive recognises a "::: name args" line; a bare ":::" closes a block
// and is reported with an empty name.
func directive(line string) (name string, args []string, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimRight(line, " \t\r\n"), ":::")
	if !found {
		return "", nil, false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return "", nil, true
	}
	return f[0], f[1:], true
}

func isClose(line string) bool {
	n, _, ok := directive(line)
	return ok && n == ""
}
