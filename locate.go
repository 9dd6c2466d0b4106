package pleadgen

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
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
// the generated markup's line, as before. A located error is a
// cases.Errors, so that every command reports it at its place.
func locate(path string, r *Result, err error) error {
	problem := func(p cases.Pos, field, msg string) cases.Problem {
		if r.Case != nil {
			return r.Case.ProblemAt(p, field, msg)
		}
		return cases.Problem{File: path, Pos: p, Field: field, Message: msg}
	}
	at := func(p cases.Pos, field, msg string) error {
		pr := problem(p, field, msg)
		pr.Err = err
		return cases.Errors{pr}
	}
	m := newSourceMap(r.Input, r.Markup, r.Origins)
	var ces render.CharErrors
	if errors.As(err, &ces) {
		if located := locateChars(m, ces, problem); len(located) > 0 {
			return located
		}
	}
	var le *layout.Error
	if errors.As(err, &le) && r.Case != nil {
		if field, p, ok := blockField(r.Case, le); ok {
			return at(p, field, le.Msg+advice(r.Case, le, field))
		}
	}
	line, msg := markupLine(err)
	if line == 0 {
		return err
	}
	if p, ok := m.pos(line); ok {
		return at(p, "", msg)
	}
	if l, c, ok := findLine(m.data, sourceLine(r.Markup, line)); ok {
		return at(cases.Pos{Line: l, Col: c}, "", msg)
	}
	return err
}

// locateChars places each character the fonts lack where the case file
// writes it: in the value printed on its markup line, past the place of
// the same character found before on that line, or else at its first
// place in the file. Those found nowhere are left out; when none is found
// the result is empty.
func locateChars(m *sourceMap, ces render.CharErrors, problem func(cases.Pos, string, string) cases.Problem) cases.Errors {
	var out cases.Errors
	seen := make(map[cases.Pos]bool)
	next := make(map[render.CharError]int) // where to look for the next of a line's character
	for _, ce := range ces {
		p, ok := cases.Pos{}, false
		if at, off, found := m.runeAt(ce.Line, ce.Char, next[*ce]); found {
			p, ok = at, true
			next[*ce] = off + 1
		} else if l, c, found := findRune(m.data, ce.Char); found {
			p, ok = cases.Pos{Line: l, Col: c}, true
		}
		if !ok || seen[p] {
			continue
		}
		seen[p] = true
		pr := problem(p, "", fmt.Sprintf("character %U %q is not in the embedded fonts; write it another way", ce.Char, ce.Char))
		pr.Err = ce
		out = append(out, pr)
	}
	slices.SortStableFunc(out, func(a, b cases.Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Pos.Line, b.Pos.Line), cmp.Compare(a.Pos.Col, b.Pos.Col))
	})
	return out
}

// advice says, in the case file's terms, how to make a refused block fit.
func advice(c *cases.Case, le *layout.Error, field string) string {
	switch {
	case le.Block == "footer" && field != "filing.document_id":
		return " (filing.footer_title)"
	case field == "filing.caption.related":
		return " (list fewer related cases under the number)"
	case le.Block == "caption" && !strings.HasPrefix(le.Msg, "page 1 cannot hold"):
		return " (caption.et_al: true names only the first party of each side)"
	case strings.HasPrefix(le.Msg, "page 1 cannot hold"):
		var ways []string
		if c.Filing.CounselBlock == cases.BothSides {
			ways = append(ways, "counsel_block: filer lists the filer's side only")
		}
		ways = append(ways, "only firms whose attorneys all sign can move to the signature page",
			"caption.et_al: true names only the first party of each side")
		return " (" + strings.Join(ways, "; ") + ")"
	}
	return ""
}

// blockField returns the key of the case file that makes a block the
// layout refused, and where it is: the longer party list for a caption
// too tall, the counsel list for a counsel block page 1 cannot hold, the
// document ID or the title for a footer it cannot hold.
func blockField(c *cases.Case, le *layout.Error) (string, cases.Pos, bool) {
	switch le.Block {
	case "caption":
		field, p := captionCulprit(c)
		return field, p, true
	case "counsel":
		if len(c.Counsel) > 0 {
			return "counsel", c.Counsel[0].Pos, true
		}
	case "footer":
		fields := []string{"filing.footer_title", "filing.title"}
		if strings.Contains(strings.ToLower(le.Msg), "document id") {
			fields = []string{"filing.document_id"}
		}
		for _, field := range fields {
			if p, ok := c.At(field); ok {
				return field, p, true
			}
		}
		return "filing", c.Filing.Pos, true
	}
	return "", cases.Pos{}, false
}

// captionCulprit returns what makes the caption long, and where it is:
// the related cases under the number, when the right column is the longer
// (about a line each, besides the title and the conference), else the
// longest party of the side with the most to say.
func captionCulprit(c *cases.Case) (string, cases.Pos) {
	right := len(c.Filing.Caption.Related) + 10
	left := 0
	for _, p := range c.AllParties() {
		left += (len(p.Name)+len(p.Description))/28 + 1
	}
	if right > left+4 {
		if p, ok := c.At("filing.caption.related"); ok {
			return "filing.caption.related", p
		}
	}
	return longerSide(c)
}

// longerSide returns the party that makes the caption long, the longest
// of the side with the most to say, and where it is.
func longerSide(c *cases.Case) (string, cases.Pos) {
	field, best, sideLen := "plaintiffs", cases.Pos{Line: 1, Col: 1}, -1
	for _, side := range cases.Sides() {
		total, longest, at := 0, -1, 0
		for i, p := range c.PartiesOf(side) {
			n := len(p.Name) + len(p.Description)
			total += n
			if n > longest {
				longest, at = n, i
			}
		}
		if longest >= 0 && total > sideLen {
			sideLen = total
			field, best = fmt.Sprintf("%s[%d]", side, at), c.PartiesOf(side)[at].Pos
		}
	}
	return field, best
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

// findRune finds the first place r stands in the case file, and returns
// its line and column.
func findRune(data []byte, r rune) (int, int, bool) {
	k := indexRune(data, r)
	if k < 0 {
		return 0, 0, false
	}
	p := cases.PosAt(data, k)
	return p.Line, p.Col, true
}

// indexRune returns the offset of the first place r stands in data: as
// itself, or written as a character reference ("&#128512;", "&#x1F600;")
// or a YAML escape ("\U0001F600", "\u00e9", "\x07"); or −1.
func indexRune(data []byte, r rune) int {
	k := bytes.IndexRune(data, r)
	if e := indexAnyFold(data, fmt.Sprintf("&#%d;", r), fmt.Sprintf("&#x%x;", r), fmt.Sprintf("&#x%04x;", r),
		fmt.Sprintf(`\U%08x`, r), fmt.Sprintf(`\u%04x`, r), fmt.Sprintf(`\x%02x`, r)); e >= 0 && (k < 0 || e < k) {
		k = e
	}
	return k
}

// markupWarnings turns warnings about the generated markup (a footnote
// nothing refers to) into warnings about the case file, found where the
// text stands in it, or else at the markup's line.
func markupWarnings(path string, r *Result, ws []*markup.Error) []cases.Problem {
	if len(ws) == 0 {
		return nil // most filings: no map to make
	}
	var out []cases.Problem
	m := newSourceMap(r.Input, r.Markup, r.Origins)
	for _, w := range ws {
		p := cases.Problem{File: w.Name, Pos: cases.Pos{Line: w.Line, Col: max(w.Col, 1)}, Message: w.Msg, Warning: true}
		if at, ok := m.pos(w.Line); ok {
			p = r.Case.ProblemAt(at, "", w.Msg)
			p.Warning = true
		} else if l, c, ok := findLine(m.data, sourceLine(r.Markup, w.Line)); ok {
			p.File, p.Pos = path, cases.Pos{Line: l, Col: c}
		}
		out = append(out, p)
	}
	return out
}

// indexAnyFold returns the first offset of any of the forms in data,
// ignoring case, or −1.
func indexAnyFold(data []byte, forms ...string) int {
	lower := bytes.ToLower(data)
	best := -1
	for _, f := range forms {
		if k := bytes.Index(lower, []byte(strings.ToLower(f))); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}
