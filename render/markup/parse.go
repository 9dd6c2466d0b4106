package markup

import (
	"bytes"
	"fmt"
	"strings"
)

// Error is a problem in markup text, at a 1-based line and column.
type Error struct {
	Name      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.Name, e.Line, e.Col, e.Msg) }

// Parse reads markup text; name is used in error messages.
func Parse(name string, src []byte) (*Doc, error) {
	p := &parser{name: name, doc: &Doc{Meta: Meta{Profile: "cand"}}}
	if err := p.run(splitLines(src)); err != nil {
		return nil, err
	}
	return p.doc, nil
}

type parser struct {
	name string
	doc  *Doc
}

func (p *parser) errorf(line, col int, format string, args ...any) error {
	return &Error{Name: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)}
}

// splitLines splits src into lines without their line endings.
func splitLines(src []byte) []string {
	s := strings.ReplaceAll(string(bytes.TrimSuffix(src, []byte("\n"))), "\r\n", "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// run walks the lines, handing Markdown stretches to goldmark and
// directive blocks to their own readers.
func (p *parser) run(lines []string) error {
	start := 0
	for i := 0; i < len(lines); i++ {
		name, args, ok := directive(lines[i])
		if !ok {
			continue
		}
		if err := p.markdown(lines[start:i], start+1); err != nil {
			return err
		}
		end, err := p.directiveBlock(lines, i, name, args)
		if err != nil {
			return err
		}
		i, start = end, end+1
	}
	return p.markdown(lines[start:], start+1)
}

// directive recognises a "::: name args" line; a bare ":::" closes a block
// and is reported with an empty name.
func directive(line string) (name string, args []string, ok bool) {
	rest, found := strings.CutPrefix(strings.TrimRight(line, " \t"), ":::")
	if !found {
		return "", nil, false
	}
	f := strings.Fields(rest)
	if len(f) == 0 {
		return "", nil, true
	}
	return f[0], f[1:], true
}

// directiveBlock reads the directive opened at lines[i] and returns the
// index of its last line.
func (p *parser) directiveBlock(lines []string, i int, name string, args []string) (int, error) {
	line := i + 1
	switch name {
	case "":
		return 0, p.errorf(line, 1, "\":::\" closes no open block")
	case "pagebreak":
		if len(args) > 0 {
			return 0, p.errorf(line, 1, "pagebreak takes no options")
		}
		p.doc.Blocks = append(p.doc.Blocks, &PageBreak{Line: line})
		return i, nil
	}
	end := i + 1
	for end < len(lines) && !isClose(lines[end]) {
		if n, _, ok := directive(lines[end]); ok && n != "" {
			return 0, p.errorf(end+1, 1, "%q block opened on line %d is not closed before this one", name, line)
		}
		end++
	}
	if end == len(lines) {
		return 0, p.errorf(line, 1, "%q block is not closed with \":::\"", name)
	}
	return end, p.body(name, args, lines[i+1:end], line)
}

func isClose(line string) bool {
	n, _, ok := directive(line)
	return ok && n == ""
}

// body builds the block a directive names from its lines.
func (p *parser) body(name string, args []string, lines []string, line int) error {
	switch name {
	case "document":
		return p.meta(lines, line+1)
	case "caption":
		return p.caption(lines, line)
	case "counsel", "court", "signature", "lines":
		b, err := p.lineBlock(name, args, lines, line)
		if err != nil {
			return err
		}
		p.doc.Blocks = append(p.doc.Blocks, b)
		return nil
	}
	return p.errorf(line, 5, "unknown block %q (known: caption, counsel, court, document, lines, pagebreak, signature)", name)
}
