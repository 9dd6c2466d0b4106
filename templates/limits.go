package templates

import (
	"errors"
	"fmt"
	"reflect"
	"time"
)

// The bounds a run of the templates keeps, so that no template — the
// user's own in a --templates directory included — can exhaust memory or
// run without end. Each is far above what a filing needs.
const (
	// maxItems bounds the items of a list or the keys of a dict that a
	// function makes, and the numbers until, untilStep and seq make.
	maxItems = 100000
	// maxValue bounds the bytes of a value a function makes (a string, or
	// what a list or dict prints as) and of a value printed into markup.
	maxValue = 1 << 20
	// maxMade bounds the bytes all function calls of one run make
	// together: a value kept in each of many variables cannot add up.
	maxMade = 128 << 20
	// maxSteps bounds the steps of one run: each iteration of a range,
	// each body of a with, each {{template}} call and each function call,
	// and one more for each kilobyte of the strings a function is given
	// or makes. Options.MaxSteps may lower it.
	maxSteps = 1000000
	// maxDepth bounds the range bodies and {{template}} calls a run is
	// inside at once.
	maxDepth = 1000
	// maxTime bounds the time of one run, as a last resort behind the
	// step budget, which is what stops a runaway template.
	maxTime = time.Minute
	// maxTemplateSize bounds a template file of a --templates directory.
	maxTemplateSize = 1 << 20
	// maxUniq bounds the items uniq compares pairwise.
	maxUniq = 5000
)

// errCycle is the error of a value that contains itself.
var errCycle = errors.New("a value that contains itself cannot be used")

// errTooBig is the error of a value of more than maxValue bytes or
// maxItems items.
func errTooBig(what string) error {
	return fmt.Errorf("%s would be more than %d MB or %d items", what, maxValue>>20, maxItems)
}

// size is what a value made by a function weighs: its bytes (the lengths
// of its strings, and one for each item, as a separator prints) and the
// items it holds.
type size struct {
	bytes, items int
}

// over reports whether s passes the bounds of one value.
func (s size) over() bool { return s.bytes > maxValue || s.items > maxItems }

// measure weighs v, stopping once it is over the bounds. Structures of the
// case's data are immutable and bounded by the case file's own limits: they
// count as one item unless deep is set. A value that contains itself is
// errCycle.
func measure(v reflect.Value, deep bool) (size, error) {
	switch v.Kind() {
	case reflect.String:
		return size{bytes: v.Len()}, nil
	case reflect.Bool, reflect.Int, reflect.Int64, reflect.Float64:
		return size{bytes: 1}, nil
	}
	m := measurer{deep: deep, path: map[uintptr]bool{}, size: size{items: -1}}
	err := m.walk(v)
	return m.size, err
}

// measurer walks a value for measure.
type measurer struct {
	deep bool
	size size
	path map[uintptr]bool // the maps, slices and pointers being walked
}

func (m *measurer) walk(v reflect.Value) error {
	if m.size.over() {
		return nil
	}
	m.size.items++
	m.size.bytes++
	switch v.Kind() {
	case reflect.String:
		m.size.bytes += v.Len()
	case reflect.Interface:
		if !v.IsNil() {
			return m.walk(v.Elem())
		}
	case reflect.Pointer, reflect.Map, reflect.Slice:
		return m.container(v)
	case reflect.Array:
		return m.elems(v)
	case reflect.Struct:
		if m.deep {
			for i := 0; i < v.NumField(); i++ {
				if err := m.walk(v.Field(i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// container walks a pointer, map or slice, refusing one met again inside
// itself.
func (m *measurer) container(v reflect.Value) error {
	if v.IsNil() {
		return nil
	}
	if v.Kind() == reflect.Pointer && v.Elem().Kind() == reflect.Struct && !m.deep {
		return nil
	}
	if v.Kind() == reflect.Slice && v.Len() == 0 {
		return nil
	}
	p := v.Pointer()
	if m.path[p] {
		return errCycle
	}
	m.path[p] = true
	defer delete(m.path, p)
	switch v.Kind() {
	case reflect.Pointer:
		return m.walk(v.Elem())
	case reflect.Map:
		it := v.MapRange()
		for it.Next() && !m.size.over() {
			if err := m.walk(it.Key()); err != nil {
				return err
			}
			if err := m.walk(it.Value()); err != nil {
				return err
			}
		}
		return nil
	}
	return m.elems(v)
}

// elems walks the items of a slice or an array.
func (m *measurer) elems(v reflect.Value) error {
	for i := 0; i < v.Len() && !m.size.over(); i++ {
		if err := m.walk(v.Index(i)); err != nil {
			return err
		}
	}
	return nil
}

// reaches reports whether walking v meets the map m: setting v into m, or
// merging it, would make m contain itself.
func reaches(v reflect.Value, m uintptr) bool {
	r := reacher{target: m, seen: map[[2]uintptr]bool{}}
	return r.walk(v)
}

// reacher walks a value for reaches, each container once.
type reacher struct {
	target uintptr
	seen   map[[2]uintptr]bool // by address and length
	steps  int
}

func (r *reacher) walk(v reflect.Value) bool {
	if r.steps++; r.steps > maxItems*4 {
		return true // too large to tell: refuse
	}
	switch v.Kind() {
	case reflect.Interface:
		return !v.IsNil() && r.walk(v.Elem())
	case reflect.Map, reflect.Slice, reflect.Pointer:
		if v.IsNil() {
			return false
		}
		p := v.Pointer()
		if v.Kind() == reflect.Map && p == r.target {
			return true
		}
		key := [2]uintptr{p, uintptr(lenOf(v))}
		if r.seen[key] {
			return false
		}
		r.seen[key] = true
		return r.inside(v)
	case reflect.Array:
		return r.items(v)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if r.walk(v.Field(i)) {
				return true
			}
		}
	}
	return false
}

// inside walks what a map, slice or pointer holds.
func (r *reacher) inside(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Pointer:
		return r.walk(v.Elem())
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if r.walk(it.Value()) {
				return true
			}
		}
		return false
	}
	return r.items(v)
}

func (r *reacher) items(v reflect.Value) bool {
	for i := 0; i < v.Len(); i++ {
		if r.walk(v.Index(i)) {
			return true
		}
	}
	return false
}

// lenOf is the length of a map or slice, and 1 for a pointer.
func lenOf(v reflect.Value) int {
	if v.Kind() == reflect.Pointer {
		return 1
	}
	return v.Len()
}
