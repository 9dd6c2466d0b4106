package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"pleadgen/cases"
	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// locate turns an error about the generated markup into one about the
// case file, when the fault lies in text the case file holds: a character
// the fonts lack is found where it stands, and a line of markup that
// cannot be set is found among the case file's lines. Other errors name
// the generated markup's line, as before.
func locate(path string, data []byte, generated string, c *cases.Case, err error) error {
	var ce *render.CharError
	if errors.As(err, &ce) {
		if line, col, ok := findRune(data, ce.Char); ok {
			return fmt.Errorf("%s:%d:%d: character %U %q is not in the embedded fonts; write it another way", path, line, col, ce.Char, ce.Char)
		}
	}
	var le *layout.Error
	if errors.As(err, &le) && le.Block == "caption" && c != nil {
		field, p := longerSide(c)
		return fmt.Errorf("%s:%d:%d: %s: %s", path, p.Line, p.Col, field, le.Msg)
	}
	line, msg := markupLine(err)
	if line == 0 {
		return err
	}
	if l, c, ok := findLine(data, sourceLine(generated, line)); ok {
		return fmt.Errorf("%s:%d:%d: %s", path, l, c, msg)
	}
	return err
}

// longerSide returns the side whose parties make the caption long, and
// where its list starts.
func longerSide(c *cases.Case) (string, cases.Pos) {
	field, ps := "plaintiffs", c.Plaintiffs
	if len(c.Defendants) > len(c.Plaintiffs) {
		field, ps = "defendants", c.Defendants
	}
	if len(ps) == 0 {
		return field, cases.Pos{Line: 1, Col: 1}
	}
	return field, ps[0].Pos
}

// markupLine returns the markup line an error names and its message.
func markupLine(err error) (int, string) {
	var me *markup.Error
	var le *layout.Error
	switch {
	case errors.As(err, &me):
		return me.Line, me.Msg
	case errors.As(err, &le):
		return le.Line, le.Msg
	}
	return 0, ""
}

// sourceLine returns line n (1-based) of the generated markup, without a
// run-in label the templates put before a side's statement.
func sourceLine(generated string, n int) string {
	lines := strings.Split(generated, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	l := strings.TrimSpace(lines[n-1])
	if strings.HasPrefix(l, "<u>") {
		if _, rest, ok := strings.Cut(l, "</u>"); ok {
			l = strings.TrimSpace(rest)
		}
	}
	return l
}

// findLine finds the first place in the case file that holds text, and
// returns its line and column.
func findLine(data []byte, text string) (int, int, bool) {
	if len(text) < 3 {
		return 0, 0, false // too short to be found with confidence
	}
	k := bytes.Index(data, []byte(text))
	if k < 0 {
		return 0, 0, false
	}
	p := cases.PosAt(data, k)
	return p.Line, p.Col, true
}

// findRune finds the first place r stands in the case file.
func findRune(data []byte, r rune) (int, int, bool) {
	k := bytes.IndexRune(data, r)
	if k < 0 {
		return 0, 0, false
	}
	p := cases.PosAt(data, k)
	return p.Line, p.Col, true
}
