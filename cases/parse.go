package cases

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"pleadgen/internal/regular"
	"pleadgen/internal/yamlline"
)

// maxSize is the largest case file read.
const maxSize = 10 << 20

// Parse decodes and validates a case file's bytes; file names it in
// messages, and the files it includes are read relative to it.
// It returns the case (nil when there are errors), the warnings, and an
// Errors value holding every error found.
func Parse(file string, data []byte) (*Case, []Problem, error) {
	return ReadBytes(file, data, Options{}).Decode()
}

// Load reads the case file at path and parses it.
func Load(path string) (*Case, []Problem, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	return Parse(path, data)
}

// ReadFile reads a case file's bytes, no more than one byte past the
// largest case file: enough for Parse to refuse one too large. Only a
// regular file is read (see package regular).
func ReadFile(path string) ([]byte, error) {
	data, err := regular.Read(path, maxSize)
	if err != nil {
		return nil, ReadError(path, err)
	}
	return data, nil
}

// ReadError describes a case file that cannot be read: "case.yaml: cannot
// read the case file: no such file or directory".
func ReadError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: cannot read the case file: %w", path, err)
}

// parseYAML parses data into the case file's top mapping, or reports why it
// cannot and returns nil.
func (d *decoder) parseYAML(data []byte) (root *yaml.Node) {
	start := Pos{Line: 1, Col: 1}
	if len(data) > maxSize {
		d.add(start, "", d.kind()+" is larger than 10 MB")
		return nil
	}
	// The parser skips a byte order mark; so do the line counts here.
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if off, msg, bad := badText(data); bad {
		d.add(posAt(data, off), "", msg)
		return nil
	}
	if off := prescan(data, maxNodes); off >= 0 {
		d.add(posAt(data, off), "", fmt.Sprintf("too many nodes (limit %d): %s holds far fewer", maxNodes, d.aKind()))
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			d.add(start, "", fmt.Sprintf("cannot parse the YAML: %v", r))
			root = nil
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.add(start, "", d.kind()+" is empty")
		} else {
			d.syntaxError(data, err)
		}
		return nil
	}
	if err := dec.Decode(&next); err == nil {
		d.add(d.nodePos(&next), "", d.aKind()+" holds one YAML document; found a second one")
	} else if !errors.Is(err, io.EOF) {
		d.syntaxError(data, err)
	}
	return d.topMapping(&doc)
}

// kind names the file a decoder reads, for its problems: "case file",
// unless it is a file the case file includes, or a filing type's.
func (d *decoder) kind() string {
	if d.what == "" {
		return "case file"
	}
	return d.what
}

// mappingOf says what the file's top level must be, before what it is.
func (d *decoder) mappingOf() string {
	if d.what == "" {
		return "a case file is a mapping of keys (court, number, judge, …), got "
	}
	return d.aKind() + " is a mapping of keys, got "
}

// aKind is kind with its article.
func (d *decoder) aKind() string {
	if k := d.kind(); strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + k
	}
	return "a " + d.kind()
}

// topMapping returns the document's content if it is a mapping.
func (d *decoder) topMapping(doc *yaml.Node) *yaml.Node {
	start := Pos{Line: 1, Col: 1}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.add(start, "", d.kind()+" is empty")
		return nil
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		d.add(start, "", d.mappingOf()+describe(top))
		return nil
	}
	return top
}

// yamlLine matches the parser's "yaml: line N: message" errors.
var yamlLine = lazyRegexp(`(?s)^yaml: line ([0-9]+): (.*)$`)

// unknownAnchor matches the parser's error for an alias without its anchor.
var unknownAnchor = lazyRegexp(`(?s)^unknown anchor '(.*)' referenced$`)

// syntaxError reports a parser error at the first character of its line.
// An error without a line is on the first line.
func (d *decoder) syntaxError(data []byte, err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if m := yamlLine().FindStringSubmatch(err.Error()); m != nil {
		msg = m[2]
		line, _ = strconv.Atoi(m[1])
		line = yamlline.Of(line, msg)
	}
	if e, ok := explain(splitLines(data), line, msg); ok {
		d.add(Pos{Line: e.line, Col: e.col}, "", e.msg)
		return
	}
	if m := unknownAnchor().FindStringSubmatch(msg); m != nil {
		if i := bytes.Index(data, []byte("*"+m[1])); i >= 0 {
			d.add(posAt(data, i), "", msg)
			return
		}
	}
	line = max(1, min(line, lineCount(data)))
	d.add(lineStart(data, line), "", msg)
}

// checkDepth reports nesting deeper than maxDepth once; it does not follow
// aliases, which the decoder counts instead.
func (d *decoder) checkDepth(n *yaml.Node, depth int) bool {
	if depth > maxDepth {
		d.add(d.nodePos(n), "", fmt.Sprintf("nesting deeper than %d levels", maxDepth))
		return false
	}
	for _, c := range n.Content {
		if !d.checkDepth(c, depth+1) {
			return false
		}
	}
	return true
}

// FileKind names the kind of a file that is not a regular file ("a FIFO",
// "a directory"), for errors, and is empty for a regular file.
func FileKind(m fs.FileMode) string { return regular.Kind(m) }
