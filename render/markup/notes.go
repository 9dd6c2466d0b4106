package markup

import (
	"fmt"
	"strconv"
)

// noteBook keeps a document's footnotes while it is converted.
type noteBook struct {
	defs   map[string]*noteDef // the definition of each label
	all    []*noteDef          // the definitions in document order
	number map[string]int      // each referenced label's note number
	order  []*noteDef          // the referenced definitions, by number − 1
	within *noteDef            // the note being converted; nil in the body
}

// gatherNotes takes the footnote definitions out of the tree, wherever
// they stand, and refuses a label defined twice.
func (p *parser) gatherNotes(defs []*noteDef) error {
	b := &p.notes
	b.defs, b.number = make(map[string]*noteDef, len(defs)), map[string]int{}
	for _, d := range defs {
		if first, ok := b.defs[d.label]; ok {
			return p.errorf(p.lineAt(d.offset), p.colAt(d.offset), "footnote [^%s] is defined twice, first on line %d", d.label, p.lineAt(first.offset))
		}
		b.defs[d.label] = d
		b.all = append(b.all, d)
		if parent := d.Parent(); parent != nil {
			parent.RemoveChild(parent, d)
		}
	}
	return nil
}

// noteRun returns the raised number a reference sets. Notes are numbered
// in the order of their first reference; a later reference repeats the
// number. A reference to no definition, or from inside a note, is
// refused at its position.
func (p *parser) noteRun(r *noteRef, st Style) (Run, error) {
	b := &p.notes
	def, ok := b.defs[r.label]
	switch {
	case !ok:
		return Run{}, p.errorf(p.lineAt(r.offset), p.colAt(r.offset), "footnote [^%s] is not defined: no paragraph starts \"[^%s]:\"", r.label, r.label)
	case b.within != nil:
		return Run{}, p.errorf(p.lineAt(r.offset), p.colAt(r.offset), "footnote [^%s] is referred to inside footnote [^%s]: a footnote cannot hold another; refer to it from the text", r.label, b.within.label)
	}
	n, seen := b.number[r.label]
	if !seen {
		b.order = append(b.order, def)
		n = len(b.order)
		b.number[r.label] = n
	}
	return Run{Text: strconv.Itoa(n), Style: st | Super, Note: n}, nil
}

// footnotes converts the referenced notes in number order and warns of
// the definitions nothing refers to. A note may hold any body block; see
// noteParas for how each is set.
func (p *parser) footnotes() error {
	b := &p.notes
	for _, def := range b.order { // a note cannot add notes: see noteRun
		b.within = def
		note, err := p.note(def)
		if err != nil {
			return err
		}
		p.doc.Notes = append(p.doc.Notes, note)
	}
	b.within = nil
	for _, def := range b.all {
		if _, ok := b.number[def.label]; !ok {
			p.doc.Warnings = append(p.doc.Warnings, p.problem(p.lineAt(def.offset), p.colAt(def.offset),
				"footnote [^%s] is defined but never referred to; it is left out", def.label))
		}
	}
	return nil
}

// note converts one footnote's blocks to its paragraphs.
func (p *parser) note(def *noteDef) (Note, error) {
	var note Note
	blocks, err := p.siblings(def.FirstChild(), 0, nil)
	if err != nil {
		return note, err
	}
	for _, b := range blocks {
		if note.Paras, err = p.noteParas(note.Paras, b, nil); err != nil {
			return note, err
		}
	}
	if len(note.Paras) == 0 {
		return note, p.errorf(p.lineAt(def.offset), p.colAt(def.offset), "footnote [^%s] is empty", def.label)
	}
	return note, nil
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
