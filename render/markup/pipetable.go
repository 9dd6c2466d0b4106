package markup

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	gparser "github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Pipe tables, as GitHub Flavored Markdown writes them:
//
//	| Event | Date  |
//	|:------|------:|
//	| Trial | May 1 |
//
// A paragraph with a delimiter row after its first line (cells of dashes,
// each with an optional colon at either end for its column's alignment)
// becomes a table from the line before that row, the header row, to the
// paragraph's end, as long as the header row has no more cells than the
// delimiter row: every line after the delimiter row is a body row. A row
// with fewer cells than the table has columns is padded with empty ones;
// a body row's cells past the last column are left out (tableCells
// refuses such a row). The lines before the header row stay a paragraph.
// Cells are separated by "|"; "\|" is a pipe inside a cell, in a code
// span too. The nodes are goldmark's table nodes (extension/ast), which
// declare types only.

// pipeTables turns paragraphs holding a delimiter row into tables.
type pipeTables struct{}

// Transform replaces the lines of para from the header row on with a
// table after it, when the first of its lines after the first that is a
// delimiter row follows a header row with no more cells than it has
// columns; para goes when no line is left in it.
func (pipeTables) Transform(para *ast.Paragraph, reader text.Reader, pc gparser.Context) {
	lines := para.Lines()
	src := reader.Source()
	for i := 1; i < lines.Len(); i++ {
		delimiter := lines.At(i)
		aligns := delimiterRow(delimiter.Value(src))
		if aligns == nil {
			continue
		}
		header := tableRow(lines.At(i-1), aligns, true, src, pc)
		if header.ChildCount() != len(aligns) {
			return
		}
		table := east.NewTable()
		table.Alignments = aligns
		table.SetPos(para.Pos())
		table.AppendChild(table, east.NewTableHeader(header))
		for j := i + 1; j < lines.Len(); j++ {
			table.AppendChild(table, tableRow(lines.At(j), aligns, false, src, pc))
		}
		parent := para.Parent()
		parent.InsertAfter(parent, para, table)
		keepLines(para, i-1, src)
		return
	}
}

// keepLines cuts para down to its first n lines, without the line end of
// the last, or removes it when n is 0.
func keepLines(para *ast.Paragraph, n int, src []byte) {
	lines := para.Lines()
	lines.SetSliced(0, n)
	if n == 0 {
		para.Parent().RemoveChild(para.Parent(), para)
		return
	}
	last := lines.At(n - 1)
	if last.Stop > last.Start && src[last.Stop-1] == '\n' {
		last.Stop--
	}
	lines.Set(n-1, last)
}

// delimiterRow returns the column alignments a delimiter row gives, or
// nil when line is not one: indented at most three columns, it holds
// nothing but pipes, colons, dashes and white space, not dashes alone,
// and each cell between its pipes is ":---", ":---:", "---:" or "---",
// with white space around.
func delimiterRow(line []byte) []east.Alignment {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return nil
	}
	dashesOnly := true
	for _, c := range line {
		if c != '-' {
			dashesOnly = false
		}
		if c != '-' && c != '|' && c != ':' && !util.IsSpace(c) {
			return nil
		}
	}
	if dashesOnly {
		return nil
	}
	cells := splitPipes(line)
	if len(cells) > 0 && util.IsBlank(cells[0]) {
		cells = cells[1:]
	}
	if len(cells) > 0 && util.IsBlank(cells[len(cells)-1]) {
		cells = cells[:len(cells)-1]
	}
	var aligns []east.Alignment
	for _, c := range cells {
		a, ok := delimiterAlign(c)
		if !ok {
			return nil
		}
		aligns = append(aligns, a)
	}
	return aligns
}

// splitPipes returns the pieces of line between its pipes, every pipe
// counted.
func splitPipes(line []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range line {
		if c == '|' {
			out = append(out, line[start:i])
			start = i + 1
		}
	}
	return append(out, line[start:])
}

// delimiterAlign reads one cell of a delimiter row: dashes, a colon at
// the left end for left alignment, at the right for right, at both for
// centring.
func delimiterAlign(cell []byte) (east.Alignment, bool) {
	cell = trimSpace(cell)
	left := len(cell) > 0 && cell[0] == ':'
	if left {
		cell = cell[1:]
	}
	right := len(cell) > 0 && cell[len(cell)-1] == ':'
	if right {
		cell = cell[:len(cell)-1]
	}
	if len(cell) == 0 {
		return 0, false
	}
	for _, c := range cell {
		if c != '-' {
			return 0, false
		}
	}
	switch {
	case left && right:
		return east.AlignCenter, true
	case left:
		return east.AlignLeft, true
	case right:
		return east.AlignRight, true
	}
	return east.AlignNone, true
}

// trimSpace returns b without the spaces, tabs and line ends around it.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && util.IsSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && util.IsSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

// tableRow reads the cells of a header or body row from its line. The
// pipes at the line's ends are optional. A body row keeps at most one
// cell per column and is padded with empty cells to one per column; a
// header row keeps all its cells, so that the caller can refuse one with
// too many.
func tableRow(seg text.Segment, aligns []east.Alignment, header bool, src []byte, pc gparser.Context) *east.TableRow {
	row := east.NewTableRow(aligns)
	row.SetPos(seg.Start)
	seg = seg.TrimLeftSpace(src)
	seg = seg.TrimRightSpace(src)
	line := seg.Value(src)
	start, end := 0, len(line)
	if end > 0 && line[0] == '|' {
		start++
	}
	if end > 0 && line[end-1] == '|' {
		end--
	}
	col := 0
	for ; start < end; col++ {
		align := east.AlignNone
		if col < len(aligns) {
			align = aligns[col]
		} else if !header {
			return row
		}
		stop, escapes := cellEnd(line, start, end)
		cell := east.NewTableCell()
		cell.Alignment = align
		content := text.NewSegment(seg.Start+start, seg.Start+stop)
		content = content.TrimLeftSpace(src)
		content = content.TrimRightSpace(src)
		cell.Lines().Append(content)
		cell.SetPos(content.Start)
		row.AppendChild(row, cell)
		if len(escapes) > 0 {
			for k := range escapes {
				escapes[k] += seg.Start
			}
			addEscapedPipes(pc, cell, escapes)
		}
		start = stop + 1
	}
	for ; col < len(aligns); col++ {
		row.AppendChild(row, east.NewTableCell())
	}
	return row
}

// cellEnd returns the index in line of the pipe that ends the cell
// starting at start, or end when none does; and the indexes of the
// backslashes before "\|" pipes after a backtick in the cell, which a
// code span there must lose.
func cellEnd(line []byte, start, end int) (int, []int) {
	var escapes []int
	backtick := false
	for i := start; i < end; i++ {
		switch line[i] {
		case '`':
			backtick = true
		case '|':
			if i == 0 || line[i-1] != '\\' {
				return i, escapes
			}
			if backtick {
				escapes = append(escapes, i-1)
			}
		}
	}
	return end, escapes
}
