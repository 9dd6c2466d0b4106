package templates

import (
	"errors"
	"reflect"
	"text/template/parse"
)

// A run walks the templates' trees itself, doing what text/template's
// executor does for what the templates use, without text/template's
// reflection for every call: it calls the runner's functions directly
// and finds fields and methods by a table made once a type. Whatever it
// does not know how to do as text/template would, and every error, it
// leaves to text/template, which runs the templates again from the start:
// a run's output is always what text/template makes, and its errors are
// always text/template's, with their positions.

// errLeft reports a run the walk left to text/template.
var errLeft = errors.New("templates: left to text/template")

// leave ends the walk; the run is left to text/template.
func leave() { panic(errLeft) }

// walker is one walk of a runner's templates.
type walker struct {
	r    *runner
	w    *limitedWriter
	vars []variable      // the variables in scope, the innermost last
	base int             // where the variables of the template being walked start
	args []reflect.Value // the arguments of the calls being made
}

// variable is a template variable: $, $x.
type variable struct {
	name  string
	value reflect.Value
}

// control is how a walk of a list ended: at its end, or at a {{break}} or
// {{continue}} of the range around it.
type control int

const (
	atEnd control = iota
	atBreak
	atContinue
)

// walk runs the template named on data into w, and reports whether it
// ran to its end; false means the run is left to text/template, whatever
// was written.
func (r *runner) walk(w *limitedWriter, name string, data any) (done bool) {
	t := r.tmpl.Lookup(name)
	if t == nil || t.Tree == nil || t.Root == nil {
		return false
	}
	m := &r.walker
	*m = walker{r: r, w: w, vars: m.vars[:0], args: m.args[:0]}
	defer func() {
		if recover() != nil {
			done = false
		}
		clear(m.vars[:cap(m.vars)]) // hold no values of this case
		clear(m.args[:cap(m.args)])
		m.vars, m.args = m.vars[:0], m.args[:0]
		m.r, m.w = nil, nil
	}()
	dot := reflect.ValueOf(data)
	m.vars = append(m.vars, variable{"$", dot})
	m.list(dot, t.Root)
	return true
}

// node walks one node of a list.
func (m *walker) node(dot reflect.Value, n parse.Node) control {
	switch n := n.(type) {
	case *parse.TextNode:
		m.w.Write(n.Text)
	case *parse.ActionNode:
		v := m.pipeline(dot, n.Pipe)
		if len(n.Pipe.Decl) == 0 {
			m.print(v)
		}
	case *parse.IfNode:
		return m.ifOrWith(false, dot, &n.BranchNode)
	case *parse.WithNode:
		return m.ifOrWith(true, dot, &n.BranchNode)
	case *parse.RangeNode:
		m.rangeOver(dot, n)
	case *parse.TemplateNode:
		m.template(dot, n)
	case *parse.BreakNode:
		return atBreak
	case *parse.ContinueNode:
		return atContinue
	case *parse.CommentNode:
	case *parse.ListNode:
		return m.list(dot, n)
	default:
		leave()
	}
	return atEnd
}

// list walks a list until its end or a {{break}} or {{continue}}.
func (m *walker) list(dot reflect.Value, l *parse.ListNode) control {
	for _, n := range l.Nodes {
		if c := m.node(dot, n); c != atEnd {
			return c
		}
	}
	return atEnd
}

// ifOrWith walks an {{if}} or a {{with}}; the variables its pipeline
// declares end with it.
func (m *walker) ifOrWith(with bool, dot reflect.Value, b *parse.BranchNode) control {
	mark := len(m.vars)
	v := m.pipeline(dot, b.Pipe)
	truth, ok := isTrue(indirectInterface(v))
	if !ok {
		leave()
	}
	c := atEnd
	switch {
	case truth && with:
		c = m.list(v, b.List)
	case truth:
		c = m.list(dot, b.List)
	case b.ElseList != nil:
		c = m.list(dot, b.ElseList)
	}
	m.vars = m.vars[:mark]
	return c
}

// rangeOver walks a {{range}} over a slice, an array, a map with keys of
// a basic kind, or nothing.
func (m *walker) rangeOver(dot reflect.Value, r *parse.RangeNode) {
	outer := len(m.vars)
	val, _ := indirect(m.pipeline(dot, r.Pipe))
	mark := len(m.vars)
	ran := false
	switch val.Kind() {
	case reflect.Slice, reflect.Array:
		for i := range val.Len() {
			ran = true
			if m.iteration(r, mark, reflect.ValueOf(i), val.Index(i)) == atBreak {
				break
			}
		}
	case reflect.Map:
		for _, k := range sortedKeys(val) {
			ran = true
			if m.iteration(r, mark, k, val.MapIndex(k)) == atBreak {
				break
			}
		}
	case reflect.Invalid:
	default:
		leave() // numbers, channels, functions
	}
	if !ran && r.ElseList != nil && m.list(dot, r.ElseList) != atEnd {
		leave() // text/template ends a {{break}} there at this range
	}
	m.vars = m.vars[:outer]
}

// iteration walks a range's body once, with its variables set to the
// index (or key) and the element.
func (m *walker) iteration(r *parse.RangeNode, mark int, index, elem reflect.Value) control {
	decl := r.Pipe.Decl
	switch {
	case len(decl) == 0:
	case r.Pipe.IsAssign && len(decl) > 1:
		m.setVar(decl[0].Ident[0], index)
		m.setVar(decl[1].Ident[0], elem)
	case r.Pipe.IsAssign:
		m.setVar(decl[0].Ident[0], elem)
	default:
		m.vars[len(m.vars)-1].value = elem
		if len(decl) > 1 {
			m.vars[len(m.vars)-2].value = index
		}
	}
	c := m.list(elem, r.List)
	m.vars = m.vars[:mark]
	return c
}

// template walks a {{template}} call: the template called sees only its
// own $, and the variables the call's pipeline declares persist. The
// budget's calls around it bound how deep calls go.
func (m *walker) template(dot reflect.Value, n *parse.TemplateNode) {
	t := m.r.tmpl.Lookup(n.Name)
	if t == nil || t.Tree == nil || t.Root == nil {
		leave()
	}
	dot = m.pipeline(dot, n.Pipe)
	base, mark := m.base, len(m.vars)
	m.base = mark
	m.vars = append(m.vars, variable{"$", dot})
	m.list(dot, t.Root)
	m.vars, m.base = m.vars[:mark], base
}

// setVar sets the innermost variable of the name.
func (m *walker) setVar(name string, v reflect.Value) {
	for i := len(m.vars) - 1; i >= m.base; i-- {
		if m.vars[i].name == name {
			m.vars[i].value = v
			return
		}
	}
	leave()
}

// varValue is the innermost variable of the name.
func (m *walker) varValue(name string) reflect.Value {
	for i := len(m.vars) - 1; i >= m.base; i-- {
		if m.vars[i].name == name {
			return m.vars[i].value
		}
	}
	leave()
	return reflect.Value{}
}
