package cases

import (
	"embed"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// A filing type is a driver template (templates/tmpl/TYPE.tmpl) and a type
// file (cases/types/TYPE.yaml, or TYPE.type.yaml beside a template of the
// user's) that declares its title and its own keys of filing:, each with
// its kind and whether it is required. What all filings share — the
// court, the case, the parties, counsel, the caption, the signatures, the
// order and the service — is decoded by the Go types of this package;
// the keys a type adds are decoded by kind into Filing.Fields.

// builtinTypes are the filing types pleadgen knows, as data.
//
//go:embed types/*.yaml
var builtinTypes embed.FS

// FilingType is what a type file declares.
type FilingType struct {
	Name string `yaml:"-"` // the file's name without .yaml: the value of filing.type
	// Title is the document's title when the case file gives none.
	Title string `yaml:"title" required:"true"`
	// About says what the filing is, for the reference.
	About string `yaml:"about" text:"markdown"`
	// Statement marks the case management statements, whose keys
	// (conference, topics …) are the Go types' own.
	Statement bool `yaml:"statement"`
	// Order is "proposed" when the filing may end with a proposed order
	// for the judge (filing.order or proposed_order), which its driver
	// template then prints; left out, it may not (a stipulation prints
	// its own order; a declaration has none).
	Order string `yaml:"order"`
	// Signers are those who sign: "sides" (every side, as a joint filing
	// is signed), "filer" (the filing side's counsel), or "declarant"
	// (the declarant, with the filer's attestation).
	Signers string `yaml:"signers"`
	// TopicNumbers "standing-order" numbers a statement's topics as the
	// court's outline does, when the statement leaves some out; left out,
	// they are numbered in turn.
	TopicNumbers string `yaml:"topic_numbers"`
	// Conference names the conference a statement is for, as its caption
	// shows it: "Case Management Conference" when left out.
	Conference string    `yaml:"conference"`
	Keys       []KeySpec `yaml:"keys"`

	File string `yaml:"-"` // where the type file is, for errors
	Pos  Pos    `yaml:"-"`
}

// KeySpec is one key a filing type adds to filing:.
type KeySpec struct {
	Name     string  `yaml:"name" required:"true"`
	Kind     KeyKind `yaml:"kind" required:"true"`
	Required bool    `yaml:"required"`
	About    string  `yaml:"about"`
	// Columns are a table's column headings.
	Columns []string `yaml:"columns"`
	Example string   `yaml:"example" text:"lines"`

	Pos Pos `yaml:"-"`
}

// KeyKind is the kind of value a filing type's key holds.
type KeyKind string

// The kinds of a filing type's keys.
const (
	KindText         KeyKind = "text"          // one line
	KindMarkdown     KeyKind = "markdown"      // prose
	KindDate         KeyKind = "date"          // YYYY-MM-DD
	KindBool         KeyKind = "bool"          // true or false
	KindTextList     KeyKind = "text-list"     // lines
	KindMarkdownList KeyKind = "markdown-list" // paragraphs, numbered or recited
	KindTable        KeyKind = "table"         // rows of cells, one a column
	KindParty        KeyKind = "party"         // the id of a party
)

// keyKinds are the kinds, with the Go type each decodes into and what a
// string of it may hold besides one line.
var keyKinds = map[KeyKind]struct {
	typ  reflect.Type
	text string
}{
	KindText:         {reflect.TypeOf(""), ""},
	KindMarkdown:     {reflect.TypeOf(""), "markdown"},
	KindDate:         {reflect.TypeOf(Date{}), ""},
	KindBool:         {reflect.TypeOf(false), ""},
	KindTextList:     {reflect.TypeOf([]string{}), ""},
	KindMarkdownList: {reflect.TypeOf([]string{}), "markdown"},
	KindTable:        {reflect.TypeOf([][]string{}), ""},
	KindParty:        {reflect.TypeOf(""), ""},
}

// kindNames lists the kinds, for messages.
func kindNames() []string {
	var out []string
	for k := range keyKinds {
		out = append(out, string(k))
	}
	sort.Strings(out)
	return out
}

// TitleFor is the type's title for a filing: each "{key}" in it replaced by
// the filing's text of that key.
func (t *FilingType) TitleFor(f Filing) string {
	return replacePlaceholders(t.Title, func(key string) string { return f.Fields[key].Text })
}

// replacePlaceholders replaces each "{key}" of s — a brace, no brace, a
// brace — by value(key), once: a value's own braces stay as written.
func replacePlaceholders(s string, value func(key string) string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexAny(s[open+1:], "{}")
		if end < 0 {
			break
		}
		end += open + 1
		if s[end] == '{' { // no placeholder starts at this brace
			b.WriteString(s[:end])
			s = s[end:]
			continue
		}
		b.WriteString(s[:open])
		b.WriteString(value(s[open+1 : end]))
		s = s[end+1:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

// Key returns the type's key of that name.
func (t *FilingType) Key(name string) (KeySpec, bool) {
	for _, k := range t.Keys {
		if k.Name == name {
			return k, true
		}
	}
	return KeySpec{}, false
}

// ParseFilingType decodes a type file strictly; name is the type's name.
func ParseFilingType(file, name string, data []byte) (*FilingType, error) {
	d := newDecoder(file)
	d.what = "type file"
	d.via, d.files = map[string]string{}, map[*yaml.Node]string{}
	top := d.parseYAML(data)
	t := &FilingType{Name: name, File: file}
	if top != nil {
		d.decodeValue(reflect.ValueOf(t).Elem(), top, "")
		d.checkType(t)
	}
	if errs, _ := split(d.problems); len(errs) > 0 {
		return nil, errs
	}
	return t, nil
}

// checkType checks what decoding a type file alone cannot.
func (d *decoder) checkType(t *FilingType) {
	if !validTypeName(t.Name) {
		d.add(Pos{Line: 1, Col: 1}, "", fmt.Sprintf("a filing type's name is lower-case words joined by hyphens, not %q", clip(t.Name)))
	}
	taken := map[string]bool{}
	for _, f := range fieldsOf(reflect.TypeOf(Filing{})) {
		taken[f.name] = true
	}
	for i, k := range t.Keys {
		field := fmt.Sprintf("keys[%d]", i)
		if _, ok := keyKinds[k.Kind]; !ok && k.Kind != "" {
			d.add(d.at(field+".kind"), field+".kind", fmt.Sprintf("unknown kind %q (known kinds: %s)", clip(string(k.Kind)), strings.Join(kindNames(), ", ")))
		}
		if !validTypeName(strings.ReplaceAll(k.Name, "_", "-")) || k.Name == "positions" || k.Name == "case" || k.Name == "people" {
			d.add(d.at(field+".name"), field+".name", fmt.Sprintf("a key's name is lower-case words joined by _, and not one the case file uses otherwise, not %q", clip(k.Name)))
		}
		if taken[k.Name] {
			d.add(d.at(field+".name"), field+".name", fmt.Sprintf("filing.%s is a key of every filing, or given twice", clip(k.Name)))
		}
		taken[k.Name] = true
		if (k.Kind == KindTable) != (len(k.Columns) > 0) {
			d.add(d.at(field), field, "a table names its columns, and only a table has columns")
		}
	}
	switch t.Signers {
	case "", "sides", "filer", "declarant":
	default:
		d.add(d.at("signers"), "signers", fmt.Sprintf("signers are sides, filer or declarant, not %q", clip(t.Signers)))
	}
	if t.TopicNumbers != "" && t.TopicNumbers != "standing-order" {
		d.add(d.at("topic_numbers"), "topic_numbers", fmt.Sprintf("topic_numbers is standing-order or left out, not %q", clip(t.TopicNumbers)))
	}
	d.checkTitlePlaceholders(t)
	if t.Order != "" && t.Order != "proposed" {
		d.add(d.at("order"), "order", fmt.Sprintf("order is proposed or left out, not %q", clip(t.Order)))
	}
}

// checkTitlePlaceholders checks that each "{key}" of the title names a
// required text key, which the title can always be made of.
func (d *decoder) checkTitlePlaceholders(t *FilingType) {
	rest := t.Title
	for {
		open := strings.IndexByte(rest, '{')
		if open < 0 {
			return
		}
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			d.add(d.at("title"), "title", "a \"{\" in the title is not closed by \"}\"")
			return
		}
		name := rest[open+1 : open+end]
		if k, ok := t.Key(name); !ok || k.Kind != KindText || !k.Required {
			d.add(d.at("title"), "title", fmt.Sprintf("{%s} in the title names no required text key of the type", clip(name)))
		}
		rest = rest[open+end+1:]
	}
}

// validTypeName reports whether a filing type's name is lower-case words
// joined by hyphens.
func validTypeName(name string) bool {
	if name == "" || strings.HasPrefix(name, "-") || strings.HasSuffix(name, "-") || strings.Contains(name, "--") {
		return false
	}
	for _, r := range name {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// BuiltinTypes are the filing types pleadgen knows, by name: a new map,
// which the caller may add to.
func BuiltinTypes() map[string]*FilingType {
	out := map[string]*FilingType{}
	for _, name := range builtinNames() {
		out[name] = builtinType(name)
	}
	return out
}

// builtinNames are the names of the built-in types, sorted.
var builtinNames = sync.OnceValue(func() []string {
	entries, _ := builtinTypes.ReadDir("types")
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = strings.TrimSuffix(e.Name(), ".yaml")
	}
	return names
})

// builtinParsed holds each built-in type once read: a run reads only the
// types its filings name.
var builtinParsed sync.Map // name → func() *FilingType

// builtinType returns the built-in type of that name, read on first use,
// or nil.
func builtinType(name string) *FilingType {
	if _, ok := slices.BinarySearch(builtinNames(), name); !ok {
		return nil
	}
	if get, ok := builtinParsed.Load(name); ok {
		return get.(func() *FilingType)()
	}
	get, _ := builtinParsed.LoadOrStore(name, sync.OnceValue(func() *FilingType {
		file := "types/" + name + ".yaml"
		data, _ := builtinTypes.ReadFile(file)
		t, err := ParseFilingType("cases/"+file, name, data)
		if err != nil {
			panic(err) // the embedded types are tested
		}
		return t
	}))
	return get.(func() *FilingType)()
}

// typeTable is the filing types a case file may name: the built-in ones
// and the user's own, which replace a built-in type of their name.
type typeTable map[string]*FilingType

// get returns the type of that name, or nil.
func (own typeTable) get(name string) *FilingType {
	if t := own[name]; t != nil {
		return t
	}
	return builtinType(name)
}

// names lists every type's name, sorted.
func (own typeTable) names() []string {
	names := slices.Clone(builtinNames())
	for n := range own {
		if _, found := slices.BinarySearch(builtinNames(), n); !found {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}
