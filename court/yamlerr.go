package court

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"pleadgen/internal/yamlline"
)

// placeYAMLError gives an error of the YAML library about a court file at
// the line and column it concerns, as "file:line:col: message" on one
// line: the library names a line, or none, and lists a decoding's errors
// on lines of their own. root, when not nil, is the parsed document, whose
// nodes give the column.
func placeYAMLError(file string, data []byte, root *yaml.Node, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, ok := strings.Cut(rest, ": "); ok {
			if l, err := strconv.Atoi(n); err == nil {
				line, msg = yamlline.Of(l, after), after
			}
		}
	}
	col := 1
	switch {
	case line > 0:
		col = columnAt(data, root, line, msg)
	case !utf8.Valid(data):
		line, col = badUTF8(data)
	default:
		line = 1
	}
	return fmt.Errorf("%s:%d:%d: %s", file, line, col, msg)
}

// columnAt returns the column on line of the node msg quotes (`value`),
// or of the first node there, or of the line's first character.
func columnAt(data []byte, root *yaml.Node, line int, msg string) int {
	quoted := ""
	if i := strings.IndexByte(msg, '`'); i >= 0 {
		if j := strings.IndexByte(msg[i+1:], '`'); j >= 0 {
			quoted = msg[i+1 : i+1+j]
		}
	}
	col := 0
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil {
			return
		}
		if n.Line == line && (col == 0 || quoted != "" && quotes(quoted, n.Value)) {
			col = n.Column
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
	if col > 0 {
		return col
	}
	lines := bytes.Split(data, []byte("\n"))
	if line <= len(lines) {
		return len(lines[line-1]) - len(bytes.TrimLeft(lines[line-1], " ")) + 1
	}
	return 1
}

// badUTF8 returns the line and column of the first byte of data that is
// not UTF-8.
func badUTF8(data []byte) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return line, col
}

// quotes reports whether a value the library quoted is value: whole, or
// cut short and ended with "..." as the library cuts a long one.
func quotes(quoted, value string) bool {
	if short, ok := strings.CutSuffix(quoted, "..."); ok && len(value) > len(short) {
		return strings.HasPrefix(value, short)
	}
	return value == quoted
}
