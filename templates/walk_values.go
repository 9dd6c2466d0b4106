package templates

import (
	"fmt"
	"reflect"
	"strings"
	"text/template/parse"
)

// arg evaluates an argument of a function for a parameter of type t.
func (m *walker) arg(dot reflect.Value, t reflect.Type, n parse.Node) reflect.Value {
	switch n.(type) {
	case *parse.DotNode, *parse.FieldNode, *parse.VariableNode, *parse.PipeNode, *parse.IdentifierNode:
		return validate(m.value(dot, n), t)
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
			if v.SetInt(num.Int64); v.Int() == num.Int64 {
				return v
			}
		}
	}
	leave() // nil, chains, and other literals
	return reflect.Value{}
}

// value evaluates an argument where any value may go: a built-in
// function's, or, validated, any function's.
func (m *walker) value(dot reflect.Value, n parse.Node) reflect.Value {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return m.fieldChain(dot, dot, n.Ident, operands{})
	case *parse.VariableNode:
		return m.variable(dot, n, operands{})
	case *parse.PipeNode:
		return m.pipeline(dot, n)
	case *parse.IdentifierNode:
		return m.function(dot, n.Ident, operands{})
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

// isHexInt reports whether a number is written as a hexadecimal integer,
// in which e is a digit.
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

// canBeNil reports whether a value of type t may be nil.
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

// print writes a value as text/template prints it.
func (m *walker) print(v reflect.Value) {
	if v.Kind() == reflect.String && printsAsString(v.Type()) {
		m.w.WriteString(v.String())
		return
	}
	p, ok := printable(v)
	if !ok {
		leave()
	}
	fmt.Fprint(m.w, p)
}

// printsAsString reports whether fmt prints a string type as its bytes:
// neither it nor a pointer to it formats itself, is an error or a
// Stringer.
func printsAsString(t reflect.Type) bool {
	if t == stringType {
		return true
	}
	for _, t := range []reflect.Type{t, reflect.PointerTo(t)} {
		if t.Implements(formatterType) || t.Implements(errorType) || t.Implements(stringerType) {
			return false
		}
	}
	return true
}

// printable is the value fmt prints for v, as text/template gives it.
func printable(v reflect.Value) (any, bool) {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v)
	}
	if !v.IsValid() {
		return "<no value>", true
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(stringerType) {
		pt := reflect.PointerTo(v.Type())
		switch {
		case v.CanAddr() && (pt.Implements(errorType) || pt.Implements(stringerType)):
			v = v.Addr()
		case v.Kind() == reflect.Chan || v.Kind() == reflect.Func:
			return nil, false
		}
	}
	return v.Interface(), true
}

var (
	errorType        = reflect.TypeFor[error]()
	stringerType     = reflect.TypeFor[fmt.Stringer]()
	formatterType    = reflect.TypeFor[fmt.Formatter]()
	reflectValueType = reflect.TypeFor[reflect.Value]()
	stringType       = reflect.TypeFor[string]()
)
