package templates

import (
	"errors"
	"fmt"
	"reflect"
	"text/template"
)

// defaultFuncs test and choose values, and name their types.
func defaultFuncs() template.FuncMap {
	return template.FuncMap{
		"default":  orDefault,
		"empty":    empty,
		"coalesce": coalesce,
		"all": func(values ...any) bool {
			for _, v := range values {
				if empty(v) {
					return false
				}
			}
			return true
		},
		"any": func(values ...any) bool {
			for _, v := range values {
				if !empty(v) {
					return true
				}
			}
			return false
		},
		"ternary": func(ifTrue, ifFalse any, cond bool) any {
			if cond {
				return ifTrue
			}
			return ifFalse
		},
		"fail": func(msg string) (string, error) { return "", errors.New(msg) },

		"typeOf":     typeOf,
		"typeIs":     func(name string, v any) bool { return name == typeOf(v) },
		"typeIsLike": func(name string, v any) bool { t := typeOf(v); return name == t || "*"+name == t },
		"kindOf":     kindOf,
		"kindIs":     func(name string, v any) bool { return name == kindOf(v) },
		"deepEqual":  reflect.DeepEqual,
	}
}

// empty reports whether v is unset: nil, zero, false, or an empty string,
// list or map. A structure is never empty; a pointer is empty only if nil.
func empty(v any) bool {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Invalid:
		return true
	case reflect.Array, reflect.Slice, reflect.Map, reflect.String:
		return r.Len() == 0
	case reflect.Bool:
		return !r.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return r.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return r.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return r.Float() == 0
	case reflect.Complex64, reflect.Complex128:
		return r.Complex() == 0
	case reflect.Struct:
		return false
	}
	return r.IsNil()
}

// orDefault is the value given, or def if none is given or it is empty:
// {{ .Title | default "Untitled" }}.
func orDefault(def any, given ...any) any {
	if len(given) == 0 || empty(given[0]) {
		return def
	}
	return given[0]
}

// coalesce is the first value that is not empty, or nil.
func coalesce(values ...any) any {
	for _, v := range values {
		if !empty(v) {
			return v
		}
	}
	return nil
}

// typeOf names the Go type of v: "string", "[]interface {}", "<nil>".
func typeOf(v any) string { return fmt.Sprintf("%T", v) }

// kindOf names the kind of v: "string", "slice", "map", "ptr", "invalid"
// for nil.
func kindOf(v any) string { return reflect.ValueOf(v).Kind().String() }
