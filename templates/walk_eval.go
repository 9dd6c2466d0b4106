package templates

import (
	"reflect"
	"strings"
	"sync"
	"text/template/parse"
)

// pipeline evaluates a pipeline, each command given the last one's value,
// and declares or sets its variables.
func (m *walker) pipeline(dot reflect.Value, p *parse.PipeNode) reflect.Value {
	if p == nil {
		return reflect.Value{}
	}
	var v reflect.Value
	for i, c := range p.Cmds {
		v = m.command(dot, c, v, i > 0)
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

// command evaluates one command of a pipeline; final is the value piped
// into it, when piped says there is one.
func (m *walker) command(dot reflect.Value, c *parse.CommandNode, final reflect.Value, piped bool) reflect.Value {
	switch n := c.Args[0].(type) {
	case *parse.FieldNode:
		return m.fieldChain(dot, dot, n.Ident, c.Args, final, piped)
	case *parse.VariableNode:
		return m.variable(dot, n, c.Args, final, piped)
	case *parse.IdentifierNode:
		return m.function(dot, n.Ident, c.Args, final, piped)
	case *parse.PipeNode:
		noArgs(c.Args, piped)
		return m.pipeline(dot, n)
	}
	noArgs(c.Args, piped)
	switch n := c.Args[0].(type) {
	case *parse.DotNode:
		return dot
	case *parse.BoolNode:
		return reflect.ValueOf(n.True)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text)
	case *parse.NumberNode:
		return idealConstant(n)
	}
	leave() // nil, and (pipeline).Field chains
	return reflect.Value{}
}

// noArgs leaves a run that gives arguments to what is not a function.
func noArgs(args []parse.Node, piped bool) {
	if len(args) > 1 || piped {
		leave()
	}
}

// variable evaluates $x or $x.Field.Chain.
func (m *walker) variable(dot reflect.Value, n *parse.VariableNode, args []parse.Node, final reflect.Value, piped bool) reflect.Value {
	v := m.varValue(n.Ident[0])
	if len(n.Ident) == 1 {
		noArgs(args, piped)
		return v
	}
	return m.fieldChain(dot, v, n.Ident[1:], args, final, piped)
}

// fieldChain evaluates .X.Y.Z from receiver; the last of them takes the
// arguments.
func (m *walker) fieldChain(dot, receiver reflect.Value, ident []string, args []parse.Node, final reflect.Value, piped bool) reflect.Value {
	for _, name := range ident[:len(ident)-1] {
		receiver = m.field(dot, name, nil, reflect.Value{}, false, receiver)
	}
	return m.field(dot, ident[len(ident)-1], args, final, piped, receiver)
}

// field calls the method, or evaluates the field of a struct or the entry
// of a map, that a name selects.
func (m *walker) field(dot reflect.Value, name string, args []parse.Node, final reflect.Value, piped bool, receiver reflect.Value) reflect.Value {
	if !receiver.IsValid() {
		leave()
	}
	receiver, isNil := indirect(receiver)
	if isNil {
		leave()
	}
	a := accessorOf(receiver.Type(), name, receiver.CanAddr())
	switch {
	case a.method >= 0:
		if a.onPointer {
			receiver = receiver.Addr()
		}
		method := receiver.Method(a.method)
		if len(args) > 0 {
			args = args[1:]
		}
		out := method.Call(m.argv(dot, method.Type(), args, final, piped))
		if len(out) == 2 && !out[1].IsNil() || out[0].Type() == reflectValueType {
			leave()
		}
		return out[0]
	case len(args) > 1 || piped:
		leave() // arguments to a field or an entry: an error
	case a.field != nil:
		f, err := receiver.FieldByIndexErr(a.field)
		if err != nil {
			leave()
		}
		return f
	case a.key:
		v := receiver.MapIndex(reflect.ValueOf(name))
		if !v.IsValid() {
			leave() // a missing key is an error
		}
		return v
	}
	leave()
	return reflect.Value{}
}

// accessor is how a name selects from a value of a type: a method of the
// type or of a pointer to it, an exported field, or a map's entry. It is found the
// way text/template looks, methods first.
type accessor struct {
	method    int // the method's index, or -1
	onPointer bool
	field     []int
	key       bool
}

type accessorKey struct {
	t           reflect.Type
	name        string
	addressable bool
}

// accessors are the accessors found, by type, name and whether the value
// is addressable.
var accessors sync.Map

// accessorOf finds how name selects from a value of type t.
func accessorOf(t reflect.Type, name string, addressable bool) accessor {
	k := accessorKey{t, name, addressable}
	if a, ok := accessors.Load(k); ok {
		return a.(accessor)
	}
	a := findAccessor(t, name, addressable)
	accessors.Store(k, a)
	return a
}

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

// arg evaluates an argument of a function for a parameter of type t.
func (m *walker) arg(dot reflect.Value, t reflect.Type, n parse.Node) reflect.Value {
	switch n := n.(type) {
	case *parse.DotNode:
		return validate(dot, t)
	case *parse.FieldNode:
		return validate(m.fieldChain(dot, dot, n.Ident, nil, reflect.Value{}, false), t)
	case *parse.VariableNode:
		return validate(m.variable(dot, n, nil, reflect.Value{}, false), t)
	case *parse.PipeNode:
		return validate(m.pipeline(dot, n), t)
	case *parse.IdentifierNode:
		return validate(m.function(dot, n.Ident, nil, reflect.Value{}, false), t)
	}
	switch t.Kind() {
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return literal(n)
		}
	case reflect.String:
		if s, ok := n.(*parse.StringNode); ok {
			v := reflect.New(t).Elem()
			v.SetString(s.Text)
			return v
		}
	case reflect.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			v := reflect.New(t).Elem()
			v.SetBool(b.True)
			return v
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if num, ok := n.(*parse.NumberNode); ok && num.IsInt {
			v := reflect.New(t).Elem()
			v.SetInt(num.Int64)
			if v.Int() == num.Int64 {
				return v
			}
		}
	}
	leave() // nil, chains, and other literals
	return reflect.Value{}
}

// value evaluates an argument of a built-in function, which takes any
// value.
func (m *walker) value(dot reflect.Value, n parse.Node) reflect.Value {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return m.fieldChain(dot, dot, n.Ident, nil, reflect.Value{}, false)
	case *parse.VariableNode:
		return m.variable(dot, n, nil, reflect.Value{}, false)
	case *parse.PipeNode:
		return m.pipeline(dot, n)
	case *parse.IdentifierNode:
		return m.function(dot, n.Ident, nil, reflect.Value{}, false)
	}
	return literal(n)
}

// literal is the value of a constant given where any value may go.
func literal(n parse.Node) reflect.Value {
	switch n := n.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(n.True)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text)
	case *parse.NumberNode:
		return idealConstant(n)
	}
	leave()
	return reflect.Value{}
}

// idealConstant is the value of a number whose type nothing gives: an
// int, or a float64 when written as one.
func idealConstant(n *parse.NumberNode) reflect.Value {
	switch {
	case n.IsComplex:
		leave()
	case n.IsFloat && !strings.HasPrefix(n.Text, "'") && !isHexInt(n.Text) && strings.ContainsAny(n.Text, ".eEpP"):
		return reflect.ValueOf(n.Float64)
	case n.IsInt && int64(int(n.Int64)) == n.Int64:
		return reflect.ValueOf(int(n.Int64))
	}
	leave()
	return reflect.Value{}
}

func isHexInt(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && !strings.ContainsAny(s, "pP")
}

// validate makes a value fit a parameter of type t, as text/template
// does: nil for a nillable type, the value inside an interface, or one
// pointer taken or followed.
func validate(v reflect.Value, t reflect.Type) reflect.Value {
	if !v.IsValid() {
		if !canBeNil(t) {
			leave()
		}
		return reflect.Zero(t)
	}
	if v.Type().AssignableTo(t) {
		return v
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if v = v.Elem(); v.Type().AssignableTo(t) {
			return v
		}
	}
	switch {
	case v.Kind() == reflect.Pointer && v.Type().Elem().AssignableTo(t):
		if v = v.Elem(); !v.IsValid() {
			leave()
		}
		return v
	case reflect.PointerTo(v.Type()).AssignableTo(t) && v.CanAddr():
		return v.Addr()
	}
	leave()
	return reflect.Value{}
}

func canBeNil(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	}
	return false
}

// indirect follows pointers and interfaces to the value at their end,
// and reports whether one was nil, which it then returns.
func indirect(v reflect.Value) (reflect.Value, bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface is the value inside an interface, or nothing for a
// nil one.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// isTrue is text/template's truth: not the zero of its type; ok is false
// for a value that has none.
func isTrue(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0, true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}
