package docx

import "pleadgen/render/markup"

// lineBlock writes a block of lines: one paragraph a line, in the block's
// column, spacing and alignment; signature blocks and the attestation are
// kept whole and with the text before them, as the PDF keeps them.
func (w *writer) lineBlock(b *markup.LineBlock, top int) (lead, tail int) {
	start := len(w.body)
	if b.Kind == markup.Attestation {
		lead, tail = w.attestation(b, top)
	} else {
		lead, tail = w.blockLines(b, top)
	}
	if len(w.body) == start {
		return lead, tail
	}
	signs := b.Kind == markup.Signature || b.Kind == markup.Attestation
	for i := start; i < len(w.body); i++ {
		p, ok := w.body[i].(*paragraph)
		if !ok {
			continue
		}
		if b.Keep {
			p.props.keepNext = i < len(w.body)-1 || !signs
		}
		p.front = b.Kind == markup.Counsel || b.Kind == markup.Court
	}
	if signs {
		w.keepSignature(start, top)
	}
	return lead, tail
}

// omittedCounsel returns the counsel blocks at the document's start that
// the first page leaves off when moved "more" blocks are: the last moved
// ones, and the notice block when none is.
func omittedCounsel(blocks []markup.Block, moved int) map[int]bool {
	end := 0
	for end < len(blocks) {
		lb, ok := blocks[end].(*markup.LineBlock)
		if !ok || lb.Kind != markup.Counsel {
			break
		}
		end++
	}
	omit := map[int]bool{}
	drop := moved
	for i := end - 1; i >= 0; i-- {
		switch lb := blocks[i].(*markup.LineBlock); {
		case lb.Part == markup.CounselNotice:
			omit[i] = moved == 0
		case lb.Part == markup.CounselMore && drop > 0:
			omit[i], drop = true, drop-1
		}
	}
	return omit
}

// column returns the band of the measure a line block stands in, in
// points from the page's left edge.
func (w *writer) column(b *markup.LineBlock) (left, right float64) {
	left, right = w.paper.Text.Left, w.paper.Text.Right
	switch {
	case b.Column == markup.RightHalf:
		left = w.paper.Signature.Left
	case b.Kind == markup.Counsel:
		right = left + w.paper.FirstPage.CounselWidth
	}
	return left, right
}

// blockLines writes a block's lines, and the lines beside them as a
// table of two columns. Blank lines that lead a block the PDF starts a
// page with are left out, as the PDF drops them there.
func (w *writer) blockLines(b *markup.LineBlock, top int) (lead, tail int) {
	h := halves(b.Spacing)
	lines := b.Lines
	blanksBefore, blanksAfter := blankEnds(lines)
	if w.startsPage(top) && len(b.Beside) == 0 {
		lines, blanksBefore = lines[blanksBefore:], 0
	}
	left, right := w.column(b)
	if len(b.Beside) > 0 {
		w.besideTable(b, left, right)
		bb, ba := blankEnds(b.Beside)
		blanksBefore, blanksAfter = min(blanksBefore, bb), min(blanksAfter, ba)
	} else if (b.Kind == markup.Signature || b.Kind == markup.Attestation) && sameIndent(lines) {
		w.add(w.linesParagraph(lines, left, right, b.Spacing, b.Align))
	} else {
		for _, ln := range lines {
			w.add(w.lineParagraph(ln, left, right, b.Spacing, b.Align))
		}
	}
	if blanksBefore == len(lines) {
		return 0, h * len(lines)
	}
	return blanksBefore * h, h + blanksAfter*h
}

// blankEnds counts the blank lines at the start and at the end of lines.
func blankEnds(lines []markup.Line) (before, after int) {
	for before < len(lines) && len(lines[before].Runs) == 0 {
		before++
	}
	for after < len(lines)-before && len(lines[len(lines)-1-after].Runs) == 0 {
		after++
	}
	return before, after
}

// startsPage reports whether top-level block i starts a page in the PDF
// after a block on an earlier one: its leading blank lines are then not
// drawn.
func (w *writer) startsPage(i int) bool {
	if i < 0 || !w.sv.spans[i].ok || w.prevSpan < 0 {
		return false
	}
	sp := w.sv.spans[i]
	return sp.firstHalf == 0 && w.sv.spans[w.prevSpan].lastPage < sp.firstPage
}

// lineParagraph returns the paragraph of one line between left and right
// (points from the page's edge), indented by its steps.
func (w *writer) lineParagraph(ln markup.Line, left, right float64, s markup.Spacing, a markup.Align) *paragraph {
	p := newPara("Normal")
	if s == markup.Single {
		p.style = "SingleSpaced"
	}
	x := left + float64(ln.Indent)*w.paper.Text.Step
	p.indent(x-w.left(), x-w.left())
	p.props.right = twips(w.paper.Text.Right - right)
	switch a {
	case markup.Center:
		p.props.jc = "center"
	case markup.Right:
		p.props.jc = "right"
	}
	p.blank = len(ln.Runs) == 0
	p.lines = 1
	w.tabsFor(p, ln.Runs, x)
	w.runs(&p.runs, ln.Runs, runStyle{})
	return p
}

// linesParagraph returns the paragraph of a signature's lines: one
// paragraph whose lines are broken where the block's are and kept
// together, as Word's users set a signature block that must not split.
func (w *writer) linesParagraph(lines []markup.Line, left, right float64, s markup.Spacing, a markup.Align) *paragraph {
	p := w.lineParagraph(markup.Line{Indent: lines[0].Indent}, left, right, s, a)
	p.blank, p.lines = true, len(lines)
	p.props.keepLines = true
	for i, ln := range lines {
		if i > 0 {
			p.runs.WriteString("<w:r><w:br/></w:r>")
		}
		p.blank = p.blank && len(ln.Runs) == 0
		w.runs(&p.runs, ln.Runs, runStyle{})
	}
	x := left + float64(lines[0].Indent)*w.paper.Text.Step
	for _, ln := range lines {
		w.tabsFor(p, ln.Runs, x)
	}
	return p
}

// sameIndent reports whether lines, at least one, share one indent.
func sameIndent(lines []markup.Line) bool {
	for _, l := range lines {
		if l.Indent != lines[0].Indent {
			return false
		}
	}
	return len(lines) > 0
}

// attestation writes the filer's attestation: the paper's heading, centred
// in bold, and its text as a paragraph, then the block's lines, all kept
// on one page.
func (w *writer) attestation(b *markup.LineBlock, top int) (lead, tail int) {
	at := w.paper.Attestation
	if at.Text == "" {
		return w.blockLines(b, top)
	}
	if at.Heading != "" {
		p := newPara("Normal")
		p.props.jc = "center"
		p.lines = 1
		w.runs(&p.runs, []markup.Run{{Text: at.Heading, Style: markup.Bold}}, runStyle{})
		w.add(p)
	}
	p := newPara("BodyText")
	p.lines, p.props.keepLines = 2, true
	w.runs(&p.runs, []markup.Run{{Text: at.Text}}, runStyle{})
	w.add(p)
	_, tail = w.blockLines(b, -1)
	return 0, tail
}
