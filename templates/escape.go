package templates

import (
	"fmt"
	"strings"
	"text/template/parse"

	"pleadgen/cases"
)

// Values cross from the case into markup only through the escapers below,
// which Load adds to every action of every template, built-in or the
// user's, by the context the action prints in — as html/template does for
// HTML. A template author never has to call one.

// Markdown is prose from the case file: its Markdown stands, but it may
// open only the blocks case text may use (see guardDirectives).
type Markdown string

// Markup is markup the program made itself ("\[&nbsp;\]", ">>>>"), or
// text already escaped by mdEscape; it is printed as it is.
type Markup string

// context is where an action prints in the markup.
type context uint8

const (
	inText   context = iota // Markdown: a paragraph, a heading, a line of a line block
	inMeta                  // the value of a "key: value" line of the ::: document block
	inHeader                // a directive's header line, after "::: name"
)

// escapers are the functions Load adds to actions, by context.
var escapers = map[context]string{inText: "escText", inMeta: "escMeta", inHeader: "escHeader"}

// escapeFuncs are the escapers, for the function map.
func escapeFuncs() map[string]any {
	return map[string]any{"escText": escText, "escMeta": escMeta, "escHeader": escHeader}
}

// escText makes a value text in a paragraph, a heading or a line of a
// line block: one line whose characters are all text. A value may not
// start as a conformed signature does: only a template signs.
func escText(v any) (Markup, error) {
	switch v := v.(type) {
	case Markup:
		return v, nil
	case Markdown:
		return Markup(guardDirectives(string(v))), nil
	}
	s, err := printed(v)
	if err != nil {
		return "", err
	}
	return mdEscape(s)
}

// signs reports whether text reads as a conformed signature ("/s/"),
// which only a template may print.
func signs(s string) bool { return cases.LooksSigned(s) }

// escMeta makes a value one line of a "key: value" line.
func escMeta(v any) (string, error) {
	s, err := printed(v)
	return oneLine(s), err
}

// printed is a value as text/template prints it, but by printValue: a
// pointer by what it points to, never an address, and bounded.
func printed(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return printValue(v)
}

// escHeader refuses a value that is not a plain word in a directive's
// header line, where it would be read as the block's options.
func escHeader(v any) (string, error) {
	s, err := printed(v)
	if err != nil {
		return "", err
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || strings.ContainsRune("().%-", r)) {
			return "", fmt.Errorf("%q cannot stand in a directive's header line", s)
		}
	}
	return s, nil
}

// oneLine turns every line break into a space and trims the ends, so that
// a value cannot start a line of its own.
func oneLine(s string) string {
	if plainLine(s) {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if strings.ContainsRune("\r\n\u0085\u2028\u2029\v\f", r) {
			return ' '
		}
		return r
	}, s))
}

// plainLine reports whether s is ASCII without a line break of any kind:
// most values are, and oneLine leaves them as they are.
func plainLine(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			return false
		}
	}
	return true
}

// escapeTree adds to each action of a template the escaper of the context
// it prints in. The context is read from the template's own text: a
// directive's header line, the body of a ::: document block, or text.
func escapeTree(t *parse.Tree) error {
	e := &escaper{tree: t}
	e.list(t.Root)
	return e.err
}

// escaper walks one template, keeping the context of its text.
type escaper struct {
	tree       *parse.Tree
	line       strings.Builder // the text of the current line so far
	inDocument bool            // between "::: document" and its ":::"
	// unsure is the action whose branches left the current line in
	// different contexts (a directive's header line or text); a value
	// printed before the line ends could not be escaped for certain.
	unsure parse.Node
	err    error
}

// state is what decides an action's context at a point of the walk.
type state struct {
	line       string
	inDocument bool
}

func (e *escaper) save() state { return state{e.line.String(), e.inDocument} }

func (e *escaper) restore(s state) {
	e.line.Reset()
	e.line.WriteString(s.line)
	e.inDocument = s.inDocument
}

func (e *escaper) context() context { return e.contextOf(e.save()) }

// contextOf is the context an action would print in at state s.
func (e *escaper) contextOf(s state) context {
	switch {
	case strings.HasPrefix(strings.TrimLeft(s.line, " \t"), ":::"):
		return inHeader
	case s.inDocument:
		return inMeta
	}
	return inText
}

func (e *escaper) list(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		e.node(n)
	}
}

func (e *escaper) node(n parse.Node) {
	switch n := n.(type) {
	case *parse.TextNode:
		e.text(string(n.Text))
	case *parse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			e.checkSure()
			e.escape(n.Pipe, e.context())
			e.line.WriteString("x") // the value stands on the line
		}
	case *parse.IfNode:
		e.branches(n, n.List, n.ElseList)
	case *parse.RangeNode:
		e.branches(n, n.List, n.ElseList)
	case *parse.WithNode:
		e.branches(n, n.List, n.ElseList)
	case *parse.ListNode:
		e.list(n)
	case *parse.TemplateNode:
		e.checkSure()
		if e.context() == inHeader && e.err == nil {
			loc, _ := e.tree.ErrorContext(n)
			e.err = fmt.Errorf("%s: a template called on a directive's header line could print anything among its options; print the values here", loc)
		}
		e.line.WriteString("x") // what it prints stands on the line
	}
}

// branches walks each branch from the same state; they must end in the
// same context, or what follows could not be escaped for certain.
func (e *escaper) branches(n parse.Node, lists ...*parse.ListNode) {
	start := e.save()
	var ends []state
	for _, l := range lists {
		e.restore(start)
		e.list(l)
		ends = append(ends, e.save())
	}
	if len(lists) == 0 || lists[len(lists)-1] == nil {
		ends = append(ends, start) // no else: the branch may not run
	}
	// The position is found only when needed: finding it reads the
	// template's text up to the node.
	loc := func() string { l, _ := e.tree.ErrorContext(n); return l }
	for _, s := range ends[1:] {
		switch {
		case e.err != nil:
		case s.inDocument != ends[0].inDocument:
			e.err = fmt.Errorf("%s: the branches of this action end in different blocks; close the ::: document block in each", loc())
		case e.contextOf(s) != e.contextOf(ends[0]):
			e.unsure = n // an error only if a value prints before the line ends
		}
	}
	e.restore(ends[0])
}

// text follows a template's text line by line: a line "::: document" opens
// the document block and a line ":::" closes it.
func (e *escaper) text(s string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			e.line.WriteString(s)
			return
		}
		e.line.WriteString(s[:i])
		e.endLine()
		s = s[i+1:]
	}
}

// checkSure refuses a value printed where the context is not certain.
func (e *escaper) checkSure() {
	if e.unsure != nil && e.err == nil {
		loc, _ := e.tree.ErrorContext(e.unsure)
		e.err = fmt.Errorf("%s: the branches of this action end in different contexts (text, or a directive's header line), and a value follows on the same line; end them alike", loc)
	}
}

func (e *escaper) endLine() {
	e.unsure = nil
	if rest, ok := strings.CutPrefix(strings.TrimSpace(e.line.String()), ":::"); ok {
		switch f := strings.Fields(rest); {
		case len(f) == 0:
			e.inDocument = false
		case f[0] == "document":
			e.inDocument = true
		}
	}
	e.line.Reset()
}

// escape ends a pipeline with the escaper of its context, unless it ends
// with it already (or, in text, with mdEscape, which escapes for text).
func (e *escaper) escape(p *parse.PipeNode, c context) {
	name := escapers[c]
	if last := lastFunc(p); last == name || (c == inText && last == "mdEscape") {
		return
	}
	id := parse.NewIdentifier(name).SetTree(e.tree).SetPos(p.Position())
	p.Cmds = append(p.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: p.Position(), Args: []parse.Node{id}})
}

// lastFunc is the name of the function a pipeline ends with, or "".
func lastFunc(p *parse.PipeNode) string {
	if len(p.Cmds) == 0 {
		return ""
	}
	if id, ok := p.Cmds[len(p.Cmds)-1].Args[0].(*parse.IdentifierNode); ok {
		return id.Ident
	}
	return ""
}
