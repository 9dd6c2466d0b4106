package cases

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// fieldInfo describes one decodable field of a struct.
type fieldInfo struct {
	name     string // the key in the case file
	index    int
	required bool
	// text is what a field's text may hold besides one line: "markdown"
	// (prose) or "lines" (the lines of an entry, each a line of its own).
	// Every other string of the case file is one line.
	text string
}

var (
	posType    = reflect.TypeOf(Pos{})
	filingType = reflect.TypeOf(Filing{})
)

// restKey is a key of filing: that is none of every filing's: one its
// type adds, or unknown.
type restKey struct {
	name     string
	key, val *yaml.Node
}

// fieldsOf lists the fields of struct type t that a case file sets, in
// declaration order. Fields tagged yaml:"-" are left out.
func fieldsOf(t reflect.Type) []fieldInfo {
	var fields []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fields = append(fields, fieldInfo{name, i, f.Tag.Get("required") == "true", f.Tag.Get("text")})
	}
	return fields
}

// structLayout is what decoding a struct type needs of it: its fields, their
// names, and where its Pos field is (nil for none). Read-only once made.
type structLayout struct {
	fields []fieldInfo
	names  []string
	pos    []int
}

// layouts are the struct layouts made so far, by type: a case file decodes
// the same few types over and over.
var layouts sync.Map

// layoutOf returns the layout of struct type t.
func layoutOf(t reflect.Type) *structLayout {
	if l, ok := layouts.Load(t); ok {
		return l.(*structLayout)
	}
	l := &structLayout{fields: fieldsOf(t)}
	for _, f := range l.fields {
		l.names = append(l.names, f.name)
	}
	if f, ok := t.FieldByName("Pos"); ok && f.Type == posType {
		l.pos = f.Index
	}
	v, _ := layouts.LoadOrStore(t, l)
	return v.(*structLayout)
}

// decodeStruct decodes a mapping into a struct, checking its keys and its
// required fields.
func (d *decoder) decodeStruct(v reflect.Value, n *yaml.Node, field string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, field, "expected a mapping, got %s", describe(n))
		return
	}
	st := layoutOf(v.Type())
	if st.pos != nil {
		v.FieldByIndex(st.pos).Set(reflect.ValueOf(d.nodePos(n)))
	}
	fields, names := st.fields, st.names
	given := make(map[string]bool)
	// The keys of filing: that its type adds are kept for checkFiling,
	// which knows the type once the whole file is read.
	var open func(string) bool
	if v.Type() == filingType && field == "filing" {
		open = func(string) bool { return true }
	}
	d.eachKeyOpen(n, field, "key", names, open, func(name string, key, val *yaml.Node) {
		if indexOf(names, name) < 0 {
			d.rest = append(d.rest, restKey{name: name, key: key, val: val})
			return
		}
		f := fields[indexOf(names, name)]
		given[name] = true
		before := d.errorCount()
		outer := d.textKind
		d.textKind = f.text
		d.decodeValue(v.Field(f.index), val, join(field, name))
		d.textKind = outer
		if f.required && d.errorCount() == before && isEmpty(v.Field(f.index)) {
			d.errorf(val, join(field, name), "missing required field")
		}
	})
	for _, f := range fields {
		if f.required && !given[f.name] && !d.stopped && !d.unresolved[n] {
			d.errorf(n, join(field, f.name), "missing required field")
		}
	}
}

// isEmpty reports whether a decoded value holds nothing.
func isEmpty(v reflect.Value) bool {
	if v.Kind() == reflect.Slice {
		return v.Len() == 0
	}
	return v.IsZero()
}

// eachKey calls fn with each key of mapping n that is one of known, in the
// file's order, and reports keys that are malformed, unknown or repeated.
// noun names a key in messages: "key" or "topic".
func (d *decoder) eachKey(n *yaml.Node, field, noun string, known []string, fn func(name string, key, val *yaml.Node)) {
	d.eachKeyOpen(n, field, noun, known, nil, fn)
}

// eachKeyOpen is eachKey that also takes the keys open accepts, when open
// is not nil: keys whose meaning is known only once the whole file is read.
func (d *decoder) eachKeyOpen(n *yaml.Node, field, noun string, known []string, open func(string) bool, fn func(name string, key, val *yaml.Node)) {
	seen := make(map[string]bool)
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		name, ok := d.keyName(key, field)
		if !ok {
			continue
		}
		switch {
		case seen[name]:
			d.errorf(key, join(field, name), "duplicate key %q", clip(name))
		case indexOf(known, name) < 0 && (open == nil || !open(name)):
			d.errorf(key, join(field, name), "unknown %s %q%s", noun, clip(name), suggest(name, noun, known))
		default:
			fn(name, key, val)
		}
		seen[name] = true
	}
}

// keyName returns the name a mapping key gives, or reports why it gives none.
func (d *decoder) keyName(key *yaml.Node, field string) (string, bool) {
	k := d.visit(key, field)
	if k == nil {
		return "", false
	}
	if k.Kind != yaml.ScalarNode {
		d.errorf(key, field, "a key must be a plain name, got %s", describe(k))
		return "", false
	}
	if k.ShortTag() == "!!merge" {
		d.errorf(key, field, "merge keys (<<) are not supported: write the keys out")
		return "", false
	}
	return k.Value, true
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// suggest returns " (did you mean "x"?)" for the known name closest to name,
// if one is at most two edits away, and else the list of known names.
func suggest(name, noun string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if dist := editDistance(strings.ToLower(name), strings.ToLower(k)); dist < bestDist {
			best, bestDist = k, dist
		}
	}
	if best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	plural := noun + "s"
	if strings.HasSuffix(noun, "ty") {
		plural = strings.TrimSuffix(noun, "y") + "ies"
	}
	return fmt.Sprintf(" (known %s: %s)", plural, strings.Join(known, ", "))
}

// editDistance returns the Levenshtein distance between a and b, or 3 when it
// is plainly more than 2.
func editDistance(a, b string) int {
	// A rune takes one to four bytes, so this bound needs no decoding.
	if len(a) > 4*(len(b)+2) || len(b) > 4*(len(a)+2) {
		return 3
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra)-len(rb) > 2 || len(rb)-len(ra) > 2 {
		return 3
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
