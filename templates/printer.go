package templates

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// printValue writes v as fmt's %v does, but the same on every run and
// machine, and bounded: a pointer prints as what it points to, never as
// an address; a map prints with its keys in order; a function or a
// channel prints as its kind. A value that contains itself, or that would
// print as more than maxValue bytes, is an error.
func printValue(v any) (string, error) {
	p := printer{path: map[uintptr]bool{}}
	p.value(reflect.ValueOf(v), true)
	if p.err != nil {
		return "", p.err
	}
	return p.b.String(), nil
}

// errPrintTooBig is the error of a value too large to print.
var errPrintTooBig = fmt.Errorf("the value would print as more than %d MB", maxValue>>20)

// printer writes one value for printValue.
type printer struct {
	b    strings.Builder
	path map[uintptr]bool // the maps, slices and pointers being printed
	err  error
}

func (p *printer) write(s string) {
	if p.err != nil {
		return
	}
	if p.b.Len()+len(s) > maxValue {
		p.err = errPrintTooBig
		return
	}
	p.b.WriteString(s)
}

// value prints v; top is set for the value itself, not an item of it.
func (p *printer) value(v reflect.Value, top bool) {
	if p.err != nil {
		return
	}
	if !v.IsValid() {
		p.write("<nil>")
		return
	}
	if s, ok := p.method(v); ok {
		p.write(s)
		return
	}
	switch v.Kind() {
	case reflect.Interface:
		p.value(v.Elem(), top)
	case reflect.Pointer:
		p.pointer(v)
	case reflect.Map:
		p.mapValue(v)
	case reflect.Slice, reflect.Array:
		p.list(v)
	case reflect.Struct:
		p.structValue(v)
	case reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Uintptr:
		p.write(v.Kind().String())
	default:
		p.write(fmt.Sprint(v.Interface()))
	}
}

// method prints a value by its Error or String method, as fmt does; the
// types that have one among the data print the same on every run.
func (p *printer) method(v reflect.Value) (string, bool) {
	if !v.CanInterface() || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return "", false
	}
	switch x := v.Interface().(type) {
	case error:
		return x.Error(), true
	case fmt.Stringer:
		return x.String(), true
	}
	return "", false
}

// enter marks a container as being printed, refusing one met again inside
// itself.
func (p *printer) enter(v reflect.Value) (leave func(), ok bool) {
	ptr := v.Pointer()
	if p.path[ptr] {
		p.err = errCycle
		return nil, false
	}
	p.path[ptr] = true
	return func() { delete(p.path, ptr) }, true
}

func (p *printer) pointer(v reflect.Value) {
	if v.IsNil() {
		p.write("<nil>")
		return
	}
	leave, ok := p.enter(v)
	if !ok {
		return
	}
	defer leave()
	p.value(v.Elem(), false)
}

func (p *printer) mapValue(v reflect.Value) {
	if v.IsNil() {
		p.write("map[]")
		return
	}
	leave, ok := p.enter(v)
	if !ok {
		return
	}
	defer leave()
	keys := v.MapKeys()
	if len(keys) > maxItems {
		p.err = errPrintTooBig
		return
	}
	sortKeys(keys)
	p.write("map[")
	for i, k := range keys {
		if i > 0 {
			p.write(" ")
		}
		p.value(k, false)
		p.write(":")
		p.value(v.MapIndex(k), false)
	}
	p.write("]")
}

func (p *printer) list(v reflect.Value) {
	if v.Kind() == reflect.Slice && v.Len() > 0 {
		leave, ok := p.enter(v)
		if !ok {
			return
		}
		defer leave()
	}
	p.write("[")
	for i := 0; i < v.Len() && p.err == nil; i++ {
		if i > 0 {
			p.write(" ")
		}
		p.value(v.Index(i), false)
	}
	p.write("]")
}

func (p *printer) structValue(v reflect.Value) {
	p.write("{")
	for i := 0; i < v.NumField() && p.err == nil; i++ {
		if i > 0 {
			p.write(" ")
		}
		if f := v.Field(i); f.CanInterface() {
			p.value(f, false)
		} else {
			p.write(f.Kind().String())
		}
	}
	p.write("}")
}

// sortKeys orders map keys by how they print; text/template's own range
// over a map does the same for keys of one basic kind.
func sortKeys(keys []reflect.Value) {
	type keyed struct {
		text string
		key  reflect.Value
	}
	ks := make([]keyed, len(keys))
	for i, k := range keys {
		ks[i] = keyed{fmt.Sprint(k.Interface()), k}
	}
	sort.SliceStable(ks, func(i, j int) bool { return ks[i].text < ks[j].text })
	for i := range ks {
		keys[i] = ks[i].key
	}
}

// printArgs prints each argument of a function that writes its arguments
// (cat, print, html …): a string, a number or a bool as it is, anything
// else by printValue. Their total may not pass maxValue.
func printArgs(args []any) ([]any, error) {
	out := make([]any, len(args))
	total := 0
	for i, a := range args {
		out[i] = a
		switch reflect.ValueOf(a).Kind() {
		case reflect.String:
			total += len(reflect.ValueOf(a).String())
		case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
			total += 64
		default:
			s, err := printValue(a)
			if err != nil {
				return nil, err
			}
			out[i], total = s, total+len(s)
		}
		if total > maxValue {
			return nil, errPrintTooBig
		}
	}
	return out, nil
}

// strval is sprig's string of a value, printed by printValue.
func strval(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	if b, ok := v.([]byte); ok {
		return string(b), nil
	}
	return printValue(v)
}

// strslice is sprig's strings of a list's items, nil items left out; of
// anything else, the one string of it.
func strslice(v any) ([]string, error) {
	r := reflect.ValueOf(v)
	for r.Kind() == reflect.Pointer && !r.IsNil() {
		r = r.Elem()
	}
	if r.Kind() != reflect.Slice && r.Kind() != reflect.Array {
		if v == nil {
			return []string{}, nil
		}
		s, err := strval(v)
		return []string{s}, err
	}
	if r.Len() > maxItems {
		return nil, errTooBig("the list")
	}
	out := make([]string, 0, r.Len())
	total := 0
	for i := 0; i < r.Len(); i++ {
		item := r.Index(i)
		if (item.Kind() == reflect.Interface || item.Kind() == reflect.Pointer) && item.IsNil() {
			continue
		}
		s, err := strval(item.Interface())
		if err != nil {
			return nil, err
		}
		if total += len(s) + 1; total > maxValue {
			return nil, errPrintTooBig
		}
		out = append(out, s)
	}
	return out, nil
}
