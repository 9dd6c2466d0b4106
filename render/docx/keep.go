package docx

// keepSignature keeps the signature block that starts at body[start]
// (top-level block top) with what comes before it. After another
// signature block, with only blank lines between them, it is kept with
// that block when the PDF sets the two on one page: the PDF gives up
// that keep when a run of signature blocks does not fit on a page, or
// would leave too much of one empty, and Word would not. Else it is kept
// with the two lines of text before it and what is kept with them.
func (w *writer) keepSignature(start, top int) {
	j := start - 1
	for j >= 0 && w.isBlank(j) {
		j--
	}
	switch {
	case j >= 0 && j == w.sigEnd:
		if w.samePage(w.sigTop, top) {
			for k := j; k < start; k++ {
				if p, ok := w.body[k].(*paragraph); ok {
					p.props.keepNext = true
				}
			}
		}
	default:
		w.keepBefore(start, 2)
	}
	w.sigEnd, w.sigTop = len(w.body)-1, top
}

// samePage reports whether the PDF ends top-level block a on the page it
// starts block b on.
func (w *writer) samePage(a, b int) bool {
	if a < 0 || b < 0 || !w.sv.spans[a].ok || !w.sv.spans[b].ok {
		return true
	}
	return w.sv.spans[a].lastPage == w.sv.spans[b].firstPage
}

// keepBefore keeps body[first] with the paragraphs before it that are kept
// with what follows or blank, and then with n more lines of text; it
// stops at the first page's front matter, a forced page break and a
// table.
func (w *writer) keepBefore(first, n int) {
	i := first - 1
	chain := func() bool {
		if i < 0 {
			return false
		}
		p, ok := w.body[i].(*paragraph)
		if !ok || p.front || p.breakAfter || p.sectPr != "" {
			return false
		}
		p.props.keepNext = true
		return true
	}
	for i >= 0 && (w.isKept(i) || w.isBlank(i)) {
		if !chain() {
			return
		}
		i--
	}
	for n > 0 && chain() {
		if !w.isBlank(i) {
			n -= max(1, w.body[i].(*paragraph).lines)
		}
		i--
	}
}

func (w *writer) isBlank(i int) bool {
	p, ok := w.body[i].(*paragraph)
	return ok && p.blank
}

func (w *writer) isKept(i int) bool {
	p, ok := w.body[i].(*paragraph)
	return ok && p.props.keepNext
}
