package markup

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// A code span keeps its backslashes, but in a table cell "\|" is a pipe
// within the cell, in a code span too: "| `a\|b` |" shows a|b. The
// backslashes before such pipes are found as the row is split into cells
// (cellEnd), and dropped from the code spans once the cells' inline text
// is parsed.

// escapedPipesKey holds, in a parse context, a *[]escapedPipes: the
// cells with "\|" in a code span, for unescapeCodePipes.
var escapedPipesKey = gparser.NewContextKey()

// escapedPipes are the source offsets of the backslashes before "\|"
// pipes in a table cell.
type escapedPipes struct {
	cell    *east.TableCell
	offsets []int
}

func addEscapedPipes(pc gparser.Context, cell *east.TableCell, offsets []int) {
	list, _ := pc.Get(escapedPipesKey).(*[]escapedPipes)
	if list == nil {
		list = new([]escapedPipes)
		pc.Set(escapedPipesKey, list)
	}
	*list = append(*list, escapedPipes{cell, offsets})
}

// unescapeCodePipes removes, once the cells' inline text is parsed, the
// backslash of each "\|" in their code spans: a code span keeps
// backslashes, but one before a pipe only keeps the pipe from ending
// the cell.
type unescapeCodePipes struct{}

func (unescapeCodePipes) Transform(_ *ast.Document, _ text.Reader, pc gparser.Context) {
	list, _ := pc.Get(escapedPipesKey).(*[]escapedPipes)
	if list == nil {
		return
	}
	pc.Set(escapedPipesKey, nil)
	for _, e := range *list {
		_ = ast.Walk(e.cell, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && n.Kind() == ast.KindCodeSpan {
				dropBackslashes(n, e.offsets)
			}
			return ast.WalkContinue, nil
		})
	}
}

// dropBackslashes splits the text nodes of a code span around the
// backslashes at the given source offsets, leaving them out.
func dropBackslashes(span ast.Node, offsets []int) {
	for c := span.FirstChild(); c != nil; {
		next := c.NextSibling()
		t, ok := c.(*ast.Text)
		if !ok {
			c = next
			continue
		}
		whole, rest := t.Segment, ast.Node(t)
		for _, at := range offsets {
			if at < whole.Start || at >= whole.Stop {
				continue
			}
			seg := rest.(*ast.Text).Segment
			before := ast.NewRawTextSegment(seg.WithStop(at))
			after := ast.NewRawTextSegment(seg.WithStart(at + 1))
			span.InsertAfter(span, rest, before)
			span.InsertAfter(span, before, after)
			span.RemoveChild(span, rest)
			rest = after
		}
		c = next
	}
}
