package docx

import (
	"errors"
	"strings"

	"pleadgen/render/markup"
)

// ErrNoOrder is Write's error when Options.OrderOnly asks for the
// proposed order of a document that has none.
var ErrNoOrder = errors.New("the document has no proposed order: no centred block of lines whose heading ends in ORDER follows its signatures")

// orderPart finds the proposed order in a document's blocks, as the
// templates write it: after the signature blocks, a centred ::: lines
// block whose text (its heading, in bold) ends with "ORDER" — "[PROPOSED]
// ORDER", "CASE MANAGEMENT ORDER" — often after a page break; the order
// runs from there to the next page break or footer change (a certificate
// of service follows on a page of its own) or to the end. It returns the
// order's first and end block indexes and its heading's line, or ok false.
func orderPart(blocks []markup.Block) (from, to int, heading markup.Line, ok bool) {
	signed := false
	from = -1
	for i, b := range blocks {
		lb, isLines := b.(*markup.LineBlock)
		if isLines && (lb.Kind == markup.Signature || lb.Kind == markup.Attestation) {
			signed = true
		}
		if !signed || !isLines || lb.Kind != markup.Plain || lb.Align != markup.Center {
			continue
		}
		if h, found := orderHeading(lb.Lines); found {
			from, heading = i, h
		}
	}
	if from < 0 {
		return 0, 0, markup.Line{}, false
	}
	to = len(blocks)
	for i := from + 1; i < len(blocks); i++ {
		switch blocks[i].(type) {
		case *markup.PageBreak, *markup.FooterTitle:
			return from, i, heading, true
		}
	}
	return from, to, heading, true
}

// orderHeading returns the line of lines that names an order: its text
// ends with "ORDER".
func orderHeading(lines []markup.Line) (markup.Line, bool) {
	for _, l := range lines {
		if strings.HasSuffix(strings.ToUpper(strings.TrimSpace(plainText(l.Runs))), "ORDER") {
			return l, true
		}
	}
	return markup.Line{}, false
}

// plainText is the text of runs without footnote marks.
func plainText(runs []markup.Run) string {
	var b strings.Builder
	for _, r := range runs {
		if r.Note == 0 {
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

// orderDocument returns the proposed order of doc as a document of its
// own: the court's title at the top of the first page and the caption,
// whose title is the order's heading and which drops the hearing under
// it, then the order's blocks. The counsel block stays with the filing:
// the order is the court's. Its
// footer names the order. It keeps the filing's footnotes, numbered as
// they are: Word numbers the ones the order refers to from 1.
func orderDocument(doc *markup.Doc) (*markup.Doc, error) {
	from, to, heading, ok := orderPart(doc.Blocks)
	if !ok {
		return nil, ErrNoOrder
	}
	out := &markup.Doc{Meta: doc.Meta, Notes: doc.Notes}
	title := strings.TrimSpace(plainText(heading.Runs))
	out.Meta.Title, out.Meta.Footer = title, title
	for _, b := range doc.Blocks[:from] {
		switch b := b.(type) {
		case *markup.LineBlock:
			if b.Kind == markup.Court {
				out.Blocks = append(out.Blocks, topCourtTitle(b))
			}
		case *markup.Caption:
			out.Blocks = append(out.Blocks, orderCaption(b, heading))
		}
		if len(out.Blocks) == 2 {
			break
		}
	}
	out.Blocks = append(out.Blocks, doc.Blocks[from:to]...)
	return out, nil
}

// topCourtTitle returns the court's title as a block of centred lines,
// which stand at the top of the page: the line that court rules give the
// title on a paper counsel file leaves room for the counsel block, which
// the court's order has not.
func topCourtTitle(b *markup.LineBlock) *markup.LineBlock {
	out := *b
	out.Kind = markup.Plain
	return &out
}

// orderCaption returns the caption with the order's heading as its title:
// the right column's lines up to its first bold line (the case number),
// then the heading in bold.
func orderCaption(c *markup.Caption, heading markup.Line) *markup.Caption {
	out := &markup.Caption{Left: c.Left, Line: c.Line}
	for _, l := range c.Right {
		if boldLine(l) {
			break
		}
		out.Right = append(out.Right, l)
	}
	title := markup.Line{Line: heading.Line}
	for _, r := range heading.Runs {
		r.Style |= markup.Bold
		title.Runs = append(title.Runs, r)
	}
	out.Right = append(out.Right, title)
	return out
}

// boldLine reports whether every run of a line with text is bold.
func boldLine(l markup.Line) bool {
	text := false
	for _, r := range l.Runs {
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		if !r.Style.Has(markup.Bold) {
			return false
		}
		text = true
	}
	return text
}
