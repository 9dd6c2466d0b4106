package templates

import (
	"fmt"
	"text/template/parse"

	"pleadgen/cases"
)

// zoneNames are the methods of time.Time that reach the machine's time
// zone: a date reached through cases.Date's Time method is in UTC, and
// every other method of it gives the same on every machine. A template may
// not name them, as a field or a method.
var zoneNames = map[string]bool{"Local": true, "In": true, "Zone": true, "ZoneBounds": true, "IsDST": true}

// checkHermetic refuses a template that names a method reaching the time
// zone, at the name's position.
func checkHermetic(t *parse.Tree) error {
	var err error
	walkNodes(t.Root, func(n parse.Node, idents []string) {
		for _, id := range idents {
			if zoneNames[id] && err == nil {
				loc, _ := t.ErrorContext(n)
				err = fmt.Errorf("%s: .%s would read the machine's time zone; dates are in UTC, the same on every machine", loc, id)
			}
		}
	})
	return err
}

// walkNodes calls fn with each field, chain and variable node of a tree
// and the names it selects, and with each identifier — a function's name —
// and each nil, and no names.
func walkNodes(n parse.Node, fn func(parse.Node, []string)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkNodes(c, fn)
			}
		}
	case *parse.ActionNode:
		walkNodes(n.Pipe, fn)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, fn)
	case *parse.TemplateNode:
		walkNodes(n.Pipe, fn)
	case *parse.PipeNode:
		if n != nil {
			for _, c := range n.Cmds {
				walkNodes(c, fn)
			}
		}
	case *parse.CommandNode:
		for _, a := range n.Args {
			walkNodes(a, fn)
		}
	case *parse.ChainNode:
		walkNodes(n.Node, fn)
		fn(n, n.Field)
	case *parse.FieldNode:
		fn(n, n.Ident)
	case *parse.VariableNode:
		fn(n, n.Ident[1:])
	case *parse.IdentifierNode, *parse.NilNode:
		fn(n, nil)
	}
}

func walkBranch(b *parse.BranchNode, fn func(parse.Node, []string)) {
	walkNodes(b.Pipe, fn)
	walkNodes(b.List, fn)
	walkNodes(b.ElseList, fn)
}

// caseView is the case as templates see it: without the path it was read
// from, which is not part of what the case file says and would make the
// same file print differently from another directory.
func caseView(c *cases.Case) *cases.Case {
	v := *c
	v.File = ""
	return &v
}
