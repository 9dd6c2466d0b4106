package cases

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"pleadgen/court"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Schema generates the JSON Schema of a case file (draft 2020-12) from the
// package's Go types, with their comments, read from the package's source,
// as descriptions. It needs the source beside the file it was compiled
// from, as in a test or go run in the repository; a binary serves
// SchemaJSON.
func Schema() ([]byte, error) {
	dir, err := sourceDir()
	if err != nil {
		return nil, err
	}
	g, err := generateSchema(dir)
	if err != nil {
		return nil, err
	}
	return g.json, nil
}

// sourceDir is the directory of the package's source.
func sourceDir() (string, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return "", errors.New("the source of package cases is not at hand (use SchemaJSON)")
	}
	return filepath.Dir(file), nil
}

// schemaGen is a generated schema and the key reference made with it.
type schemaGen struct {
	json     []byte
	sections []*docSection
}

// docSection is a part of the key reference: the keys of one mapping.
type docSection struct {
	Path  string // the mapping's path: "" for the top level, "judge", "counsel[]"
	Title string
	Intro string
	Rows  []keyRow
	typ   reflect.Type // the struct whose keys these are
}

// keyRow is one key of the reference.
type keyRow struct {
	Path, Type, Required, Default, Desc, Example string
}

// generateSchema builds the schema and the key reference, reading the
// comments of the package's source in dir.
func generateSchema(dir string) (*schemaGen, error) {
	docs, err := loadSourceDocs(dir)
	if err != nil {
		return nil, err
	}
	b := &schemaBuilder{docs: docs, defs: newObj(), built: map[reflect.Type]string{},
		merging: map[reflect.Type]bool{}, appends: map[reflect.Type]bool{}, alsoAt: map[reflect.Type][]string{}}
	root := newObj(
		"$schema", "https://json-schema.org/draft/2020-12/schema",
		"title", "pleadgen case file",
		"description", "A case file of pleadgen: the court and the case, the parties, their counsel, and the filing to produce (filing.type). "+
			"Generated from the Go types of package pleadgen/cases by go test ./cases -run TestSchemaFiles -update.",
	)
	b.merging[reflect.TypeFor[Case]()] = true
	body := b.structBody(reflect.TypeFor[Case](), "", true)
	for _, k := range body.keys {
		root.set(k, body.vals[k])
	}
	root.set("$defs", b.defs)
	for _, s := range b.sections {
		if also := b.alsoAt[s.typ]; s.typ != nil && len(also) > 0 {
			s.Intro += " The same keys are those of `" + strings.Join(also, "`, `") + "`."
		}
	}
	if b.err != nil {
		return nil, b.err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	return &schemaGen{json: buf.Bytes(), sections: b.sections}, nil
}

// obj is a JSON object that keeps its keys in the order they were set.
type obj struct {
	keys []string
	vals map[string]any
}

// newObj makes an object of keys and values, alternating.
func newObj(kv ...any) *obj {
	o := &obj{vals: map[string]any{}}
	for i := 0; i+1 < len(kv); i += 2 {
		o.set(kv[i].(string), kv[i+1])
	}
	return o
}

// set sets a key, keeping its place when it is set already.
func (o *obj) set(k string, v any) *obj {
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
	return o
}

// put sets keys and values, alternating.
func (o *obj) put(kv ...any) {
	for i := 0; i+1 < len(kv); i += 2 {
		o.set(kv[i].(string), kv[i+1])
	}
}

func (o *obj) get(k string) any { return o.vals[k] }

func (o *obj) len() int { return len(o.keys) }

// with returns a copy of o with more keys set.
func (o *obj) with(kv ...any) *obj {
	c := newObj()
	for _, k := range o.keys {
		c.set(k, o.vals[k])
	}
	for i := 0; i+1 < len(kv); i += 2 {
		c.set(kv[i].(string), kv[i+1])
	}
	return c
}

// MarshalJSON writes the keys in their order.
func (o *obj) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		kb, err := marshalJSON(k)
		if err != nil {
			return nil, err
		}
		vb, err := marshalJSON(o.vals[k])
		if err != nil {
			return nil, err
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// marshalJSON is json.Marshal without escaping <, > and &.
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// ref is a reference to a definition.
func ref(name string) *obj { return newObj("$ref", "#/$defs/"+name) }

// schemaBuilder walks the Go types into the schema's definitions and the
// reference's sections.
type schemaBuilder struct {
	docs *sourceDocs
	defs *obj
	// built is the path each struct's definition was made at; merging,
	// whether it is a mapping that merges with a shared case file's; and
	// appends, whether it has KEY+ keys.
	built    map[reflect.Type]string
	merging  map[reflect.Type]bool
	appends  map[reflect.Type]bool
	alsoAt   map[reflect.Type][]string // the other paths a struct's keys are at
	sections []*docSection
	quiet    bool // make no sections
	err      error
}

func (b *schemaBuilder) fail(format string, args ...any) {
	if b.err == nil {
		b.err = fmt.Errorf("schema: "+format, args...)
	}
}

// section starts a part of the reference.
func (b *schemaBuilder) section(path, title, intro string) *docSection {
	switch {
	case title != "":
	case path == "":
		title = "Top level"
	default:
		title = "`" + path + "`"
	}
	s := &docSection{Path: path, Title: title, Intro: intro}
	if !b.quiet {
		b.sections = append(b.sections, s)
	}
	return s
}

// define adds a definition once, in the order of first use.
func (b *schemaBuilder) define(name string, make func() *obj) *obj {
	if _, ok := b.defs.vals[name]; !ok {
		b.defs.set(name, nil)
		b.defs.set(name, make())
	}
	return ref(name)
}

// Patterns of the strings the decoder accepts. They are written for both
// ECMA-262 and RE2 regular expressions.
const (
	// notControl are the characters the decoder refuses in any string.
	notControl = `\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F`
	// lineBreakClass are the line breaks of lineBreaks.
	lineBreakClass = "\\r\\n\\x85\u2028\u2029"
	// appendKey is a KEY+ key.
	appendKey = `\+$`
	// nonBlank is a string with something besides spaces.
	nonBlank = `\S`
	// signed is what reads as a conformed signature (see LooksSigned,
	// which also sees through look-alike and invisible characters).
	signed = `/[sS]/`
)

// The simple kinds of value, as definitions.
func (b *schemaBuilder) text() *obj {
	return b.define("text", func() *obj {
		return newObj("description", "One line of text (a number is read as its digits); a block scalar's last line break is dropped.",
			"type", []string{"string", "number"},
			"pattern", "^[^"+notControl+lineBreakClass+"]*["+lineBreakClass+"]*$",
			"not", newObj("type", "string", "pattern", signed))
	})
}

func (b *schemaBuilder) markdown() *obj {
	return b.define("markdown", func() *obj {
		return newObj("description", "Markdown text: paragraphs, lists, emphasis, footnotes, block quotations and tables (see render/markup).",
			"type", []string{"string", "number"},
			"pattern", "^[^"+notControl+"]*$")
	})
}

func (b *schemaBuilder) lines() *obj {
	return b.define("lines", func() *obj {
		return newObj("description", "Lines of text, as an address is written: each line a line of its own.",
			"type", []string{"string", "number"},
			"pattern", "^[^"+notControl+"]*$",
			"not", newObj("type", "string", "pattern", signed))
	})
}

func (b *schemaBuilder) date() *obj {
	return b.define("date", func() *obj {
		year := `([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})`
		monthDay := `((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-9]))`
		return newObj("description", b.typeDoc(reflect.TypeFor[Date]()),
			"type", "string", "format", "date",
			"pattern", "^"+year+"-"+monthDay+"$",
			"examples", []any{"2021-07-14"})
	})
}

func (b *schemaBuilder) caseNumber() *obj {
	return b.define("case-number", func() *obj {
		return newObj("description", b.typeDoc(reflect.TypeFor[CaseNumber]())+" Without the judge's initials.",
			"type", "string",
			"pattern", `^[^\n\r]*[^\s][^\n\r]*$`,
			"examples", []any{"4:21-cv-02632", "24STCV12345"})
	})
}

func (b *schemaBuilder) partyID() *obj {
	return b.define("party-id", func() *obj {
		return newObj("description", "A party's id: lower-case letters, digits, - and _, starting with a letter; not a word that is a key of its own ("+strings.Join(reservedIDs, ", ")+").",
			"type", "string",
			"pattern", idPattern().String(),
			"not", newObj("enum", reservedIDs))
	})
}

func (b *schemaBuilder) side() *obj {
	return b.define("side", func() *obj {
		return newObj("description", b.typeDoc(reflect.TypeFor[Side]()), "enum", sideNames())
	})
}

func (b *schemaBuilder) initials() *obj {
	return b.define("initials", func() *obj {
		return newObj("description", "A judge's initials: 2 to 4 capital letters.", "type", "string", "pattern", "^([A-Z]{2,4})?$")
	})
}

// sideNames are the sides a party may be on.
func sideNames() []string {
	var out []string
	for _, s := range Sides() {
		out = append(out, string(s))
	}
	return out
}

// idCore is a party id's pattern without its anchors.
func idCore() string {
	return strings.TrimSuffix(strings.TrimPrefix(idPattern().String(), "^"), "$")
}

// groupKey is the pattern of a topic key that names a party or a group of
// parties: "marsh", "marsh, marsh-freight" (see groupIDs).
func groupKey() string {
	id := `\s*` + idCore() + `\s*`
	return "^" + id + "(," + id + ")*$"
}

// enumDef is the definition of an enumeration: its values, and their
// comments in the description.
func (b *schemaBuilder) enumDef(t reflect.Type, values []any) *obj {
	return b.define(kebab(t.Name()), func() *obj {
		return newObj("description", b.typeDoc(t), "enum", values)
	})
}

// strs makes a list of values of strings.
func strs[S ~string](list ...S) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = string(s)
	}
	return out
}

// custom is the schema of a type that reads itself (a selfDecoder), and
// its name in the reference.
func (b *schemaBuilder) custom(t reflect.Type, path string) (*obj, string, bool) {
	switch t {
	case reflect.TypeFor[Date]():
		return b.date(), "date (YYYY-MM-DD)", true
	case reflect.TypeFor[CaseNumber]():
		return b.caseNumber(), "case number", true
	case reflect.TypeFor[Length]():
		return b.define("length", func() *obj {
			return newObj("description", b.typeDoc(t), "type", "string", "pattern", lengthPattern().String(),
				"not", newObj("pattern", `^[0.]+ ?(in|pt|cm|mm)$`), "examples", []any{"1in", "0.7in", "72pt", "2.54cm"})
		}), "length (1in, 72pt, 2.54cm, 25.4mm)", true
	case reflect.TypeFor[RuleStyle]():
		return b.enumValues(t, strs(DoubleRule, SingleRule, NoRule))
	case reflect.TypeFor[Side]():
		return b.side(), "side: " + strings.Join(sideNames(), " | "), true
	case reflect.TypeFor[Represents]():
		return b.represents(), "side, party id, or list of party ids", true
	case reflect.TypeFor[Topics]():
		return b.topics(path), "mapping of topics", true
	case reflect.TypeFor[Role]():
		return b.enumDef(t, strs(Roles()...)), "role: " + strings.Join(anyStrings(strs(Roles()...)), " | "), true
	case reflect.TypeFor[Numbering]():
		return b.enumValues(t, strs(Arabic, Roman))
	case reflect.TypeFor[Spacing]():
		return b.enumValues(t, strs(Single, Double))
	case reflect.TypeFor[CounselBlock]():
		return b.enumValues(t, strs(FilerSide, BothSides))
	case reflect.TypeFor[SignatureStyle]():
		return b.enumValues(t, strs(PlainSignature, FirmSignature))
	case reflect.TypeFor[DateStyle]():
		return b.enumValues(t, strs(DateStyles()...))
	case reflect.TypeFor[SignatureDates]():
		values := []any{true, false, "true", "false", string(DatedAbove), string(DatedBeside)}
		return b.enumDef(t, values), "true | false | above | beside", true
	}
	if reflect.PointerTo(t).Implements(reflect.TypeFor[selfDecoder]()) {
		b.fail("%s reads itself (decodeYAML) and the schema does not know what it accepts: add it to schemaBuilder.custom", t)
		return newObj(), "", true
	}
	return nil, "", false
}

func (b *schemaBuilder) enumValues(t reflect.Type, values []any) (*obj, string, bool) {
	return b.enumDef(t, values), strings.Join(anyStrings(values), " | "), true
}

func anyStrings(values []any) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = fmt.Sprint(v)
	}
	return out
}

// represents is whom an attorney represents.
func (b *schemaBuilder) represents() *obj {
	return b.define("represents", func() *obj {
		return newObj("description", b.typeDoc(reflect.TypeFor[Represents]()),
			"anyOf", []any{
				b.side(),
				b.partyID(),
				newObj("type", "array", "minItems", 1, "uniqueItems", true, "items", b.partyID()),
			})
	})
}

// topics is filing.topics: the topics of the outlines of the built-in
// courts, each one joint text or a mapping of texts by side, party or
// group of parties, and topics of the filing's own.
func (b *schemaBuilder) topics(path string) *obj {
	sec := b.section(path, "", "The topics of the outline in force (the court's, or the judge's: see filing.outline), by key, in the order the statement gives them. "+
		"Each is one joint text (Markdown) or a mapping of texts, described under `"+path+".TOPIC`. "+
		"A topic of the filing's own, which the outline lacks, gives its heading and after: the topic it follows.")
	props := newObj()
	seen := map[string]bool{}
	for _, name := range court.Builtin().Names() {
		ct, _ := court.Builtin().Lookup(name)
		for _, o := range ct.Outlines {
			for i, t := range o.Topics {
				if seen[t.Key] {
					continue
				}
				seen[t.Key] = true
				desc := fmt.Sprintf("Topic %d of %s (%s), %s.", i+1, o.Name, ct.Short, t.Heading)
				props.set(t.Key, newObj("description", desc, "$ref", "#/$defs/topic"))
				sec.Rows = append(sec.Rows, keyRow{Path: path + "." + t.Key, Type: "Markdown, or mapping of texts", Desc: desc})
			}
		}
	}
	ownDesc := "A topic of the filing's own: a mapping of its heading, after (the key of the topic it follows, or start) and its texts."
	sec.Rows = append(sec.Rows, keyRow{Path: path + ".KEY", Type: "mapping of texts", Desc: ownDesc, Example: "`budget: {heading: Litigation Budget, after: discovery, joint: …}`"})
	body := b.section(path+".TOPIC", "", "A topic given as a mapping: its own heading, and its texts in the order they are printed.")
	bodyProps := newObj()
	add := func(key, typ, desc string, s *obj) {
		bodyProps.set(key, newObj("description", desc).with(s.pairs()...))
		body.Rows = append(body.Rows, keyRow{Path: path + ".TOPIC." + key, Type: typ, Desc: desc})
	}
	add("heading", "text", "The topic's heading, instead of the outline's: one line whose emphasis stands as Markdown writes it (`*italic*`, `**bold**`, `<u>underlined</u>`, character references); write `\\*` for an asterisk. A bracket is a bracket.", b.text())
	add("after", "text", "For a topic of the filing's own only: the key of the topic it follows (of the outline, or another of the filing's own), or start.", b.text())
	add(string(Joint), "Markdown", "The text all parties submit.", b.markdown())
	for _, s := range Sides() {
		add(string(s), "Markdown", fmt.Sprintf("The statement of the %s that have appeared.", sideWords(s)), b.markdown())
	}
	groupDesc := "The statement of one party, by its id, or of a group of parties, by their ids joined with commas: \"marsh, marsh-freight\"."
	body.Rows = append(body.Rows, keyRow{Path: path + ".TOPIC.ID", Type: "Markdown", Desc: groupDesc, Example: "`marsh, marsh-freight: …`"})
	b.define("topic", func() *obj {
		return newObj("description", "A topic: one joint text, or a mapping of its heading and its texts by side, party or group of parties.",
			"anyOf", []any{
				b.markdown(),
				newObj("type", "object",
					"properties", bodyProps,
					"patternProperties", newObj(groupKey(), newObj("description", groupDesc, "$ref", "#/$defs/markdown")),
					"additionalProperties", false,
				),
			})
	})
	b.define("topic-text", func() *obj {
		return newObj("description", "A topic that has a text: a text with words, or a mapping with a key besides heading. A topic given without one may have its texts from filing.positions.",
			"anyOf", []any{
				newObj("type", []string{"string", "number"}, "pattern", nonBlank),
				newObj("type", "object", "not", newObj("propertyNames", newObj("const", "heading"))),
			})
	})
	return b.define("topics", func() *obj {
		return newObj("description", b.typeDoc(reflect.TypeFor[Topics]()), "type", "object",
			"properties", props,
			"propertyNames", newObj("pattern", `^[a-z][a-z0-9_]*$`),
			"additionalProperties", newObj("description", ownDesc, "allOf", []any{
				newObj("$ref", "#/$defs/topic"),
				newObj("type", "object", "required", []string{"heading", "after"}),
			}))
	})
}

// pairs lists an object's keys and values, alternating.
func (o *obj) pairs() []any {
	var out []any
	for _, k := range o.keys {
		out = append(out, k, o.vals[k])
	}
	return out
}

// kebab writes a Go name in lower case joined by hyphens: RelatedCase →
// related-case.
func kebab(name string) string {
	var out []rune
	for i, r := range name {
		if unicode.IsUpper(r) && i > 0 {
			out = append(out, '-')
		}
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

// structDef makes the definition of a struct once and returns its
// reference and its name in the reference.
func (b *schemaBuilder) structDef(t reflect.Type, path string, merges bool) (*obj, string) {
	name := kebab(t.Name())
	if at, ok := b.built[t]; ok {
		if b.merging[t] != merges && hasList(t) {
			b.fail("%s is both merged with a shared case file's and not: its KEY+ keys would differ", t)
		}
		if !b.quiet && path != at {
			b.alsoAt[t] = append(b.alsoAt[t], path)
		}
		return ref(name), "mapping, keys as in `" + at + "`"
	}
	b.built[t], b.merging[t] = path, merges
	b.defs.set(name, nil)
	b.defs.set(name, b.structBody(t, path, merges))
	return ref(name), "mapping"
}

// hasList reports whether a struct has a list key.
func hasList(t reflect.Type) bool {
	for _, f := range fieldsOf(t) {
		if isList(t.Field(f.index).Type) {
			return true
		}
	}
	return false
}

// isList reports whether a Go type is a list in the case file.
func isList(t reflect.Type) bool {
	return t.Kind() == reflect.Slice && t != reflect.TypeFor[Topics]()
}

// structOf returns the struct a field holds, directly or through a
// pointer, unless it reads itself.
func structOf(t reflect.Type) (reflect.Type, bool) {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || reflect.PointerTo(t).Implements(reflect.TypeFor[selfDecoder]()) {
		return nil, false
	}
	return t, true
}

// structBody is the schema of a struct's mapping: a property for each key
// of fieldsOf, the rules between its keys, and no other key. merges says
// whether the mapping merges with a shared case file's, where list keys
// have KEY+ forms.
func (b *schemaBuilder) structBody(t reflect.Type, path string, merges bool) *obj {
	intro := b.typeDoc(t)
	if t == reflect.TypeFor[Case]() {
		intro = "The keys at the top of a case file: the court and the case, the parties, their counsel, and the filing."
	}
	sec := b.section(path, "", intro)
	sec.typ = t
	props := newObj()
	var appends []string
	if t == reflect.TypeFor[Case]() {
		b.includeKeys(props, sec)
	}
	for _, fi := range fieldsOf(t) {
		f := t.Field(fi.index)
		key := join(path, fi.name)
		_, sub := structOf(f.Type)
		s, label := b.valueOf(t, f, fi.text, key, merges && sub)
		m := b.meta(t, f, fi)
		prop := newObj("description", m.desc).with(s.pairs()...)
		if fi.required && f.Type.Kind() == reflect.String {
			prop.set("minLength", 1)
		}
		if fi.required && f.Type.Kind() == reflect.Slice {
			prop.set("minItems", 1)
		}
		if f.Type == reflect.TypeFor[[]Counsel]() {
			// One attorney files the document (checkCounsel).
			prop.put("contains", newObj("required", []string{"files"}, "properties", newObj("files", newObj("const", true))),
				"minContains", 0, "maxContains", 1)
		}
		m.set(prop)
		props.set(fi.name, prop)
		sec.Rows = append(sec.Rows, m.row(key, label))
		if merges && isList(f.Type) {
			props.set(fi.name+"+", b.appendProp(fi.name, s))
			sec.Rows = append(sec.Rows, appendRow(key, label))
			appends = append(appends, fi.name)
		}
		if t == reflect.TypeFor[Filing]() && fi.name == "topics" {
			b.positions(props, sec, key)
		}
	}
	o := newObj("type", "object", "properties", props)
	var rules []any
	switch t {
	case reflect.TypeFor[Case]():
		rules = append(rules, b.courtRules()...)
	case reflect.TypeFor[Party]():
		rules = append(rules, partyRules()...)
	case reflect.TypeFor[Counsel]():
		rules = append(rules, counselRules()...)
	case reflect.TypeFor[Filing]():
		o.set("dependentSchemas", newObj("order", newObj("not", newObj("required", []string{"order", "proposed_order"}))))
		var typeAppends []string
		rules, typeAppends = b.filingTypes(path)
		appends = append(appends, typeAppends...)
	}
	if len(appends) > 0 {
		b.appends[t] = true
		if t != reflect.TypeFor[Filing]() { // a type's KEY+ is its type's rule
			deps := newObj()
			if d, ok := o.get("dependentSchemas").(*obj); ok {
				deps = d
			}
			for _, k := range appends {
				deps.set(k+"+", newObj("not", newObj("required", []string{k})))
			}
			o.set("dependentSchemas", deps)
		}
	}
	if t == reflect.TypeFor[Case]() {
		rules = append(rules, newObj(
			"if", newObj("not", newObj("required", []string{"case"})),
			"then", b.complete(t),
		))
	}
	if len(rules) > 0 {
		o.set("allOf", rules)
	}
	o.set("unevaluatedProperties", false)
	return o
}

// appendProp is the KEY+ form of a list key.
func (b *schemaBuilder) appendProp(name string, list *obj) *obj {
	p := newObj("description", fmt.Sprintf("Adds its items to the %s of the shared case file that case: names (or of one it names), where %s: would replace them.", name, name))
	for _, k := range list.keys {
		if k != "minItems" {
			p.set(k, list.vals[k])
		}
	}
	return p
}

func appendRow(key, label string) keyRow {
	return keyRow{Path: key + "+", Type: label,
		Desc: "In a file that names a shared case file (`case:`): adds its items to the shared file's `" + key[strings.LastIndex(key, ".")+1:] + "` instead of replacing them."}
}

// includeKeys are the top-level keys that name other files.
func (b *schemaBuilder) includeKeys(props *obj, sec *docSection) {
	path := newObj("type", "string", "pattern", nonBlank)
	// The people directory is read only for a ref, and its path checked
	// then.
	peoplePath := newObj("type", "string")
	caseDesc := "A shared case file (court, number, judge, parties, counsel, and defaults of filing:) that this file is laid over: mappings merge by key, this file's value winning; a list replaces the shared file's, and KEY+: adds to it. Its path is relative to this file. A file that names one need not hold what it gives."
	peopleDesc := "The people directory that counsel given as \"- ref: ID\" are taken from, relative to this file; without it, the nearest people.yaml in the file's folder or a folder above."
	props.set("case", newObj("description", caseDesc).with(path.pairs()...).with("examples", []any{"case.yaml"}))
	props.set("people", newObj("description", peopleDesc).with(peoplePath.pairs()...).with("examples", []any{"../people.yaml"}))
	sec.Rows = append(sec.Rows,
		keyRow{Path: "case", Type: "path", Desc: caseDesc, Example: "`case.yaml`"},
		keyRow{Path: "people", Type: "path", Desc: peopleDesc, Example: "`../people.yaml`"})
}

// positions is filing.positions, which reads sides' texts from files of
// their own.
func (b *schemaBuilder) positions(props *obj, sec *docSection, topics string) {
	path := strings.TrimSuffix(topics, "topics") + "positions"
	desc := "Files that hold a side's (or a party's, or a group's) texts by topic key, each read into filing.topics under its key here; a path relative to the file that names it."
	keys := append([]string{string(Joint)}, sideNames()...)
	props.set("positions", newObj("description", desc, "type", "object",
		"propertyNames", newObj("anyOf", []any{newObj("enum", keys), newObj("pattern", groupKey())}),
		"additionalProperties", newObj("description", "The path of the file of these texts.", "type", "string", "pattern", nonBlank),
		"examples", []any{newObj("plaintiffs", "plaintiffs.yaml", "defendants", "defendants.yaml")}))
	sec.Rows = append(sec.Rows,
		keyRow{Path: path, Type: "mapping of paths", Required: "in a statement, unless topics is given", Desc: desc},
		keyRow{Path: path + ".SIDE", Type: "path", Desc: "The file of the texts of a side (" + strings.Join(keys, ", ") + "), a party's id or a group of ids.", Example: "`plaintiffs: plaintiffs.yaml`"})
}

// valueOf is the schema of a field's value and its name in the reference.
func (b *schemaBuilder) valueOf(owner reflect.Type, f reflect.StructField, text, path string, merges bool) (*obj, string) {
	if s, label, ok := b.special(owner.Name() + "." + f.Name); ok {
		return s, label
	}
	if owner == reflect.TypeFor[Case]() && f.Name == "Paper" {
		// The changes themselves, or the file that holds them.
		s, label := b.valueOfType(f.Type, text, path, merges)
		file := newObj("description", "The file that holds the paper's changes, relative to the file that names it.", "type", "string", "pattern", nonBlank)
		return newObj("anyOf", []any{file, s}), "path, or " + label
	}
	if owner == reflect.TypeFor[Paper]() && f.Name == "RightRule" {
		return newObj("enum", strs(SingleRule, NoRule)), "single | none"
	}
	return b.valueOfType(f.Type, text, path, merges)
}

func (b *schemaBuilder) valueOfType(t reflect.Type, text, path string, merges bool) (*obj, string) {
	if s, label, ok := b.custom(t, path); ok {
		return s, label
	}
	switch t.Kind() {
	case reflect.String:
		switch text {
		case "markdown":
			return b.markdown(), "Markdown"
		case "lines":
			return b.lines(), "lines of text"
		}
		return b.text(), "text"
	case reflect.Bool:
		return newObj("type", "boolean"), "true | false"
	case reflect.Int:
		return newObj("type", "integer"), "whole number"
	case reflect.Pointer:
		return b.valueOfType(t.Elem(), text, path, merges)
	case reflect.Slice:
		item, label := b.itemOf(t.Elem(), text, path+"[]")
		return newObj("type", "array", "items", item), "list of " + plural(label)
	case reflect.Struct:
		return b.structDef(t, path, merges)
	}
	b.fail("no schema for %s (%s)", t, path)
	return newObj(), ""
}

// plural names a list's items.
func plural(label string) string {
	if rest, ok := strings.CutPrefix(label, "mapping"); ok {
		return "mappings" + rest
	}
	return label
}

// itemOf is the schema of a list's item. A mapping in a list is given
// whole, where it is written, so what it requires is required of it.
func (b *schemaBuilder) itemOf(t reflect.Type, text, path string) (*obj, string) {
	s, label := b.valueOfType(t, text, path, false)
	st, ok := structOf(t)
	if !ok {
		return s, label
	}
	item := s.with(b.complete(st).pairs()...)
	if st == reflect.TypeFor[Counsel]() {
		return newObj("oneOf", []any{item, b.counselRef(path)}), label + " (or ref entries)"
	}
	return item, label
}

// counselRef is a counsel entry given by reference to the people
// directory: ref, and the keys of a counsel entry that are laid over the
// directory's entry.
func (b *schemaBuilder) counselRef(path string) *obj {
	const name = "counsel-ref"
	if _, ok := b.defs.vals[name]; ok {
		return ref(name)
	}
	b.defs.set(name, nil)
	addressDesc := "Adds its lines to the address of the people directory's entry, where address: would replace it."
	refDesc := "The ID of the people directory's entry this attorney is: the entry's name, bar, firm, title, under, address, phone, fax and email, which this entry's keys replace (address+ adds to the address)."
	sec := b.section(path+" (ref)", "`"+path+"` given by ref", "An attorney given by reference to the people directory (see `people`): ref, and what the attorney does in this case (for, files, signs …). Any key of a full entry may be given, and replaces the directory's.")
	sec.Rows = append(sec.Rows,
		keyRow{Path: path + ".ref", Type: "text", Required: "yes", Desc: refDesc, Example: "`mchen`"},
		keyRow{Path: path + ".address+", Type: "list of text", Desc: addressDesc})
	quiet := b.quiet
	b.quiet = true
	body := b.structBody(reflect.TypeFor[Counsel](), path, true)
	b.quiet = quiet
	props := body.get("properties").(*obj)
	props.set("address+", props.get("address+").(*obj).with("description", addressDesc))
	all := newObj("ref", newObj("description", refDesc, "type", []string{"string", "number"}, "pattern", nonBlank))
	for _, k := range props.keys {
		all.set(k, props.vals[k])
	}
	body.set("properties", all)
	body.set("required", []string{"ref", "for"})
	b.defs.set(name, body)
	return ref(name)
}

// special are the schemas of fields whose strings the decoder checks
// further than their Go types say.
func (b *schemaBuilder) special(id string) (*obj, string, bool) {
	switch id {
	case "Case.Court":
		return newObj("type", "string", "enum", append(strs(court.Builtin().Names()...), "")), "court: " + strings.Join(court.Builtin().Names(), " | "), true
	case "Judge.Initials", "Case.Referral", "RelatedCase.Initials":
		return b.initials(), "initials", true
	case "Party.ID":
		// An empty id is no id.
		return newObj("anyOf", []any{b.partyID(), newObj("const", "")}), "party id", true
	case "Counsel.Email":
		// See looksLikeEmail; an empty address is none.
		return newObj("type", "string", "pattern", `^([^@ \t\r\n]+@[^@ \t\r\n.]+(\.[^@ \t\r\n.]+)+)?$`), "email address", true
	case "Filing.Type":
		names := builtinNames()
		return newObj("type", "string", "enum", strs(names...)), "filing type: " + strings.Join(names, " | "), true
	case "Filing.Widows":
		return newObj("type", "integer", "minimum", 0, "maximum", maxWidows), fmt.Sprintf("whole number, 0 to %d", maxWidows), true
	case "Order.Marker":
		return newObj("type", "string", "enum", strs(OrderMarkers()...)), strings.Join(OrderMarkers(), " | "), true
	case "Order.Choices":
		return newObj("type", "array", "items", b.text().with("pattern", nonBlank)), "list of text", true
	case "Service.Served":
		return newObj("type", "array", "items", b.lines().with("pattern", nonBlank)), "list of lines of text", true
	}
	return nil, "", false
}

// partyRules are what the decoder checks between a party's keys.
func partyRules() []any {
	proSe := newObj("required", []string{"pro_se"}, "properties", newObj("pro_se", newObj("const", true)))
	own := newObj()
	for _, k := range []string{"address", "phone", "email", "files"} { // checkParty's
		own.set(k, false)
	}
	return []any{
		newObj("if", proSe, "else", newObj("properties", own)),
		newObj("not", newObj("required", []string{"appeared", "pro_se"},
			"properties", newObj("appeared", newObj("const", false), "pro_se", newObj("const", true)))),
	}
}

// counselRules are what the decoder checks between an attorney's keys.
func counselRules() []any {
	both := func(a string, av any, c string, cv any) *obj {
		return newObj("not", newObj("required", []string{a, c}, "properties", newObj(a, newObj("const", av), c, newObj("const", cv))))
	}
	return []any{both("pro_hac_vice", true, "local_counsel", true), both("files", true, "signs", false)}
}

// courtRules check the case numbers and the division against the court's
// offices, case types and divisions: the court the file names, or the
// default court when neither it nor a shared case file names one.
func (b *schemaBuilder) courtRules() []any {
	var out []any
	for _, name := range court.Builtin().Names() {
		ct, _ := court.Builtin().Lookup(name)
		if !ct.Numbers.Federal() {
			out = append(out, b.countyRules(ct))
			continue
		}
		var offices []string
		for _, o := range ct.Offices {
			offices = append(offices, strconv.Itoa(o.Code))
		}
		number := newObj("pattern", fmt.Sprintf("^[%s]:[0-9]{2}-(%s)-[0-9]{5}$", strings.Join(offices, ""), strings.Join(ct.Numbers.Kinds, "|")))
		var divisions []string
		for _, d := range ct.Divisions() {
			divisions = append(divisions, caseless(d))
		}
		division := newObj("pattern", "^(("+strings.Join(divisions, ")|(")+"))?$")
		related := newObj("items", newObj("properties", newObj("number", number)))
		when := newObj("required", []string{"court"}, "properties", newObj("court", newObj("const", name)))
		if ct.Default {
			when = newObj("anyOf", []any{
				newObj("required", []string{"court"}, "properties", newObj("court", newObj("enum", []any{name, ""}))),
				newObj("not", newObj("anyOf", []any{newObj("required", []string{"court"}), newObj("required", []string{"case"})})),
			})
		}
		var judge *obj
		if ct.Judge.Initials {
			judge = newObj("required", []string{"initials"})
		} else {
			judge = newObj()
		}
		out = append(out, newObj("if", when, "then", newObj("properties", newObj(
			"number", number,
			"judge", judge,
			"division", division,
			"filing", newObj("properties", newObj("caption", newObj("properties", newObj("related", related, "related+", related)))),
		))))
	}
	return out
}

// countyRules check a state court's county, whose name is required, and
// the case number's form in each county that has one.
func (b *schemaBuilder) countyRules(ct *court.Court) *obj {
	var names []string
	var forms []any
	for _, k := range ct.Counties {
		names = append(names, caseless(k.Name))
		if k.Number != "" {
			forms = append(forms, newObj("if", newObj("required", []string{"county"}, "properties", newObj("county", newObj("pattern", "^"+caseless(k.Name)+"$"))),
				"then", newObj("properties", newObj("number", newObj("pattern", "^(?:"+k.Number+")$")))))
		}
	}
	judge := newObj()
	if ct.Judge.Department {
		judge = newObj("required", []string{"department"})
	}
	then := newObj("required", []string{"county"}, "properties", newObj(
		"county", newObj("pattern", "^(("+strings.Join(names, ")|(")+"))$"),
		"judge", judge,
		"division", newObj("const", "")))
	if len(forms) > 0 {
		then = newObj("allOf", append([]any{then}, forms...))
	}
	when := newObj("required", []string{"court"}, "properties", newObj("court", newObj("const", ct.Name)))
	return newObj("if", when, "then", then)
}

// caseless is a pattern of s that matches it in any case.
func caseless(s string) string {
	var out strings.Builder
	for _, r := range s {
		lo, up := unicode.ToLower(r), unicode.ToUpper(r)
		switch {
		case lo != up:
			fmt.Fprintf(&out, "[%c%c]", up, lo)
		default:
			out.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return out.String()
}

// complete is what a mapping must hold once it is whole: given in a list,
// or in a file that names no shared case file. It requires the keys the
// required tags name, and of the nested mappings theirs, and refuses the
// KEY+ keys, which only add to a shared file's lists.
func (b *schemaBuilder) complete(t reflect.Type) *obj {
	o := newObj()
	var req []string
	props := newObj()
	for _, fi := range fieldsOf(t) {
		if fi.required {
			req = append(req, fi.name)
		}
		if st, ok := structOf(t.Field(fi.index).Type); ok {
			if sub := b.complete(st); sub.len() > 0 {
				props.set(fi.name, sub)
			}
		}
	}
	if len(req) > 0 {
		o.set("required", req)
	}
	if b.merging[t] && b.appends[t] {
		o.set("propertyNames", newObj("not", newObj("pattern", appendKey)))
	}
	switch t {
	case reflect.TypeFor[Filing]():
		b.completeFiling(o)
	case reflect.TypeFor[Service]():
		// Only a certificate of electronic filing goes without the list of
		// who was served, and only it lists no one.
		o.put("if", newObj("properties", newObj("method", newObj("type", "string", "pattern", `^\s*(`+ServiceMethods()[0]+`)?\s*$`))),
			"then", newObj("properties", newObj("served", newObj("maxItems", 0))),
			"else", newObj("required", []string{"served"}, "properties", newObj("served", newObj("minItems", 1))))
	}
	if props.len() > 0 {
		o.set("properties", props)
	}
	return o
}

// completeFiling adds what a whole filing must hold: a date unless it is
// a draft, and the keys its type requires.
func (b *schemaBuilder) completeFiling(o *obj) {
	o.put("if", newObj("required", []string{"draft"}, "properties", newObj("draft", newObj("const", true))),
		"else", newObj("required", []string{"date"}))
	// A topic must have a text, unless positions files give it one.
	rules := []any{newObj("if", newObj("not", newObj("required", []string{"positions"})),
		"then", newObj("properties", newObj("topics", newObj("additionalProperties", ref("topic-text")))))}
	for _, name := range builtinNames() {
		ft := builtinType(name)
		then := newObj()
		var req []string
		for _, k := range ft.Keys {
			if k.Required {
				req = append(req, k.Name)
			}
		}
		if ft.Statement {
			req = append(req, "conference")
			then.set("anyOf", []any{newObj("required", []string{"topics"}), newObj("required", []string{"positions"})})
			then.set("properties", newObj("conference", newObj("required", []string{"date", "time"})))
		}
		if name == CMCStatement {
			req = append(req, "filed_by")
		}
		if len(req) > 0 {
			then.set("required", req)
		}
		if then.len() > 0 {
			rules = append(rules, newObj("if", typeIs(name), "then", then))
		}
	}
	if len(rules) > 0 {
		o.set("allOf", rules)
	}
}

// typeIs is true of a filing of that type.
func typeIs(name string) *obj {
	return newObj("required", []string{"type"}, "properties", newObj("type", newObj("const", name)))
}

// filingTypes are the rules of the filing types: the keys each adds, and
// the keys of every filing that some do not take. A filing that names no
// type (its shared case file does) may give any type's keys.
func (b *schemaBuilder) filingTypes(path string) (rules []any, appends []string) {
	union := newObj()
	for _, name := range builtinNames() {
		ft := builtinType(name)
		sec := b.section(path+" ("+name+")", fmt.Sprintf("`%s` of type `%s`", path, name),
			fmt.Sprintf("%s Title: %q. Signed by %s.", ft.About, ft.Title, signersWords[ft.Signers])+typeRefusals(ft, len(ft.Keys) == 0))
		props := newObj()
		for _, k := range ft.Keys {
			s, label := b.keyValue(k)
			ex := keyExample(k)
			prop := newObj("description", sentence(k.About)).with(s.pairs()...)
			if ex != nil {
				prop.set("examples", []any{ex})
			}
			props.set(k.Name, prop)
			req, def := "", ""
			if k.Required {
				req = "yes"
			}
			if k.Kind == KindBool {
				prop.set("default", false)
				def = "`false`"
			}
			sec.Rows = append(sec.Rows, keyRow{Path: path + "." + k.Name, Type: label, Required: req, Default: def, Desc: sentence(k.About), Example: exampleText(ex)})
			if k.Kind == KindTextList || k.Kind == KindMarkdownList || k.Kind == KindTable {
				props.set(k.Name+"+", b.appendProp(k.Name, s))
				sec.Rows = append(sec.Rows, appendRow(path+"."+k.Name, label))
				appends = append(appends, k.Name)
			}
		}
		for _, k := range props.keys {
			if u, ok := union.vals[k]; ok && !sameJSON(u, props.vals[k]) {
				union.set(k, newObj("description", "A key of more than one filing type.", "anyOf", []any{u, props.vals[k]}))
			} else {
				union.set(k, props.vals[k])
			}
		}
		if !ft.Statement {
			props.set("topics", false)
			props.set("positions", false)
		}
		if name != CMCStatement {
			props.set("reason", false)
		}
		if ft.Signers != "filer" {
			props.set("filed_by", false)
		}
		if ft.Order != "proposed" {
			props.set("order", false)
			props.set("proposed_order", newObj("const", false))
		}
		then := newObj("properties", props)
		deps := newObj()
		for _, k := range ft.Keys {
			if _, ok := props.vals[k.Name+"+"]; ok {
				deps.set(k.Name+"+", newObj("not", newObj("required", []string{k.Name})))
			}
		}
		if deps.len() > 0 {
			then.set("dependentSchemas", deps)
		}
		rules = append(rules, newObj("if", typeIs(name), "then", then))
	}
	rules = append(rules, newObj("if", newObj("not", newObj("required", []string{"type"})), "then", newObj("properties", union)))
	return rules, appends
}

// sameJSON reports whether two values write the same JSON.
func sameJSON(a, b any) bool {
	x, err1 := marshalJSON(a)
	y, err2 := marshalJSON(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// keyValue is the schema of a filing type's key, by its kind.
func (b *schemaBuilder) keyValue(k KeySpec) (*obj, string) {
	switch k.Kind {
	case KindText:
		return b.text(), "text"
	case KindMarkdown:
		return b.markdown(), "Markdown"
	case KindDate:
		return b.date(), "date (YYYY-MM-DD)"
	case KindBool:
		return newObj("type", "boolean"), "true | false"
	case KindTextList:
		return newObj("type", "array", "items", b.text()), "list of text"
	case KindMarkdownList:
		return newObj("type", "array", "items", b.markdown()), "list of Markdown"
	case KindTable:
		n := len(k.Columns)
		row := newObj("type", "array", "items", b.text(), "minItems", n, "maxItems", n)
		return newObj("type", "array", "items", row), fmt.Sprintf("table: rows of %d cells (%s)", n, strings.Join(k.Columns, ", "))
	case KindParty:
		return b.partyID(), "party id"
	}
	b.fail("filing type key %s has no kind the schema knows: %q", k.Name, k.Kind)
	return newObj(), ""
}

// keyExample is a type key's example, read as YAML.
func keyExample(k KeySpec) any {
	if k.Example == "" {
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(k.Example), &doc); err != nil || len(doc.Content) == 0 {
		return k.Example
	}
	return yamlJSON(doc.Content[0])
}

// yamlJSON converts a YAML node to the value JSON would give it, as an
// editor that checks YAML against a JSON Schema sees it: a date is its
// text, as the decoder reads it; a number stays a number.
func yamlJSON(n *yaml.Node) any {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return yamlJSON(n.Content[0])
	case yaml.AliasNode:
		return yamlJSON(n.Alias)
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = yamlJSON(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		out := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			out = append(out, yamlJSON(c))
		}
		return out
	}
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var v bool
		if n.Decode(&v) == nil {
			return v
		}
	case "!!int":
		var v int64
		if n.Decode(&v) == nil {
			return json.Number(strconv.FormatInt(v, 10))
		}
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
	}
	return n.Value
}

// exampleText writes an example for the reference.
func exampleText(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return "`" + s + "`"
	}
	b, err := marshalJSON(v)
	if err != nil {
		return ""
	}
	return "`" + string(b) + "`"
}

// fieldMeta is what the reference says of a field besides its type.
type fieldMeta struct {
	desc     string
	def      any
	hasDef   bool
	examples []any
	required string
}

// set adds the default and the examples to a property.
func (m fieldMeta) set(prop *obj) {
	if m.hasDef {
		prop.set("default", m.def)
	}
	if len(m.examples) > 0 {
		prop.set("examples", m.examples)
	}
}

// row is the field's row of the reference.
func (m fieldMeta) row(path, label string) keyRow {
	r := keyRow{Path: path, Type: label, Required: m.required, Desc: m.desc}
	if m.hasDef {
		r.Default = exampleText(m.def)
	}
	var ex []string
	for _, e := range m.examples {
		ex = append(ex, exampleText(e))
	}
	r.Example = strings.Join(ex, ", ")
	return r
}

// meta is what the reference says of a field: its Go comment (or the
// description fieldDocs gives, or its type's), its default and examples.
func (b *schemaBuilder) meta(owner reflect.Type, f reflect.StructField, fi fieldInfo) fieldMeta {
	id := owner.Name() + "." + f.Name
	desc, quoted := splitExamples(b.docs.field(owner.Name(), f.Name))
	if d, ok := fieldDocs[id]; ok {
		desc = d
	}
	if desc == "" {
		desc = b.typeDoc(f.Type)
	}
	if desc == "" {
		b.fail("%s has no comment to describe it: give it one, or an entry in fieldDocs", id)
	}
	m := fieldMeta{desc: sentence(keysForNames(desc, owner))}
	if fi.required {
		m.required = "yes"
	}
	if r, ok := requiredNotes()[id]; ok {
		m.required = r
	}
	if d, ok := fieldDefaults()[id]; ok {
		m.def, m.hasDef = d, true
	} else if f.Type.Kind() == reflect.Bool {
		m.def, m.hasDef = false, true
	}
	switch ex, ok := fieldExamples()[id]; {
	case ok:
		m.examples = ex
	case len(quoted) > 0:
		for _, q := range quoted {
			m.examples = append(m.examples, q)
		}
	}
	if len(m.examples) == 0 {
		switch t := f.Type; {
		case t == reflect.TypeFor[Date]():
			m.examples = []any{"2021-07-14"}
		case t == reflect.TypeFor[CaseNumber]():
			m.examples = []any{"4:21-cv-02632"}
		}
	}
	if vals := b.valueDocs(f.Type); vals != "" && !mentionsAll(m.desc, f.Type) {
		m.desc += " " + vals
	}
	return m
}

// valueDocs says what each value of an enumeration means, from the
// constants' comments: "arabic: "1.", "2." …; roman: …".
func (b *schemaBuilder) valueDocs(t reflect.Type) string {
	var parts []string
	for _, v := range enumOrder(t) {
		if c := b.docs.consts[t.Name()][v]; c != "" {
			parts = append(parts, v+": "+c)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Values: " + strings.Join(parts, "; ") + "."
}

// enumOrder lists an enumeration's values in the order of its constants.
func enumOrder(t reflect.Type) []string {
	switch t {
	case reflect.TypeFor[Numbering]():
		return []string{string(Arabic), string(Roman)}
	case reflect.TypeFor[Spacing]():
		return []string{string(Single), string(Double)}
	case reflect.TypeFor[CounselBlock]():
		return []string{string(FilerSide), string(BothSides)}
	case reflect.TypeFor[SignatureStyle]():
		return []string{string(PlainSignature), string(FirmSignature)}
	case reflect.TypeFor[DateStyle]():
		return []string{string(LongDate), string(ShortDate), string(NumericDate)}
	case reflect.TypeFor[SignatureDates]():
		return []string{string(DatedAbove), string(DatedBeside)}
	}
	return nil
}

// mentionsAll reports whether a description names every value of its
// enumeration already.
func mentionsAll(desc string, t reflect.Type) bool {
	for _, v := range enumOrder(t) {
		if !strings.Contains(desc, `"`+v+`"`) {
			return false
		}
	}
	return true
}

// typeDoc is the doc of a type of the package, without its leading name:
// "Judge is the judge the case is assigned to." → "The judge the case is
// assigned to."
func (b *schemaBuilder) typeDoc(t reflect.Type) string {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.PkgPath() != reflect.TypeFor[Case]().PkgPath() {
		return ""
	}
	d := b.docs.types[t.Name()]
	for _, verb := range []string{" is ", " are ", " holds "} {
		if rest, ok := strings.CutPrefix(d, t.Name()+verb); ok {
			return sentence(rest)
		}
	}
	return d
}

// keysForNames writes the Go names of a struct's fields that a comment
// uses as their keys: "ProSe marks …" → "`pro_se` marks …". A name is
// replaced where it starts the comment, and wherever it is written in
// CamelCase.
func keysForNames(desc string, owner reflect.Type) string {
	for _, fi := range fieldsOf(owner) {
		name := owner.Field(fi.index).Name
		key := "`" + fi.name + "`"
		if rest, ok := strings.CutPrefix(desc, name+" "); ok {
			desc = key + " " + rest
		}
		if camel(name) {
			desc = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(desc, key)
		}
	}
	return desc
}

// camel reports whether a name has a capital inside it.
func camel(name string) bool {
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// sentence begins a text with a capital and ends it with a period.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "?") {
		s += "."
	}
	return s
}

// sideWords names a side in words: "third-party defendants".
func sideWords(s Side) string {
	return strings.Replace(strings.ReplaceAll(string(s), "_", " "), "third party", "third-party", 1)
}

// typeRefusals says which keys of every filing a type does not take.
func typeRefusals(ft *FilingType, noKeys bool) string {
	var refused []string
	if !ft.Statement {
		refused = append(refused, "topics", "positions")
	}
	if ft.Name != CMCStatement {
		refused = append(refused, "reason")
	}
	if ft.Signers != "filer" {
		refused = append(refused, "filed_by")
	}
	if ft.Order != "proposed" {
		refused = append(refused, "order", "proposed_order: true")
	}
	out := ""
	if len(refused) > 0 {
		out = " It does not take " + strings.Join(refused, ", ") + "."
	}
	if noKeys {
		out += " It adds no keys of its own."
	}
	return out
}
