package templates

import (
	"errors"
	"fmt"
	"reflect"
	"text/template"
	"time"
)

// dictFuncs make and read dicts, map[string]any. (set is in
// guard_funcs.go; keys and values, which would list a dict in Go's random
// order, are left out.)
func dictFuncs() template.FuncMap {
	return template.FuncMap{
		"dict":   dict,
		"get":    get,
		"unset":  unset,
		"hasKey": hasKey,
		"pluck":  pluck,
		"pick":   pick,
		"omit":   omit,
		"dig":    dig,
	}
}

// dict makes a dict of keys and values in turn, each key printed as
// toString prints it; a key without a value gets "".
func dict(pairs ...any) (map[string]any, error) {
	d := make(map[string]any, (len(pairs)+1)/2)
	for i := 0; i < len(pairs); i += 2 {
		key, err := strval(pairs[i])
		if err != nil {
			return nil, err
		}
		d[key] = ""
		if i+1 < len(pairs) {
			d[key] = pairs[i+1]
		}
	}
	return d, nil
}

// get returns the value of key, or "" if d has none.
func get(d map[string]any, key string) any {
	if v, ok := d[key]; ok {
		return v
	}
	return ""
}

// unset deletes key from d and returns d.
func unset(d map[string]any, key string) map[string]any {
	delete(d, key)
	return d
}

func hasKey(d map[string]any, key string) bool {
	_, ok := d[key]
	return ok
}

// pluck returns the value of key in each dict that has it.
func pluck(key string, dicts ...map[string]any) []any {
	found := []any{}
	for _, d := range dicts {
		if v, ok := d[key]; ok {
			found = append(found, v)
		}
	}
	return found
}

// pick returns a new dict of the keys of d given.
func pick(d map[string]any, keys ...string) map[string]any {
	out := map[string]any{}
	for _, k := range keys {
		if v, ok := d[k]; ok {
			out[k] = v
		}
	}
	return out
}

// omit returns a new dict of the keys of d not given.
func omit(d map[string]any, keys ...string) map[string]any {
	out := map[string]any{}
	for k, v := range d {
		out[k] = v
	}
	for _, k := range keys {
		delete(out, k)
	}
	return out
}

// dig follows keys through nested dicts: "dig "a" "b" default $d" is
// $d.a.b, or default if a key is missing. Its arguments are the keys, the
// default and the dict.
func dig(args ...any) (any, error) {
	if len(args) < 3 {
		return nil, errors.New("dig needs at least three arguments: keys, a default and a dict")
	}
	d, ok := args[len(args)-1].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("dig: the last argument is %T, not a dict", args[len(args)-1])
	}
	def := args[len(args)-2]
	keys := args[:len(args)-2]
	for i, k := range keys {
		key, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("dig: key %d is %T, not a string", i+1, k)
		}
		v, found := d[key]
		if !found {
			return def, nil
		}
		if i == len(keys)-1 {
			return v, nil
		}
		if d, ok = v.(map[string]any); !ok {
			return nil, fmt.Errorf("dig: %q holds %T, not a dict", key, v)
		}
	}
	panic("unreachable")
}

// mergeFunc returns merge, or with overwrite mergeOverwrite: each merges
// the dicts srcs into dst in turn and returns dst. A key dst lacks, or
// whose value is empty (see mergeEmpty), takes the value of src; with
// overwrite, so does every key src has, nil values included. Dicts under
// the same key in both are merged the same way; lists and every other
// value are replaced whole. A merge that would make dst contain itself is
// refused: it could not be printed.
func mergeFunc(name string, overwrite bool) func(dst map[string]any, srcs ...map[string]any) (any, error) {
	return func(dst map[string]any, srcs ...map[string]any) (any, error) {
		for _, src := range srcs {
			if dst != nil && reaches(reflect.ValueOf(src), reflect.ValueOf(dst).Pointer()) {
				return nil, fmt.Errorf("%s: the result would contain itself", name)
			}
		}
		for _, src := range srcs {
			if dst == nil && src != nil {
				dst = map[string]any{}
			}
			if err := mergeMaps(reflect.ValueOf(dst), reflect.ValueOf(src), overwrite); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
		return dst, nil
	}
}

// mergeMaps merges the map src into the map dst, as mergeFunc describes.
// Values other than maps, such as the case's structures, are never merged
// into: they are kept or replaced whole.
func mergeMaps(dst, src reflect.Value, overwrite bool) error {
	for _, key := range src.MapKeys() {
		s, d := src.MapIndex(key), dst.MapIndex(key)
		if nilValue(s) {
			if overwrite {
				if err := setMapIndex(dst, key, s); err != nil {
					return err
				}
			}
			continue
		}
		sv := concrete(s)
		if sv.Kind() == reflect.Map && d.IsValid() {
			if dv := concrete(d); dv.Kind() == reflect.Map && !dv.IsNil() {
				if err := mergeMaps(dv, sv, overwrite); err != nil {
					return err
				}
				if !mergeEmpty(d) {
					continue // merged into
				}
			}
		}
		if overwrite || !d.IsValid() || mergeEmpty(d) {
			if err := setMapIndex(dst, key, s); err != nil {
				return err
			}
		}
	}
	return nil
}

// setMapIndex sets m[key] to v, refusing a value of another type than the
// map's.
func setMapIndex(m, key, v reflect.Value) error {
	if !v.Type().AssignableTo(m.Type().Elem()) {
		return fmt.Errorf("cannot put a %s into a map of %s", v.Type(), m.Type().Elem())
	}
	m.SetMapIndex(key, v)
	return nil
}

// concrete is the value an interface holds, or v itself.
func concrete(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface {
		return v.Elem()
	}
	return v
}

// nilValue reports whether v is a nil map, slice, interface, function or
// channel.
func nilValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Interface, reflect.Slice:
		return v.IsNil()
	}
	return false
}

// mergeEmpty reports whether a merge fills v: nil, through pointers; an
// empty string, list or map; zero; false. A structure is never empty.
func mergeEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Invalid:
		return true
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil() || mergeEmpty(v.Elem())
	case reflect.Func:
		return v.IsNil()
	}
	return false
}

// deepCopy copies a value and everything it holds: maps, lists, pointers
// and the exported fields of structures (a structure's unexported fields
// are left zero; a time is copied whole). Nil cannot be copied.
func deepCopy(v any) (any, error) {
	if v == nil {
		return nil, errors.New("deepCopy: cannot copy nil")
	}
	return copyValue(reflect.ValueOf(v)).Interface(), nil
}

var timeType = reflect.TypeFor[time.Time]()

// copyValue copies v for deepCopy.
func copyValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		return copyValue(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		p := reflect.New(v.Type().Elem())
		setCopy(p.Elem(), v.Elem())
		return p
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		m := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			val := reflect.New(v.Type().Elem()).Elem()
			setCopy(val, it.Value())
			m.SetMapIndex(copyValue(it.Key()), val)
		}
		return m
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(v.Type())
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Cap())
		for i := 0; i < v.Len(); i++ {
			setCopy(s.Index(i), v.Index(i))
		}
		return s
	case reflect.Array:
		a := reflect.New(v.Type()).Elem()
		for i := 0; i < v.Len(); i++ {
			setCopy(a.Index(i), v.Index(i))
		}
		return a
	case reflect.Struct:
		if v.Type() == timeType {
			return v
		}
		s := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				setCopy(s.Field(i), v.Field(i))
			}
		}
		return s
	}
	return v
}

// setCopy sets dst, which is settable, to a copy of v, leaving it zero if
// v is nil.
func setCopy(dst, v reflect.Value) {
	if c := copyValue(v); c.IsValid() {
		dst.Set(c)
	}
}
