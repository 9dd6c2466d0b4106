package markup

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// tableBlock reads a ::: table W1 W2 … block around one pipe table.
func (p *parser) tableBlock(n *directiveNode, line int) ([]Block, error) {
	var widths []float64
	borderless, headless := false, false
	keep := ""
	for _, a := range n.args {
		switch {
		case a == "borderless":
			borderless = true
			continue
		case a == "headless":
			headless = true
			continue
		case a == "keep" || strings.HasPrefix(a, "keep="):
			keep = a
			continue
		}
		w, ok := tableWidth(a)
		if !ok {
			return nil, p.errorf(line, 1, "a table block takes column proportions (positive numbers of up to six digits, such as 2, 1.5 or 25%%), borderless, headless and keep (or keep=ROWS, such as keep=2-4), not %q", a)
		}
		widths = append(widths, w)
	}
	t, ok := n.FirstChild().(*east.Table)
	if !ok || t.NextSibling() != nil {
		return nil, p.errorf(line, 1, "a table block holds one pipe table")
	}
	b, err := p.table(t, widths, line)
	if err != nil {
		return nil, err
	}
	b.Borderless = borderless
	if headless {
		// The header row is the table's first row: not bold, not repeated.
		b.Rows, b.Header = append([][]Cell{b.Header}, b.Rows...), nil
	}
	if keep != "" {
		k, msg := keptRows(keep, len(b.Rows))
		if msg != "" {
			return nil, p.errorf(line, 1, "%s", msg)
		}
		b.Keep = k
	}
	return []Block{b}, nil
}

// keptRows reads a table's keep option: "keep" keeps every row with the
// next, so that the table stays on one page when it fits on one;
// "keep=2-4,7" keeps rows 2 to 4 on one page, and row 7 with row 8. Rows
// count from 1, the header row aside (it always stays with the first).
func keptRows(opt string, rows int) ([]bool, string) {
	keep := make([]bool, rows)
	spec, ranged := strings.CutPrefix(opt, "keep=")
	if !ranged {
		for i := 0; i+1 < rows; i++ {
			keep[i] = true
		}
		return keep, ""
	}
	bad := func(why string) ([]bool, string) {
		return nil, fmt.Sprintf("table: keep=%s: %s (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)", spec, why)
	}
	for _, part := range strings.Split(spec, ",") {
		from, to, isRange := strings.Cut(part, "-")
		a, errA := strconv.Atoi(from)
		b := a
		var errB error
		if isRange {
			b, errB = strconv.Atoi(to)
		}
		switch {
		case errA != nil || errB != nil || !digits(from) || isRange && !digits(to):
			return bad(fmt.Sprintf("%q is not a row number or a range of them", part))
		case a < 1 || b < a:
			return bad(fmt.Sprintf("%q is not a range of rows from the first", part))
		case b > rows || !isRange && a >= rows:
			return bad(fmt.Sprintf("the table has %d rows", rows))
		}
		if !isRange {
			b = a + 1
		}
		for i := a; i < b; i++ {
			keep[i-1] = true
		}
	}
	return keep, ""
}

// tableWidth reads a column proportion: digits with at most one decimal
// point, six digits at most on either side, and an optional "%"; it must
// be more than zero. NaN, infinities, exponents and huge numbers are not
// proportions.
func tableWidth(s string) (float64, bool) {
	whole, frac, _ := strings.Cut(strings.TrimSuffix(s, "%"), ".")
	if !digits(whole) || !digits(frac) || whole+frac == "" {
		return 0, false
	}
	w, err := strconv.ParseFloat(whole+"."+frac+"0", 64)
	return w, err == nil && w > 0
}

// digits reports whether s is at most six ASCII digits.
func digits(s string) bool {
	if len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// tableCells converts a table row's cells. A body row with more cells than
// the table has columns is refused: goldmark drops the extra cells.
func (p *parser) tableCells(r ast.Node, columns int) ([]Cell, error) {
	if n := sourceCells(p.rowSource(r)); n > columns {
		return nil, p.errorf(p.lineAt(r.Pos()), 1, "a table row has %d cells, but the table has %d columns: add a column (a header cell and a delimiter) or join the cells", n, columns)
	}
	var cells []Cell
	for c := r.FirstChild(); c != nil; c = c.NextSibling() {
		runs, err := p.inlines(c)
		if err != nil {
			return nil, err
		}
		cells = append(cells, Cell(runs))
	}
	return cells, nil
}

// rowSource returns the source line of a table row.
func (p *parser) rowSource(r ast.Node) []byte {
	if r.Pos() < 0 || r.Pos() >= len(p.src) {
		return nil
	}
	line := p.src[r.Pos():]
	if end := bytes.IndexByte(line, '\n'); end >= 0 {
		line = line[:end]
	}
	return line
}

// sourceCells counts the cells of a pipe-table row's source line: the
// pieces between its "|" (not those escaped "\|"), without the pipes at
// its ends.
func sourceCells(line []byte) int {
	line = bytes.TrimSpace(line)
	line = bytes.TrimPrefix(line, []byte("|"))
	line = bytes.TrimSuffix(line, []byte("|"))
	n := 0
	for pos := 0; pos < len(line); n++ {
		end := pos
		for end < len(line) && (line[end] != '|' || (end > 0 && line[end-1] == '\\')) {
			end++
		}
		pos = end + 1
	}
	return n
}
