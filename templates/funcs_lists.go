package templates

import (
	"fmt"
	"reflect"
	"text/template"
)

// listFuncs make and take apart lists. They take lists of any type (a
// slice or an array); those that return a list make a new []any, leaving
// the list they were given as it was, but slice, which returns part of
// it. A value that is not a list is an error, for the functions without
// "must" as for the others.
func listFuncs() template.FuncMap {
	return template.FuncMap{
		"list":        func(items ...any) []any { return items },
		"tuple":       func(items ...any) []any { return items },
		"append":      push,
		"mustAppend":  push,
		"push":        push,
		"mustPush":    push,
		"prepend":     prepend,
		"mustPrepend": prepend,
		"first":       func(list any) (any, error) { return end("first", list, 0) },
		"mustFirst":   func(list any) (any, error) { return end("first", list, 0) },
		"last":        func(list any) (any, error) { return end("last", list, -1) },
		"mustLast":    func(list any) (any, error) { return end("last", list, -1) },
		"rest":        func(list any) ([]any, error) { return trim("rest", list, 1, 0) },
		"mustRest":    func(list any) ([]any, error) { return trim("rest", list, 1, 0) },
		"initial":     func(list any) ([]any, error) { return trim("initial", list, 0, 1) },
		"mustInitial": func(list any) ([]any, error) { return trim("initial", list, 0, 1) },
		"reverse":     reverse,
		"mustReverse": reverse,
		"compact":     compact,
		"mustCompact": compact,
		"without":     without,
		"mustWithout": without,
		"has":         has,
		"mustHas":     has,
		"chunk":       chunk,
		"mustChunk":   chunk,
		"slice":       slice,
		"mustSlice":   slice,
		"concat":      concat,
	}
}

// push returns the items of the list and then item.
func push(list, item any) ([]any, error) {
	items, err := listItems("append", list)
	return append(items, item), err
}

// prepend returns item and then the items of the list.
func prepend(list, item any) ([]any, error) {
	items, err := listItems("prepend", list)
	return append([]any{item}, items...), err
}

// compact returns the items that are not empty.
func compact(list any) ([]any, error) {
	return filter("compact", list, func(item any) bool { return !empty(item) })
}

// without returns the items not deeply equal to any of omit.
func without(list any, omit ...any) ([]any, error) {
	return filter("without", list, func(item any) bool { return !inList(omit, item) })
}

// listValue is list as a reflect.Value, or an error if it is not a list.
func listValue(name string, list any) (reflect.Value, error) {
	v := reflect.ValueOf(list)
	if k := v.Kind(); k != reflect.Slice && k != reflect.Array {
		return v, fmt.Errorf("%s: cannot take the items of %s", name, kindName(v))
	}
	return v, nil
}

// kindName names the kind of v for an error: "string", or "nil".
func kindName(v reflect.Value) string {
	if !v.IsValid() {
		return "nil"
	}
	return v.Kind().String()
}

// listItems copies the items of a list into a new []any.
func listItems(name string, list any) ([]any, error) {
	v, err := listValue(name, list)
	if err != nil {
		return nil, err
	}
	items := make([]any, v.Len())
	for i := range items {
		items[i] = v.Index(i).Interface()
	}
	return items, nil
}

// end returns the item at i (-1 for the last), or nil if the list is
// empty.
func end(name string, list any, i int) (any, error) {
	v, err := listValue(name, list)
	if err != nil || v.Len() == 0 {
		return nil, err
	}
	if i < 0 {
		i += v.Len()
	}
	return v.Index(i).Interface(), nil
}

// trim returns the items but the first head and the last tail, or nil if
// the list is empty.
func trim(name string, list any, head, tail int) ([]any, error) {
	items, err := listItems(name, list)
	if err != nil || len(items) == 0 {
		return nil, err
	}
	return items[head : len(items)-tail], nil
}

// reverse returns the items in reverse order.
func reverse(list any) ([]any, error) {
	items, err := listItems("reverse", list)
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
	return items, err
}

// filter returns the items for which keep holds, as a list that is empty
// rather than nil.
func filter(name string, list any, keep func(any) bool) ([]any, error) {
	items, err := listItems(name, list)
	if err != nil {
		return nil, err
	}
	kept := []any{}
	for _, item := range items {
		if keep(item) {
			kept = append(kept, item)
		}
	}
	return kept, nil
}

// has reports whether the list holds an item deeply equal to needle. Nil
// holds nothing.
func has(needle, list any) (bool, error) {
	if list == nil {
		return false, nil
	}
	items, err := listItems("has", list)
	return inList(items, needle), err
}

// chunk splits a list into lists of size items, the last one shorter if
// the items do not divide evenly.
func chunk(size int, list any) ([][]any, error) {
	items, err := listItems("chunk", list)
	if err != nil {
		return nil, err
	}
	if size < 1 {
		return nil, fmt.Errorf("chunk: a size of %d is less than 1", size)
	}
	chunks := make([][]any, 0, len(items)/size+1) // a size near the largest int overflows the rounded-up quotient
	for len(items) > 0 {
		n := min(size, len(items))
		chunks = append(chunks, items[:n:n])
		items = items[n:]
	}
	return chunks, nil
}

// slice returns the part of the list from the first index (0 if not
// given) up to the second (its length if not given), sharing its items,
// or nil if the list is empty. The indices are read as toInt64 does.
func slice(list any, indices ...any) (any, error) {
	v, err := listValue("slice", list)
	if err != nil || v.Len() == 0 {
		return nil, err
	}
	start, stop := 0, v.Len()
	if len(indices) > 0 {
		start = int(toInt64(indices[0]))
	}
	if len(indices) > 1 {
		stop = int(toInt64(indices[1]))
	}
	if start < 0 || stop < start || stop > v.Cap() {
		return nil, fmt.Errorf("slice: [%d:%d] is out of range for a list of %d", start, stop, v.Len())
	}
	if v.Kind() == reflect.Array && !v.CanAddr() {
		return nil, fmt.Errorf("slice: cannot slice an array that is not addressable")
	}
	return v.Slice(start, stop).Interface(), nil
}

// concat joins lists into one []any, nil if they hold nothing.
func concat(lists ...any) (any, error) {
	var all []any
	for _, list := range lists {
		items, err := listItems("concat", list)
		if err != nil {
			return nil, err
		}
		all = append(all, items...)
	}
	return all, nil
}
