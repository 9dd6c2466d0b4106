package templates

import (
	"fmt"
	"reflect"
	"strings"
	"text/template"
)

// boundedFuncs are the generators, and the functions that write their
// arguments, in versions that refuse to make more than maxItems items or
// maxValue bytes and that print every value the same on every run.
func boundedFuncs() template.FuncMap {
	m := template.FuncMap{
		"until":       func(n int) ([]int, error) { return rangeOf(0, n, 1) },
		"untilStep":   func(start, stop, step int) ([]int, error) { return rangeOf(start, stop, step) },
		"seq":         seq,
		"repeat":      repeat,
		"indent":      func(n int, s string) (string, error) { return indent(n, s, "") },
		"nindent":     func(n int, s string) (string, error) { return indent(n, s, "\n") },
		"indentLines": boundedIndentLines,
		"replace":     replace,
		"wrapWith":    wrapWith,
		"splitList":   splitList,
		"split":       func(sep, s string) (map[string]string, error) { return splitn(sep, -1, s) },
		"splitn":      splitn,
		"uniq":        uniq,
		"mustUniq":    uniq,
		"set":         set,
	}
	for name, fn := range printingFuncs() {
		m[name] = fn
	}
	for name, fn := range regexFuncs() {
		m[name] = fn
	}
	for _, name := range []string{"merge", "mustMerge"} {
		m[name] = mergeFunc(name, false)
	}
	for _, name := range []string{"mergeOverwrite", "mustMergeOverwrite"} {
		m[name] = mergeFunc(name, true)
	}
	for name, fn := range jsonFuncs() {
		m[name] = boundedArgs(fn)
	}
	m["deepCopy"] = boundedArgs(deepCopy)
	m["mustDeepCopy"] = boundedArgs(deepCopy)
	return m
}

// rangeOf returns start, start+step, … up to stop (exclusive), as
// sprig's until and untilStep do, counting down when step is negative.
func rangeOf(start, stop, step int) ([]int, error) {
	if step == 0 || (stop-start)/step < 0 {
		return []int{}, nil
	}
	n := (stop - start + step - sign(step)) / step
	if n > maxItems || n < 0 {
		return nil, fmt.Errorf("a range of %d numbers is more than %d", n, maxItems)
	}
	out := make([]int, 0, n)
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, i)
	}
	return out, nil
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// seq is sprig's seq, as GNU seq counts: "seq 3" is "1 2 3", "seq 2 4"
// is "2 3 4", "seq 0 2 6" is "0 2 4 6".
func seq(params ...int) (string, error) {
	start, step, end := 1, 1, 0
	switch len(params) {
	case 1:
		end = params[0]
	case 2:
		start, end = params[0], params[1]
	case 3:
		start, step, end = params[0], params[1], params[2]
		if end < start && step > 0 {
			return "", nil
		}
	default:
		return "", nil
	}
	if len(params) < 3 && end < start {
		step = -1
	}
	inc := 1
	if end < start {
		inc = -1
	}
	nums, err := rangeOf(start, end+inc, step)
	if err != nil {
		return "", err
	}
	return strings.Trim(fmt.Sprint(nums), "[]"), nil
}

// repeat is sprig's repeat, bounded.
func repeat(count int, s string) (string, error) {
	if count < 0 || count > maxValue/max(len(s), 1) {
		return "", fmt.Errorf("repeat: %d copies of %d bytes is more than %d bytes", count, len(s), maxValue)
	}
	return strings.Repeat(s, count), nil
}

// indent is sprig's indent (and, with first "\n", nindent), bounded.
func indent(n int, s, first string) (string, error) {
	lines := strings.Count(s, "\n") + 1
	if n < 0 || n > maxValue || len(s)+n*lines > maxValue {
		return "", fmt.Errorf("indenting %d lines by %d spaces would make more than %d MB", lines, n, maxValue>>20)
	}
	pad := strings.Repeat(" ", n)
	return first + pad + strings.ReplaceAll(s, "\n", "\n"+pad), nil
}

// boundedIndentLines is indentLines, bounded.
func boundedIndentLines(prefix, s string) (string, error) {
	lines := strings.Count(s, "\n") + 1
	if len(s)+len(prefix)*lines > maxValue && len(prefix) > 0 {
		return "", fmt.Errorf("indentLines: %d lines by %d bytes would make more than %d MB", lines, len(prefix), maxValue>>20)
	}
	return indentLines(prefix, s), nil
}

// replace is sprig's replace, bounded by the size of what it makes.
func replace(old, new, s string) (string, error) {
	if n := strings.Count(s, old); len(new) > len(old) && len(s)+n*(len(new)-len(old)) > maxValue {
		return "", fmt.Errorf("replace: %d replacements would make more than %d MB", n, maxValue>>20)
	}
	return strings.ReplaceAll(s, old, new), nil
}

// wrapWith is sprig's wrapWith, bounded by the size of what it makes.
func wrapWith(n int, sep, s string) (string, error) {
	breaks := len(s)/max(n, 1) + strings.Count(s, " ") + strings.Count(s, "\n") + 1
	if len(s)+breaks*len(sep) > maxValue {
		return "", fmt.Errorf("wrapWith: %d breaks of %d bytes would make more than %d MB", breaks, len(sep), maxValue>>20)
	}
	return wrapText(s, n, sep, true), nil
}

// splitList is sprig's splitList, bounded in items.
func splitList(sep, s string) ([]string, error) {
	if err := countParts(sep, s, -1); err != nil {
		return nil, err
	}
	return strings.Split(s, sep), nil
}

// splitn is sprig's splitn (and split, with n -1), bounded in items.
func splitn(sep string, n int, s string) (map[string]string, error) {
	if err := countParts(sep, s, n); err != nil {
		return nil, err
	}
	parts := strings.SplitN(s, sep, n)
	out := make(map[string]string, len(parts))
	for i, p := range parts {
		out[fmt.Sprintf("_%d", i)] = p
	}
	return out, nil
}

// countParts refuses a split into more than maxItems parts.
func countParts(sep, s string, n int) error {
	parts := strings.Count(s, sep) + 1
	if sep == "" {
		parts = len(s)
	}
	if n >= 0 && n < parts {
		parts = n
	}
	if parts > maxItems {
		return fmt.Errorf("splitting into %d parts is more than %d", parts, maxItems)
	}
	return nil
}

// uniq is sprig's uniq, which compares each item with each one kept,
// bounded in items.
func uniq(list any) ([]any, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("cannot find uniq on type %s", v.Kind())
	}
	if v.Len() > maxUniq {
		return nil, fmt.Errorf("uniq compares each item with the others: %d items are more than %d", v.Len(), maxUniq)
	}
	var out []any
	for i := 0; i < v.Len(); i++ {
		item := v.Index(i).Interface()
		if !inList(out, item) {
			out = append(out, item)
		}
	}
	return out, nil
}

func inList(list []any, item any) bool {
	for _, x := range list {
		if reflect.DeepEqual(x, item) {
			return true
		}
	}
	return false
}
