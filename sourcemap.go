package pleadgen

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"pleadgen/cases"
	"pleadgen/templates"
)

// sourceMap leads from a line of the markup the templates made back to
// the case file: to the value printed there (see templates.Output), and
// within it to the line of the case file that holds that part.
type sourceMap struct {
	in      *cases.Input // the filing and the files it includes
	data    []byte       // the filing's own file
	markup  string
	origins []templates.Origin // by Start, as the templates printed them
	lines   []int              // the offset of each markup line
}

func newSourceMap(in *cases.Input, markup string, origins []templates.Origin) *sourceMap {
	m := &sourceMap{in: in, data: in.Files[0].Data, markup: markup, origins: origins, lines: []int{0}}
	for i := 0; i < len(markup); i++ {
		if markup[i] == '\n' {
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// origin returns the value printed on markup line n (1-based), the first
// if several are, and which of its lines is there.
func (m *sourceMap) origin(n int) (templates.Origin, int, bool) {
	if n < 1 || n > len(m.lines) {
		return templates.Origin{}, 0, false
	}
	start, end := m.lines[n-1], len(m.markup)
	if n < len(m.lines) {
		end = m.lines[n] - 1
	}
	i := sort.Search(len(m.origins), func(i int) bool { return m.origins[i].End > start })
	if i == len(m.origins) || m.origins[i].Start > end || m.origins[i].End == m.origins[i].Start {
		return templates.Origin{}, 0, false
	}
	o := m.origins[i]
	return o, strings.Count(m.markup[o.Start:max(o.Start, start)], "\n"), true
}

// at returns the file (empty for the filing's own) and the offset in it
// of the part of the value on markup line n.
func (m *sourceMap) at(n int) (string, int, bool) {
	o, k, ok := m.origin(n)
	if !ok {
		return "", 0, false
	}
	lines := strings.Split(o.Text, "\n")
	if k >= len(lines) {
		return "", 0, false
	}
	if o.At.Line == 0 { // a value the filing writes once, found by its words
		off, ok := find(m.data, lines[k], 0)
		return "", off, ok
	}
	data := m.dataOf(o.At.File)
	from := offsetOf(data, o.At)
	if from < len(data) && data[from] == '|' { // a literal block: its lines are the file's
		p := cases.LineStart(data, o.At.Line+1+k)
		return o.At.File, offsetOf(data, p), true
	}
	if off, ok := find(data, lines[k], from); ok {
		return o.At.File, off, true
	}
	return o.At.File, from, true
}

// dataOf is the bytes of a file the filing read: its own for "".
func (m *sourceMap) dataOf(file string) []byte {
	if file == "" {
		return m.data
	}
	return m.in.Data(file)
}

// find returns the offset of the first place from offset from on where
// data holds the start of text as written, or false when the text is too
// short to be found with confidence or is written another way (escaped,
// folded).
func find(data []byte, text string, from int) (int, bool) {
	words := strings.TrimSpace(text)
	if i := strings.IndexAny(words, "\\\"'&"); i >= 0 {
		words = words[:i]
	}
	if len(words) > 40 {
		words = words[:40]
	}
	if len(strings.TrimSpace(words)) < 3 || from > len(data) {
		return 0, false
	}
	k := bytes.Index(data[from:], []byte(words))
	if k < 0 {
		return 0, false
	}
	return from + k, true
}

// pos returns where in the filing's files the markup line n comes from.
func (m *sourceMap) pos(n int) (cases.Pos, bool) {
	file, off, ok := m.at(n)
	if !ok {
		return cases.Pos{}, false
	}
	p := cases.PosAt(m.dataOf(file), off)
	p.File = file
	return p, true
}

// runeAt returns where the filing's files write the character r that
// markup line n holds: the first place from that line's part of the
// value on, and from offset after on, past an earlier one of that line.
func (m *sourceMap) runeAt(n int, r rune, after int) (cases.Pos, int, bool) {
	file, off, ok := m.at(n)
	if !ok {
		return cases.Pos{}, 0, false
	}
	data := m.dataOf(file)
	off = max(off, after)
	k := indexRune(data[off:], r)
	if k < 0 {
		return cases.Pos{}, 0, false
	}
	p := cases.PosAt(data, off+k)
	p.File = file
	return p, off + k, true
}

// offsetOf returns the offset of a position in the case file, or its
// length when the position lies past its end.
func offsetOf(data []byte, p cases.Pos) int {
	line, col := 1, 1
	for i := 0; i < len(data); {
		if line == p.Line && col == p.Col {
			return i
		}
		if n := cases.BreakLen(data[i:]); n > 0 {
			if line == p.Line {
				return i // past the line's end: its end
			}
			line, col = line+1, 1
			i += n
			continue
		}
		_, n := utf8.DecodeRune(data[i:])
		col++
		i += n
	}
	return len(data)
}
