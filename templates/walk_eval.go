package templates

import (
	"cmp"
	"reflect"
	"slices"
	"text/template/parse"
)

// operands are what a command gives the function, method or field its
// first word names: its other words, and the value piped into it, if any.
type operands struct {
	args  []parse.Node
	final reflect.Value
	piped bool
}

// none leaves a run that gives operands to what takes none.
func (o operands) none() {
	if len(o.args) > 0 || o.piped {
		leave()
	}
}

// pipeline evaluates a pipeline, each command given the last one's value,
// and declares or sets its variables.
func (m *walker) pipeline(dot reflect.Value, p *parse.PipeNode) reflect.Value {
	if p == nil {
		return reflect.Value{}
	}
	var v reflect.Value
	for i, c := range p.Cmds {
		v = m.command(dot, c, operands{args: c.Args[1:], final: v, piped: i > 0})
		if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
			v = v.Elem()
		}
	}
	for _, d := range p.Decl {
		if p.IsAssign {
			m.setVar(d.Ident[0], v)
		} else {
			m.vars = append(m.vars, variable{d.Ident[0], v})
		}
	}
	return v
}

// command evaluates one command of a pipeline.
func (m *walker) command(dot reflect.Value, c *parse.CommandNode, ops operands) reflect.Value {
	switch n := c.Args[0].(type) {
	case *parse.FieldNode:
		return m.fieldChain(dot, dot, n.Ident, ops)
	case *parse.VariableNode:
		return m.variable(dot, n, ops)
	case *parse.IdentifierNode:
		return m.function(dot, n.Ident, ops)
	case *parse.PipeNode:
		ops.none()
		return m.pipeline(dot, n)
	case *parse.DotNode:
		ops.none()
		return dot
	}
	ops.none()
	return literal(c.Args[0])
}

// variable evaluates $x or $x.Field.Chain.
func (m *walker) variable(dot reflect.Value, n *parse.VariableNode, ops operands) reflect.Value {
	v := m.varValue(n.Ident[0])
	if len(n.Ident) == 1 {
		ops.none()
		return v
	}
	return m.fieldChain(dot, v, n.Ident[1:], ops)
}

// fieldChain evaluates .X.Y.Z from receiver; the last of them takes the
// operands.
func (m *walker) fieldChain(dot, receiver reflect.Value, ident []string, ops operands) reflect.Value {
	for _, name := range ident[:len(ident)-1] {
		receiver = m.field(dot, receiver, name, operands{})
	}
	return m.field(dot, receiver, ident[len(ident)-1], ops)
}

// field calls the method, or evaluates the field of a struct or the entry
// of a map, that a name selects from the receiver.
func (m *walker) field(dot, receiver reflect.Value, name string, ops operands) reflect.Value {
	if !receiver.IsValid() {
		leave()
	}
	receiver, isNil := indirect(receiver)
	if isNil {
		leave()
	}
	a := m.accessorOf(receiver.Type(), name, receiver.CanAddr())
	if a.method >= 0 {
		if a.onPointer {
			receiver = receiver.Addr()
		}
		method, mark := receiver.Method(a.method), len(m.args)
		out := method.Call(m.argv(dot, method.Type(), ops))
		m.args = m.args[:mark]
		if len(out) == 2 && !out[1].IsNil() || out[0].Type() == reflectValueType {
			leave()
		}
		return out[0]
	}
	ops.none()
	switch {
	case a.field != nil:
		f, err := receiver.FieldByIndexErr(a.field)
		if err != nil {
			leave()
		}
		return f
	case a.key:
		if v := receiver.MapIndex(reflect.ValueOf(name)); v.IsValid() {
			return v
		}
	}
	leave() // a missing key or field is an error
	return reflect.Value{}
}

// accessor is how a name selects from a value of a type: a method of the
// type or of a pointer to it, an exported field, or a map's entry. It is
// found the way text/template looks, methods first.
type accessor struct {
	method    int // the method's index, or -1
	onPointer bool
	field     []int
	key       bool
}

// accessorKey is what an accessor depends on: the value's type, the name,
// and whether the value is addressable, which gives it the methods of a
// pointer to it.
type accessorKey struct {
	t           reflect.Type
	name        string
	addressable bool
}

// accessorOf finds how name selects from a value of type t, once a
// runner.
func (m *walker) accessorOf(t reflect.Type, name string, addressable bool) accessor {
	k := accessorKey{t, name, addressable}
	if a, ok := m.r.accessors[k]; ok {
		return a
	}
	a := findAccessor(t, name, addressable)
	m.r.accessors[k] = a
	return a
}

// findAccessor looks for what name selects from a value of type t.
func findAccessor(t reflect.Type, name string, addressable bool) accessor {
	a := accessor{method: -1}
	mt := t
	if addressable {
		mt = reflect.PointerTo(t)
	}
	if meth, ok := mt.MethodByName(name); ok {
		a.method, a.onPointer = meth.Index, addressable
		return a
	}
	switch t.Kind() {
	case reflect.Struct:
		if f, ok := t.FieldByName(name); ok && f.IsExported() {
			a.field = f.Index
		}
	case reflect.Map:
		a.key = stringType.AssignableTo(t.Key())
	}
	return a
}

// sortedKeys are a map's keys in text/template's order, for keys of a
// kind it orders simply: strings, and signed or unsigned integers.
func sortedKeys(v reflect.Value) []reflect.Value {
	keys := v.MapKeys()
	switch basicKind(reflect.Zero(v.Type().Key())) {
	case stringKind:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	case intKind:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) })
	case uintKind:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) })
	default:
		leave()
	}
	return keys
}
