package markup

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// footnotes collects the footnote definitions goldmark gathered at the end.
// A note may hold any body block; see noteParas for how each is set.
func (p *parser) footnotes(fl *east.FootnoteList) error {
	for f := fl.FirstChild(); f != nil; f = f.NextSibling() {
		blocks, err := p.siblings(f.FirstChild(), 0, isBacklink)
		if err != nil {
			return err
		}
		var note Note
		for _, b := range blocks {
			if note.Paras, err = p.noteParas(note.Paras, b, nil); err != nil {
				return err
			}
		}
		p.doc.Notes = append(p.doc.Notes, note)
	}
	return nil
}

// isBacklink reports whether n is the link back to a footnote's reference,
// which goldmark adds after a note's last block when that is not a
// paragraph.
func isBacklink(n ast.Node) bool {
	_, ok := n.(*east.FootnoteBacklink)
	return ok
}

// noteSeparator stands between the cells of a table row in a footnote.
const noteSeparator = " — "

// noteParas appends the paragraphs a footnote block becomes, since a note
// is set as paragraphs only: a paragraph or quotation paragraph as it is;
// a heading in bold; a list item's paragraphs after its marker ("1. ",
// "(a) ", "• "), nested lists likewise; a table one paragraph per row, its
// cells joined by " — " and the header row in bold; each line of a line
// block as a paragraph. lead starts the first paragraph made (a list
// item's marker).
func (p *parser) noteParas(out [][]Run, b Block, lead []Run) ([][]Run, error) {
	switch b := b.(type) {
	case *Paragraph:
		return append(out, leading(lead, b.Runs)), nil
	case *Heading:
		return append(out, leading(lead, withStyle(b.Runs, Bold))), nil
	case *Quote:
		for _, para := range b.Paras {
			out, lead = append(out, leading(lead, para)), nil
		}
		return out, nil
	case *List:
		return p.noteList(out, b, lead)
	case *Table:
		for i, row := range append([][]Cell{b.Header}, b.Rows...) {
			out, lead = append(out, leading(lead, tableRowRuns(row, i == 0))), nil
		}
		return out, nil
	case *LineBlock:
		for _, l := range append(append([]Line(nil), b.Beside...), b.Lines...) {
			if len(l.Runs) > 0 {
				out, lead = append(out, leading(lead, l.Runs)), nil
			}
		}
		return out, nil
	case *Caption:
		return nil, p.errorf(b.Line, 1, "a footnote cannot hold a caption")
	case *PageBreak:
		return nil, p.errorf(b.Line, 1, "a footnote cannot hold a page break")
	case *FooterTitle:
		return nil, p.errorf(b.Line, 1, "a footnote cannot hold a footer block")
	default:
		panic(fmt.Sprintf("markup: footnote block %T not handled", b))
	}
}

// noteList sets each item of a list in a footnote after its marker.
func (p *parser) noteList(out [][]Run, l *List, lead []Run) ([][]Run, error) {
	for i, it := range l.Items {
		marker := leading(lead, []Run{{Text: Marker(l.Style, l.Start+i) + " "}})
		lead = nil
		if len(it.Blocks) == 0 {
			out = append(out, marker)
			continue
		}
		var err error
		for k, b := range it.Blocks {
			if k > 0 {
				marker = nil
			}
			if out, err = p.noteParas(out, b, marker); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// leading returns runs with lead before them, sharing neither's array.
func leading(lead, runs []Run) []Run {
	if len(lead) == 0 {
		return runs
	}
	return append(append(make([]Run, 0, len(lead)+len(runs)), lead...), runs...)
}

// withStyle returns runs with st added to their style.
func withStyle(runs []Run, st Style) []Run {
	out := make([]Run, len(runs))
	for i, r := range runs {
		r.Style |= st
		out[i] = r
	}
	return out
}

// tableRowRuns joins a row's non-empty cells with the note separator, in
// bold for the header row.
func tableRowRuns(cells []Cell, header bool) []Run {
	var out []Run
	for _, c := range cells {
		if len(c) == 0 {
			continue
		}
		if len(out) > 0 {
			out = append(out, Run{Text: noteSeparator})
		}
		if header {
			c = withStyle(c, Bold)
		}
		out = append(out, c...)
	}
	return out
}
