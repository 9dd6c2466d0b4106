package templates

import (
	"reflect"
	"text/template/parse"
)

// walkFunc is a function of the runner as the walk calls it: with the
// arguments text/template would give it, and without reflection when it
// can.
type walkFunc struct {
	typ reflect.Type
	fn  reflect.Value // as text/template calls it
	// direct, when set, calls it with the same effects; it panics, as a
	// guarded function does, with its error.
	direct func(args []reflect.Value) reflect.Value
}

// function calls the runner's function of the name, or else text/template's
// built-in one; args are the command's words, the function's name first.
func (m *walker) function(dot reflect.Value, name string, args []parse.Node, final reflect.Value, piped bool) reflect.Value {
	if len(args) > 0 {
		args = args[1:]
	}
	f, ok := m.r.walkFuncs[name]
	if !ok {
		return m.builtin(dot, name, args, final, piped)
	}
	return f.call(m.argv(dot, f.typ, args, final, piped))
}

// argv evaluates the arguments of a call of a function of type t, which
// gives one value or a value and an error.
func (m *walker) argv(dot reflect.Value, t reflect.Type, args []parse.Node, final reflect.Value, piped bool) []reflect.Value {
	n := len(args)
	if piped {
		n++
	}
	fixed := len(args)
	if t.IsVariadic() {
		fixed = t.NumIn() - 1
		if n < fixed {
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
	argv := make([]reflect.Value, n)
	i := 0
	for ; i < fixed && i < len(args); i++ {
		argv[i] = m.arg(dot, t.In(i), args[i])
	}
	if t.IsVariadic() {
		et := t.In(t.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			argv[i] = m.arg(dot, et, args[i])
		}
	}
	if piped {
		pt := t.In(t.NumIn() - 1)
		if t.IsVariadic() {
			if n-1 < fixed {
				pt = t.In(n - 1)
			} else {
				pt = pt.Elem()
			}
		}
		argv[i] = validate(final, pt)
	}
	return argv
}

// call calls the function, leaving the run when it fails.
func (f *walkFunc) call(argv []reflect.Value) reflect.Value {
	if f.direct != nil {
		return f.direct(argv)
	}
	out := f.fn.Call(argv)
	if len(out) == 2 && !out[1].IsNil() || out[0].Type() == reflectValueType {
		leave()
	}
	return out[0]
}

// builtin calls those of text/template's built-in functions the walk
// knows: and, or, not and the comparisons of basic values.
func (m *walker) builtin(dot reflect.Value, name string, args []parse.Node, final reflect.Value, piped bool) reflect.Value {
	switch name {
	case "and", "or":
		return m.andOr(name == "or", dot, args, final, piped)
	}
	var room [3]reflect.Value
	vals := room[:0]
	for _, a := range args {
		vals = append(vals, m.value(dot, a))
	}
	if piped {
		vals = append(vals, final)
	}
	switch {
	case name == "not" && len(vals) == 1:
		return reflect.ValueOf(!truth(vals[0]))
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
		if indirectInterface(vals[0]).Kind() == reflect.Bool {
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
func (m *walker) andOr(or bool, dot reflect.Value, args []parse.Node, final reflect.Value, piped bool) reflect.Value {
	if len(args) == 0 && !piped {
		leave()
	}
	var v reflect.Value
	for _, a := range args {
		if v = m.value(dot, a); truth(v) == or {
			return v
		}
	}
	if piped {
		v = final
	}
	return v
}

// truth is whether a value is true, nil interfaces being false.
func truth(v reflect.Value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
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
