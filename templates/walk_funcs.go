package templates

import (
	"reflect"
	"text/template"
	"text/template/parse"
)

// walkFunc is a function of the runner as the walk calls it: with the
// arguments text/template would give it, spending the budget as it would,
// and without reflection where it can. A failed call leaves the walk.
type walkFunc struct {
	typ  reflect.Type
	call func(args []reflect.Value) reflect.Value
}

// walkBuiltins are text/template's built-in functions the walk calls
// itself.
var walkBuiltins = map[string]bool{
	"and": true, "or": true, "not": true, "len": true,
	"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
}

// walkable reports whether the walk knows every function a set's
// templates call: its own, and the built-in ones it calls itself. A set
// that calls another is run by text/template from the start.
func walkable(used map[string]bool, funcs map[string]any) bool {
	for name := range used {
		if _, own := funcs[name]; !own && !walkBuiltins[name] && name != stepFunc && name != enterFunc && name != leaveFunc {
			return false
		}
	}
	return true
}

// function calls the runner's function of the name, or else text/template's
// built-in one.
func (m *walker) function(dot reflect.Value, name string, ops operands) reflect.Value {
	f, ok := m.r.walkFuncs[name]
	if !ok {
		return m.builtin(dot, name, ops)
	}
	mark := len(m.args)
	v := f.call(m.argv(dot, f.typ, ops))
	m.args = m.args[:mark]
	return v
}

// argv evaluates the arguments of a call of a function of type t, which
// gives one value or a value and an error.
func (m *walker) argv(dot reflect.Value, t reflect.Type, ops operands) []reflect.Value {
	n, fixed := len(ops.args), len(ops.args)
	if ops.piped {
		n++
	}
	if t.IsVariadic() {
		if fixed = t.NumIn() - 1; n < fixed {
			leave()
		}
	} else if n != t.NumIn() {
		leave()
	}
	if t.NumOut() != 1 && (t.NumOut() != 2 || t.Out(1) != errorType) {
		leave()
	}
	if n == 0 {
		return nil
	}
	// The arguments stand on the walker's stack of them, which the
	// arguments' own calls use above them.
	start := len(m.args)
	m.args = append(m.args, make([]reflect.Value, n)...)
	i := 0
	for ; i < fixed && i < len(ops.args); i++ {
		v := m.arg(dot, t.In(i), ops.args[i])
		m.args[start+i] = v
	}
	for ; i < len(ops.args); i++ { // the variadic ones
		v := m.arg(dot, t.In(t.NumIn()-1).Elem(), ops.args[i])
		m.args[start+i] = v
	}
	if ops.piped {
		pt := t.In(t.NumIn() - 1)
		if t.IsVariadic() {
			if n-1 < fixed {
				pt = t.In(n - 1)
			} else {
				pt = pt.Elem()
			}
		}
		m.args[start+i] = validate(ops.final, pt)
	}
	return m.args[start : start+n : start+n]
}

// builtin calls one of walkBuiltins.
func (m *walker) builtin(dot reflect.Value, name string, ops operands) reflect.Value {
	if name == "and" || name == "or" {
		return m.andOr(name == "or", dot, ops)
	}
	mark := len(m.args)
	defer func() { m.args = m.args[:mark] }()
	for _, a := range ops.args {
		v := m.value(dot, a)
		m.args = append(m.args, v)
	}
	if ops.piped {
		m.args = append(m.args, ops.final)
	}
	vals := m.args[mark:]
	switch {
	case name == "not" && len(vals) == 1:
		return reflect.ValueOf(!truth(vals[0]))
	case name == "len" && len(vals) == 1:
		return reflect.ValueOf(length(vals[0]))
	case name == "eq" && len(vals) >= 2:
		for _, v := range vals[1:] {
			if compare(vals[0], v) == 0 {
				return reflect.ValueOf(true)
			}
		}
		return reflect.ValueOf(false)
	case len(vals) != 2:
		leave()
	}
	c := compare(vals[0], vals[1])
	switch name {
	case "ne":
		return reflect.ValueOf(c != 0)
	case "lt", "le", "gt", "ge":
		if basicKind(indirectInterface(vals[0])) == boolKind {
			leave() // booleans are not ordered
		}
		return reflect.ValueOf(name == "lt" && c < 0 || name == "le" && c <= 0 ||
			name == "gt" && c > 0 || name == "ge" && c >= 0)
	}
	leave()
	return reflect.Value{}
}

// andOr evaluates and or or: the first argument false (for and) or true
// (for or), evaluating no further, or else the last.
func (m *walker) andOr(or bool, dot reflect.Value, ops operands) reflect.Value {
	if len(ops.args) == 0 && !ops.piped {
		leave()
	}
	var v reflect.Value
	for _, a := range ops.args {
		if v = m.value(dot, a); truth(v) == or {
			return v
		}
	}
	if ops.piped {
		v = ops.final
	}
	return v
}

// truth is whether a value is true, nil interfaces being false.
func truth(v reflect.Value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
}

// length is len of a string, a slice, an array or a map.
func length(v reflect.Value) int {
	v, isNil := indirect(v)
	switch {
	case isNil:
	case v.Kind() == reflect.String, v.Kind() == reflect.Slice, v.Kind() == reflect.Array, v.Kind() == reflect.Map:
		return v.Len()
	}
	leave()
	return 0
}

// compare orders two basic values of one kind, or a signed and an
// unsigned integer, as text/template's comparisons do; it leaves the run
// for any other two.
func compare(a, b reflect.Value) int {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := basicKind(a), basicKind(b)
	switch {
	case ka == intKind && kb == uintKind:
		if a.Int() < 0 {
			return -1
		}
		return compareOrdered(uint64(a.Int()), b.Uint())
	case ka == uintKind && kb == intKind:
		if b.Int() < 0 {
			return 1
		}
		return compareOrdered(a.Uint(), uint64(b.Int()))
	case ka != kb:
		leave()
	}
	switch ka {
	case boolKind:
		if a.Bool() == b.Bool() {
			return 0
		}
		return 1 // unequal; booleans are not ordered
	case intKind:
		return compareOrdered(a.Int(), b.Int())
	case uintKind:
		return compareOrdered(a.Uint(), b.Uint())
	case floatKind:
		x, y := a.Float(), b.Float()
		if x != x || y != y {
			leave() // NaN is neither less, equal nor more
		}
		return compareOrdered(x, y)
	case stringKind:
		return compareOrdered(a.String(), b.String())
	}
	leave()
	return 0
}

// compareOrdered is -1, 0 or 1 as x is less than, equal to or more than y.
func compareOrdered[T int64 | uint64 | float64 | string](x, y T) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// kind is the basic kind of a value the comparisons take.
type kind int

const (
	otherKind kind = iota
	boolKind
	intKind
	uintKind
	floatKind
	stringKind
)

// basicKind is the kind of a value the comparisons take, or otherKind.
func basicKind(v reflect.Value) kind {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind
	case reflect.Float32, reflect.Float64:
		return floatKind
	case reflect.String:
		return stringKind
	}
	return otherKind
}

// typedCall calls a guarded function of one argument for the walk.
func typedCall[A any, R ~string](f func(A) (R, error), arg func(reflect.Value) A) func([]reflect.Value) reflect.Value {
	return func(args []reflect.Value) reflect.Value {
		out, err := f(arg(args[0]))
		if err != nil {
			leave()
		}
		return reflect.ValueOf(out)
	}
}

// anyArg is what a parameter of type any takes of a value.
func anyArg(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	return v.Interface()
}

// walkCall is call for the walk, which gives a variadic parameter's
// arguments one by one, as text/template does before reflection packs
// them into a slice.
func (g guarded) walkCall(args []reflect.Value) reflect.Value {
	t := g.f.Type()
	if t.IsVariadic() {
		fixed := t.NumIn() - 1
		rest := reflect.MakeSlice(t.In(fixed), len(args)-fixed, len(args)-fixed)
		for i, a := range args[fixed:] {
			rest.Index(i).Set(a)
		}
		args = append(args[:fixed:fixed], rest)
	}
	out := g.call(args)
	if len(out) == 2 && !out[1].IsNil() || out[0].Type() == reflectValueType {
		leave()
	}
	return out[0]
}

// walkableTrees reports whether the walk knows the shape of every command
// of a set's templates: none takes a field of a parenthesized pipeline or
// gives nil.
func walkableTrees(set *template.Template) bool {
	ok := true
	for _, t := range set.Templates() {
		if t.Tree == nil {
			continue
		}
		walkNodes(t.Tree.Root, func(n parse.Node, _ []string) {
			switch n.(type) {
			case *parse.ChainNode, *parse.NilNode:
				ok = false
			}
		})
	}
	return ok
}
