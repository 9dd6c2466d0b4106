package cases

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"pleadgen/court"
)

// Limits that keep a hostile case file from exhausting memory or time.
const (
	maxNodes  = 100000 // nodes decoded, counting each use of an alias
	maxDepth  = 64     // nesting of mappings and sequences
	maxErrors = 1000   // errors reported before giving up
	// maxText bounds the bytes of text decoded, each use of an alias
	// counted: 100,000 uses of a 1 MB string would take hours to read.
	maxText = 32 << 20
)

// decoder walks a YAML node tree into Go values and collects every problem
// it meets on the way.
type decoder struct {
	file     string
	what     string // the kind of file read, when not a case file: "included file", "type file"
	problems []Problem
	pos      map[string]Pos  // where the value of each decoded field is
	errs     int             // errors among the problems
	failed   map[string]bool // fields with an error
	nodes    int             // nodes visited so far
	stopped  bool            // a limit was reached: decode no further
	textKind string          // what the field being decoded may hold besides one line: "", "markdown", "lines"
	// files names the file of each node that an included file holds;
	// via says, by file, through which key of which file it was read.
	files map[*yaml.Node]string
	via   map[string]string
	// unresolved are the entries whose ref could not be followed: the
	// ref's error says what they lack.
	unresolved map[*yaml.Node]bool
	// types are the filing types known, and rest the keys of filing:
	// left for its type.
	types     typeTable
	courts    *court.Set   // nil: the built-in courts
	court     *court.Court // the case's, once known
	rest      []restKey
	textBytes int // of the text decoded so far, see maxText
}

// selfDecoder is implemented by the types that read themselves from a node:
// dates, case numbers, sides and topics.
type selfDecoder interface {
	decodeYAML(d *decoder, n *yaml.Node, field string)
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, pos: make(map[string]Pos), failed: make(map[string]bool)}
}

// add records an error. After maxErrors errors it stops the decoding and
// says so.
func (d *decoder) add(p Pos, field, msg string) {
	if d.errs >= maxErrors {
		return
	}
	d.errs++
	d.failed[field] = true
	d.problems = append(d.problems, d.problem(p, field, msg))
	if d.errs == maxErrors {
		d.stopped = true
		msg := fmt.Sprintf("too many errors (limit %d): fix these first", maxErrors)
		d.problems = append(d.problems, Problem{File: d.file, Pos: valid(p), Message: msg})
	}
}

// warn records a warning.
func (d *decoder) warn(p Pos, field, msg string) {
	pr := d.problem(p, field, msg)
	pr.Warning = true
	d.problems = append(d.problems, pr)
}

// problem is a finding at p, in the file that holds p.
func (d *decoder) problem(p Pos, field, msg string) Problem {
	file := d.file
	if p.File != "" {
		file = p.File
	}
	return Problem{File: file, Pos: valid(p), Field: field, Message: msg, Via: d.via[p.File]}
}

// errorf records an error at node n.
func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	d.add(d.nodePos(n), field, fmt.Sprintf(format, args...))
}

// errorCount returns the number of errors so far, which tells whether a step
// found any.
func (d *decoder) errorCount() int { return d.errs }

// nodePos is where node n is, in the file that holds it.
func (d *decoder) nodePos(n *yaml.Node) Pos {
	return Pos{Line: n.Line, Col: n.Column, File: d.files[n]}
}

// valid makes sure a position points into its file.
func valid(p Pos) Pos { return Pos{Line: max(p.Line, 1), Col: max(p.Col, 1), File: p.File} }

// join appends a key to a field path.
func join(field, key string) string {
	if field == "" {
		return key
	}
	return field + "." + key
}

// visit follows an alias and counts the node against the limit. It returns
// nil when decoding must stop.
func (d *decoder) visit(n *yaml.Node, field string) *yaml.Node {
	if d.stopped {
		return nil
	}
	d.nodes++
	if d.nodes > maxNodes {
		d.stopped = true
		d.errorf(n, field, "too many aliases or nodes (limit %d)", maxNodes)
		return nil
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

// decodeValue decodes node n into v, which must be addressable.
func (d *decoder) decodeValue(v reflect.Value, n *yaml.Node, field string) {
	if d.stopped {
		return
	}
	d.pos[field] = d.nodePos(n)
	if n = d.visit(n, field); n != nil {
		d.decodeNode(v, n, field)
	}
}

// decodeNode decodes a node that is not an alias.
func (d *decoder) decodeNode(v reflect.Value, n *yaml.Node, field string) {
	if sd, ok := v.Addr().Interface().(selfDecoder); ok {
		sd.decodeYAML(d, n, field)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(v, n, field)
	case reflect.String:
		if s, ok := d.text(n, field, "a string"); ok && d.oneLine(n, field, s) {
			if d.textKind == "" {
				s = strings.TrimRight(s, lineBreaks) // a block scalar's last line break
			} else {
				s = newlines(s)
			}
			v.SetString(s)
		}
	case reflect.Bool:
		d.decodeBool(v, n, field)
	case reflect.Int:
		d.decodeInt(v, n, field)
	case reflect.Slice:
		d.decodeSlice(v, n, field)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		before := d.errorCount()
		d.decodeNode(p.Elem(), n, field)
		if d.errorCount() == before {
			v.Set(p)
		}
	default:
		d.errorf(n, field, "cannot decode into %s", v.Type())
	}
}

// text returns the literal text of a scalar that can stand for a string:
// numbers and dates count, null and booleans do not. A character the file
// may not hold is refused here too when an escape wrote it ("\u0007").
func (d *decoder) text(n *yaml.Node, field, want string) (string, bool) {
	if n.Kind == yaml.ScalarNode {
		switch n.ShortTag() {
		case "!!str", "!!int", "!!float", "!!timestamp":
			if d.textBytes += len(n.Value); d.textBytes > maxText {
				d.stopped = false
				d.errorf(n, field, "the file's text, with every alias spelled out, passes %d MB: an alias is used too often", maxText>>20)
				d.stopped = true
				return "", false
			}
			if r, ok := controlIn(n.Value); ok {
				d.errorf(n, field, "control character %U is not allowed", r)
				return "", false
			}
			return n.Value, true
		}
	}
	d.errorf(n, field, "expected %s, got %s", want, describe(n))
	return "", false
}

// decodeBool accepts only YAML booleans.
func (d *decoder) decodeBool(v reflect.Value, n *yaml.Node, field string) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		if b, err := strconv.ParseBool(n.Value); err == nil {
			v.SetBool(b)
			return
		}
	}
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		d.errorf(n, field, "expected true or false, got %q", clip(n.Value))
		return
	}
	d.errorf(n, field, "expected true or false, got %s", describe(n))
}

// decodeInt accepts only YAML integers that fit an int.
func (d *decoder) decodeInt(v reflect.Value, n *yaml.Node, field string) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		d.errorf(n, field, "expected a whole number, got %s", describe(n))
		return
	}
	var i int
	switch tag := n.ShortTag(); {
	case tag == "!!int" && n.Decode(&i) == nil:
		v.SetInt(int64(i))
	case (tag == "!!int" || tag == "!!float") && isDigits(strings.TrimLeft(n.Value, "+-")):
		// The parser reads an integer too large for 64 bits as a float.
		d.errorf(n, field, "number %s is too large", clip(n.Value))
	default:
		d.errorf(n, field, "expected a whole number, got %q", clip(n.Value))
	}
}

// isDigits reports whether s is a nonempty run of digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// decodeSlice decodes a sequence item by item.
func (d *decoder) decodeSlice(v reflect.Value, n *yaml.Node, field string) {
	if n.Kind != yaml.SequenceNode {
		hint := ""
		if n.Kind == yaml.MappingNode && len(n.Content) > 0 && strings.HasPrefix(n.Content[0].Value, "-") {
			hint = fmt.Sprintf(" (a list item needs a space after its dash: \"- %s\")", clip(strings.TrimPrefix(n.Content[0].Value, "-")))
		}
		d.errorf(n, field, "expected a sequence, got %s%s", describe(n), hint)
		return
	}
	// The slice grows item by item: a sequence too long to decode stops
	// at the node limit before it takes much memory.
	s := reflect.MakeSlice(v.Type(), 0, min(len(n.Content), 16))
	for i, item := range n.Content {
		if d.stopped {
			return
		}
		s = reflect.Append(s, reflect.Zero(v.Type().Elem()))
		d.decodeValue(s.Index(i), item, fmt.Sprintf("%s[%d]", field, i))
	}
	v.Set(s)
}

// isNull reports whether n is a null scalar (~, null or nothing at all).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// describe names what a node is, for "expected …, got …" messages.
func describe(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a sequence"
	case n.Kind != yaml.ScalarNode:
		return "an alias"
	}
	switch tag := n.ShortTag(); tag {
	case "!!null":
		return "null"
	case "!!bool":
		return "a boolean"
	case "!!int", "!!float":
		return "a number"
	case "!!str":
		return "a string"
	case "!!timestamp":
		return "a date"
	case "!!binary":
		return "binary data"
	default:
		return "a value tagged " + clip(strings.TrimSpace(tag))
	}
}

// oneLine reports whether a string may stand where it is: prose holds
// any text; the lines of an entry and every other field hold no line that
// starts as a conformed signature does; every other field is one line.
func (d *decoder) oneLine(n *yaml.Node, field, s string) bool {
	if d.textKind == "markdown" {
		return true
	}
	if d.textKind == "" && strings.ContainsAny(strings.TrimRight(s, lineBreaks), lineBreaks) {
		msg := "this field holds one line: write it without a line break"
		if strings.HasSuffix(field, "]") {
			msg = "each entry of this list is one line: give each line as an entry of its own"
		}
		d.errorf(n, field, "%s", msg)
		return false
	}
	if LooksSigned(s) {
		d.errorf(n, field, "%q holds what reads as a conformed signature (\"/s/\"): pleadgen prints the signatures itself", clip(strings.TrimSpace(s)))
		return false
	}
	return true
}

// lineBreaks are the characters that end a line, in YAML and in markup.
const lineBreaks = "\r\n\u0085\u2028\u2029"

// newlines writes every line break of a text that holds lines as "\n":
// CR LF, CR, NEL and the Unicode line and paragraph separators, which a
// double-quoted YAML string may hold, end a line as "\n" does.
func newlines(s string) string {
	// A search for each, not ContainsAny, which decodes s rune by rune:
	// this runs on every text of the case file.
	if strings.IndexByte(s, '\r') < 0 && !strings.Contains(s, "\u0085") && !strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") {
		return s
	}
	return breakReplacer.Replace(s)
}

var breakReplacer = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")
