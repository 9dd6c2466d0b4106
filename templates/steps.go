package templates

import "text/template/parse"

// The functions Load calls to spend a run's budget. A template cannot call
// them itself: they are not in the function map templates are parsed with.
const (
	// stepFunc spends a step at the start of every with body.
	stepFunc = "_step"
	// enterFunc spends a step and enters a level at the start of every
	// range body and before every {{template}} call.
	enterFunc = "_enter"
	// leaveFunc leaves the level at the end of the body or call, and
	// before a {{break}} or {{continue}}, which leave a range body.
	leaveFunc = "_leave"
)

// addSteps puts the budget's calls into a template: at the start of each
// range and with body and around each {{template}} call, so that no loop
// and no recursion runs past the step budget and nothing nests deeper than
// maxDepth. Their errors name the action's position.
func addSteps(t *parse.Tree) {
	addStepsList(t, t.Root)
}

func addStepsList(t *parse.Tree, l *parse.ListNode) {
	if l == nil {
		return
	}
	nodes := make([]parse.Node, 0, len(l.Nodes))
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.TemplateNode:
			nodes = append(nodes, callNode(t, enterFunc, n.Pos, n.Line), n, callNode(t, leaveFunc, n.Pos, n.Line))
			continue
		case *parse.BreakNode:
			nodes = append(nodes, callNode(t, leaveFunc, n.Pos, n.Line))
		case *parse.ContinueNode:
			nodes = append(nodes, callNode(t, leaveFunc, n.Pos, n.Line))
		case *parse.IfNode:
			addStepsList(t, n.List)
			addStepsList(t, n.ElseList)
		case *parse.RangeNode:
			addStepsList(t, n.List)
			n.List.Nodes = append(append([]parse.Node{callNode(t, enterFunc, n.Pos, n.Line)}, n.List.Nodes...), callNode(t, leaveFunc, n.Pos, n.Line))
			addStepsList(t, n.ElseList)
		case *parse.WithNode:
			addStepsList(t, n.List)
			n.List.Nodes = append([]parse.Node{callNode(t, stepFunc, n.Pos, n.Line)}, n.List.Nodes...)
			addStepsList(t, n.ElseList)
		case *parse.ListNode:
			addStepsList(t, n)
		}
		nodes = append(nodes, n)
	}
	l.Nodes = nodes
}

// callNode is the action {{name}} at pos; it prints nothing.
func callNode(t *parse.Tree, name string, pos parse.Pos, line int) parse.Node {
	id := parse.NewIdentifier(name).SetTree(t).SetPos(pos)
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Line: line, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: line, Pipe: pipe}
}
