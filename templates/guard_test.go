package templates

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestTypedGuardsSpendAsTheReflectiveOne calls each wrapper guard makes
// without reflection, and the reflective wrapper of the same function,
// with the same values: both spend the same steps and bytes, and refuse
// the same calls with the same errors.
func TestTypedGuardsSpendAsTheReflectiveOne(t *testing.T) {
	big := strings.Repeat("x", 5000)
	markupOf := func(v any) (Markup, error) {
		if v == "fail" {
			return "", errors.New("refused")
		}
		s, _ := v.(string)
		return Markup(s + s), nil
	}
	stringOf := func(v any) (string, error) { m, err := markupOf(v); return string(m), err }
	fromString := func(s string) (Markup, error) { return markupOf(s) }
	fns := []any{markupOf, stringOf, fromString}
	for _, fn := range fns {
		for _, bounded := range []bool{false, true} {
			for _, steps := range []int{3, 1000} {
				var typed, reflective budget
				typed.reset(steps, nil)
				reflective.reset(steps, nil)
				typed.deadline, reflective.deadline = typed.deadline.AddDate(1, 0, 0), typed.deadline.AddDate(1, 0, 0)
				tf, rf := guardFn(fn, &typed, bounded), reflect.ValueOf(guardReflect(fn, &reflective, bounded))
				if reflect.TypeOf(tf) != rf.Type() {
					t.Fatalf("the typed wrapper of %T has type %T", fn, tf)
				}
				for _, arg := range []string{"a", big, "fail", big + big, "b"} {
					got := callGuarded(reflect.ValueOf(tf), arg)
					want := callGuarded(rf, arg)
					if got != want {
						t.Errorf("%T bounded=%v steps=%d, %d bytes: typed %q, reflective %q", fn, bounded, steps, len(arg), got, want)
					}
				}
				if typed.steps != reflective.steps || typed.made != reflective.made {
					t.Errorf("%T bounded=%v steps=%d: typed spent %d steps and %d bytes, reflective %d and %d", fn, bounded, steps,
						steps-typed.steps, maxMade-typed.made, steps-reflective.steps, maxMade-reflective.made)
				}
			}
		}
	}
}

// guardReflect is guard's reflective wrapper of fn: fn under a type of
// its own, which no typed wrapper matches, converted back.
func guardReflect(fn any, b *budget, bounded bool) any {
	type wrapped func(any) (Markup, error)
	switch f := fn.(type) {
	case func(any) (Markup, error):
		return reflect.ValueOf(guardFn(wrapped(f), b, bounded)).Convert(reflect.TypeOf(f)).Interface()
	case func(any) (string, error):
		type w func(any) (string, error)
		return reflect.ValueOf(guardFn(w(f), b, bounded)).Convert(reflect.TypeOf(f)).Interface()
	case func(string) (Markup, error):
		type w func(string) (Markup, error)
		return reflect.ValueOf(guardFn(w(f), b, bounded)).Convert(reflect.TypeOf(f)).Interface()
	}
	panic("no such function")
}

// callGuarded calls a wrapped function with s and says what came of it:
// its result, its error or its panic.
func callGuarded(f reflect.Value, s string) (what string) {
	defer func() {
		if r := recover(); r != nil {
			what = fmt.Sprint("panic: ", r)
		}
	}()
	arg := reflect.ValueOf(s)
	if f.Type().In(0).Kind() == reflect.Interface {
		arg = reflect.ValueOf(&s).Elem().Convert(f.Type().In(0))
	}
	out := f.Call([]reflect.Value{arg})
	if err, _ := out[1].Interface().(error); err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprintf("%d bytes", out[0].Len())
}

// guardFn is the wrapper guard makes for text/template.
func guardFn(fn any, b *budget, bounded bool) any {
	g, _ := guard(fn, b, bounded)
	return g
}
