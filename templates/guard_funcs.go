package templates

import (
	"fmt"
	"net/url"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"text/template"
)

// printingFuncs are the functions that write their arguments as text:
// text/template's print, printf, println, html, js and urlquery and
// sprig's cat, quote, squote, toString, toStrings, join and sortAlpha.
// Each prints data by printValue, so that no address, map order or huge
// value reaches the text.
func printingFuncs() map[string]any {
	return map[string]any{
		"print":    func(args ...any) (string, error) { return sprint(fmt.Sprint, args) },
		"println":  func(args ...any) (string, error) { return sprint(fmt.Sprintln, args) },
		"printf":   printf,
		"html":     escapeWith(template.HTMLEscapeString),
		"js":       escapeWith(template.JSEscapeString),
		"urlquery": escapeWith(url.QueryEscape),
		"cat":      cat,
		"quote": func(args ...any) (string, error) {
			return quoteEach(args, func(s string) string { return fmt.Sprintf("%q", s) })
		},
		"squote": func(args ...any) (string, error) {
			return quoteEach(args, func(s string) string { return "'" + s + "'" })
		},
		"toString":  strval,
		"toStrings": strslice,
		"join":      join,
		"sortAlpha": sortAlpha,
	}
}

// sprint formats printed arguments with f.
func sprint(f func(...any) string, args []any) (string, error) {
	out, err := printArgs(args)
	if err != nil {
		return "", err
	}
	return f(out...), nil
}

// escapeWith makes one of text/template's escaping functions, which
// escape their arguments printed together as print does.
func escapeWith(escape func(string) string) func(...any) (string, error) {
	return func(args ...any) (string, error) {
		if len(args) == 1 {
			if s, ok := args[0].(string); ok {
				return escape(s), nil
			}
		}
		s, err := sprint(fmt.Sprint, args)
		return escape(s), err
	}
}

// cat is sprig's cat: the arguments printed, nil ones left out, joined by
// spaces.
func cat(args ...any) (string, error) {
	return quoteEach(args, func(s string) string { return s })
}

// quoteEach prints each argument that is not nil, quoted by q, joined by
// spaces.
func quoteEach(args []any, q func(string) string) (string, error) {
	out := make([]string, 0, len(args))
	total := 0
	for _, a := range args {
		if a == nil {
			continue
		}
		s, err := strval(a)
		if err != nil {
			return "", err
		}
		if total += len(s)*4 + 3; total > maxValue {
			return "", errPrintTooBig
		}
		out = append(out, q(s))
	}
	return strings.Join(out, " "), nil
}

// join is sprig's join: a list's items printed, joined by sep.
func join(sep string, v any) (string, error) {
	items, err := strslice(v)
	if err != nil {
		return "", err
	}
	if len(items)*len(sep) > maxValue {
		return "", errPrintTooBig
	}
	return strings.Join(items, sep), nil
}

// sortAlpha is sprig's sortAlpha: a list's items printed, in order.
func sortAlpha(v any) ([]string, error) {
	items, err := strslice(v)
	if err == nil {
		sort.Strings(items)
	}
	return items, err
}

// printf is text/template's printf, bounded: it refuses %p, which prints
// an address, and a format that could make more than maxValue bytes;
// values other than strings, numbers and bools are printed by printValue.
func printf(format string, args ...any) (string, error) {
	out, err := printArgs(args)
	if err != nil {
		return "", err
	}
	if err := checkFormat(format, out); err != nil {
		return "", err
	}
	return fmt.Sprintf(format, out...), nil
}

// checkFormat refuses %p, and a format whose widths, precisions and
// arguments could make more than maxValue bytes.
func checkFormat(format string, args []any) error {
	argBytes, largest := 0, 0
	for _, a := range args {
		n := 1100 // the longest a number prints: %f of the largest float64
		if s, ok := a.(string); ok {
			n = 4*len(s) + 2 // %q or % x of a string
		}
		argBytes, largest = argBytes+n, max(largest, n)
	}
	total, verbs, indexed := len(format), 0, false
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && !isVerb(format[j]) {
			if format[j] == '[' {
				indexed = true
			}
			j++
		}
		if j < len(format) && format[j] == 'p' {
			return fmt.Errorf("printf: %%p would print a memory address, which differs on every run")
		}
		total += widthOf(format[i+1 : min(j, len(format))])
		verbs++
		i = j
	}
	if indexed {
		argBytes = verbs * largest
	}
	if total+argBytes > maxValue {
		return fmt.Errorf("printf: the format %.20q could make more than %d MB", format, maxValue>>20)
	}
	return nil
}

// isVerb reports whether c ends a verb of a format: a letter or "%".
func isVerb(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%' }

// widthOf is the most a verb's flags, width and precision can add: each
// number as written, and fmt's limit of 1,000,000 for a "*".
func widthOf(spec string) int {
	total, n := 0, 0
	for _, c := range spec {
		switch {
		case c >= '0' && c <= '9':
			if n <= maxValue {
				n = n*10 + int(c-'0')
			}
		case c == '*':
			total += 1000000
		default:
			total, n = total+n, 0
		}
	}
	return total + n
}

// regexFuncs are sprig's regular expression functions that make values,
// bounded.
func regexFuncs() map[string]any {
	all := func(regex, s, repl string) (string, error) { return regexReplace(regex, s, repl, false) }
	literal := func(regex, s, repl string) (string, error) { return regexReplace(regex, s, repl, true) }
	findAll := func(regex, s string, n int) ([]string, error) {
		re, err := regexp.Compile(regex)
		if err != nil {
			return nil, err
		}
		if n < 0 || n > maxItems {
			n = maxItems + 1
		}
		found := re.FindAllString(s, n)
		if len(found) > maxItems {
			return nil, fmt.Errorf("regexFindAll: more than %d matches", maxItems)
		}
		return found, nil
	}
	return map[string]any{
		"regexReplaceAll": all, "mustRegexReplaceAll": all,
		"regexReplaceAllLiteral": literal, "mustRegexReplaceAllLiteral": literal,
		"regexFindAll": findAll, "mustRegexFindAll": findAll,
	}
}

// regexReplace is sprig's regexReplaceAll (or, literal, its
// regexReplaceAllLiteral), refusing more than maxItems replacements or
// more than maxValue bytes.
func regexReplace(regex, s, repl string, literal bool) (string, error) {
	re, err := regexp.Compile(regex)
	if err != nil {
		return "", err
	}
	matches := re.FindAllStringSubmatchIndex(s, maxItems+1)
	if len(matches) > maxItems {
		return "", fmt.Errorf("regexReplaceAll: more than %d replacements", maxItems)
	}
	var b []byte
	last := 0
	for _, m := range matches {
		b = append(b, s[last:m[0]]...)
		if literal {
			b = append(b, repl...)
		} else {
			b = re.ExpandString(b, repl, s, m)
		}
		last = m[1]
		if len(b)+len(s)-last > maxValue {
			return "", fmt.Errorf("regexReplaceAll: the result would be more than %d MB", maxValue>>20)
		}
	}
	return string(append(b, s[last:]...)), nil
}

// set is sprig's set, refusing to set a dict into itself or into a dict
// it holds: a dict that contains itself cannot be printed.
func set(d map[string]any, key string, value any) (map[string]any, error) {
	if reaches(reflect.ValueOf(value), reflect.ValueOf(d).Pointer()) {
		return nil, fmt.Errorf("set: %q would make the dict contain itself", key)
	}
	d[key] = value
	return d, nil
}

// boundedArgs wraps a function that copies or encodes its arguments
// whole (toJson, deepCopy), refusing arguments of more than maxValue
// bytes or maxItems items, the data's structures counted in full.
func boundedArgs(fn any) any {
	f := reflect.ValueOf(fn)
	return reflect.MakeFunc(f.Type(), func(args []reflect.Value) []reflect.Value {
		for _, a := range args {
			s, err := measure(a, true)
			if err != nil {
				panic(err)
			}
			if s.over() {
				panic(errTooBig("the argument"))
			}
		}
		return f.Call(args)
	}).Interface()
}
