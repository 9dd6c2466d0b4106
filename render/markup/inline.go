package markup

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// inlineLine parses one line of a line block as inline Markdown. A leading
// no-break space keeps goldmark from reading the line as a heading, a list
// item or a quotation, and is removed again from the result.
func (p *parser) inlineLine(s string, line int) ([]Run, error) {
	if s == "" {
		return nil, nil
	}
	if runs, ok := simpleLine(s); ok {
		return runs, nil
	}
	return p.parsedLine(s, line)
}

// parsedLine is inlineLine by a parse of the line.
func (p *parser) parsedLine(s string, line int) ([]Run, error) {
	src := []byte("\u00a0" + s)
	root := p.md.Parse(text.NewReader(src))
	para, ok := root.FirstChild().(*ast.Paragraph)
	if !ok || para.NextSibling() != nil {
		return nil, p.errorf(line, 1, "a line of a block must be a single line of text")
	}
	w := &inlineWalker{src: src}
	w.children(para, 0)
	runs, err := w.finish()
	if err != nil {
		return nil, err
	}
	runs[0].Text = strings.TrimPrefix(runs[0].Text, "\u00a0")
	if runs[0].Text == "" {
		runs = runs[1:]
	}
	return runs, nil
}

// simpleLine returns the runs of a line that is plain text, or plain text
// wholly in emphasis ("*Attorneys for Plaintiffs*") or strong emphasis
// ("**JOINT CASE MANAGEMENT STATEMENT**") — most lines of captions,
// counsel and signature blocks — as a parse would, without one; ok is
// false for any other line. TestSimpleLinesAreParsedLines holds it to the
// parse.
func simpleLine(s string) (runs []Run, ok bool) {
	style, inner := Style(0), s
	switch {
	case len(s) > 4 && strings.HasPrefix(s, "**") && strings.HasSuffix(s, "**"):
		style, inner = Bold, s[2:len(s)-2]
	case len(s) > 2 && s[0] == '*' && s[len(s)-1] == '*':
		style, inner = Italic, s[1:len(s)-1]
	}
	if !plainLine(inner) || !utf8.ValidString(inner) {
		return nil, false
	}
	if style != 0 {
		// A delimiter next to white space opens or closes no emphasis.
		first, _ := utf8.DecodeRuneInString(inner)
		last, _ := utf8.DecodeLastRuneInString(inner)
		if unicode.IsSpace(first) || unicode.IsSpace(last) {
			return nil, false
		}
	}
	return []Run{{Text: typeset(inner), Style: style}}, true
}

// plainLine reports whether a line holds nothing Markdown would change:
// no emphasis, code, links, HTML, escapes, character references or quotes
// to curl. An ampersand before neither a letter, a digit nor "#" starts
// no reference ("Alder & Finch LLP").
func plainLine(s string) bool {
	if strings.ContainsAny(s, "*_`<>[]\\!~'\"") || strings.Contains(s, "--") || strings.Contains(s, "..") {
		return false
	}
	for i := strings.IndexByte(s, '&'); i >= 0; i = nextIndex(s, i+1, '&') {
		if i+1 < len(s) && (isAlnum(s[i+1]) || s[i+1] == '#') {
			return false
		}
	}
	return true
}

// nextIndex is the index of the first c in s from i on, or -1.
func nextIndex(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// inlines flattens the inline children of n into styled runs.
func (p *parser) inlines(n ast.Node) ([]Run, error) {
	w := &inlineWalker{src: p.src, notes: p}
	w.children(n, 0)
	return w.finish()
}

// literal resolves backslash escapes and character references in text, in
// one pass: an escaped character is never part of a reference, so "\&amp;"
// is "&amp;" as written, while "&amp;" is "&".
func literal(b []byte) string {
	if bytes.IndexByte(b, '\\') < 0 && bytes.IndexByte(b, '&') < 0 {
		return string(b) // neither an escape nor a reference: most text
	}
	var out []byte
	start := 0
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '\\' && util.IsPunct(b[i+1]) {
			out = append(out, references(b[start:i])...)
			out = append(out, b[i+1])
			i++
			start = i + 1
		}
	}
	return string(append(out, references(b[start:])...))
}

// references resolves the character references of text with no escapes.
func references(b []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(b))
}

type inlineWalker struct {
	src       []byte
	notes     *parser // numbers footnote references; nil where there are none
	underline int     // depth of open <u> tags
	super     int     // depth of open <sup> tags
	runs      []Run
	text      strings.Builder // the last run's text while it is built
	open      bool            // whether the last run is built in text
	err       error           // the first reference refused
}

func (w *inlineWalker) children(n ast.Node, st Style) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c, st)
	}
}

func (w *inlineWalker) node(n ast.Node, st Style) {
	switch n := n.(type) {
	case *ast.Text:
		w.add(literal(n.Value(w.src)), st)
		if n.HardLineBreak() {
			w.add("\n", st)
		} else if n.SoftLineBreak() {
			w.add(" ", st)
		}
	case *ast.String:
		w.add(string(n.Value), st)
	case *ast.Emphasis:
		if n.Level >= 2 {
			st |= Bold
		} else {
			st |= Italic
		}
		w.children(n, st)
	case *ast.AutoLink:
		w.add(string(n.Label(w.src)), st)
	case *ast.Link:
		w.children(n, st)
		w.target(n, n.Destination, n.Title, st)
	case *ast.Image:
		w.children(n, st)
		w.target(n, n.Destination, n.Title, st)
	case *ast.RawHTML:
		w.rawHTML(n, st)
	case *noteRef:
		w.noteRef(n, st)
	default:
		w.children(n, st)
	}
}

// noteRef adds a footnote reference's raised number.
func (w *inlineWalker) noteRef(n *noteRef, st Style) {
	if w.notes == nil {
		w.add("[^"+n.label+"]", st)
		return
	}
	r, err := w.notes.noteRun(n, st)
	if err != nil {
		if w.err == nil {
			w.err = err
		}
		return
	}
	w.close()
	w.runs = append(w.runs, r)
}

// target adds a link's destination and title in parentheses after its
// text, "text (url “title”)", leaving out a destination the text already
// says ("https://x.org", or "x@y.org" for "mailto:x@y.org").
func (w *inlineWalker) target(n ast.Node, dest, title []byte, st Style) {
	url := literal(dest)
	label := strings.TrimSpace(literal(plainText(n, w.src)))
	if label == url || "mailto:"+label == url {
		url = ""
	}
	var parts []string
	if url != "" {
		parts = append(parts, url)
	}
	if t := literal(title); t != "" {
		parts = append(parts, "“"+t+"”")
	}
	if len(parts) > 0 {
		w.add(" ("+strings.Join(parts, " ")+")", st)
	}
}

// plainText returns the source text of n's inline children.
func plainText(n ast.Node, src []byte) []byte {
	var b []byte
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b = append(b, c.Value(src)...)
		case *ast.String:
			b = append(b, c.Value...)
		default:
			b = append(b, plainText(c, src)...)
		}
	}
	return b
}

// rawHTML honours <u> and </u>, <sup> and </sup> (a superscript: "3<sup>rd</sup>")
// and <br> (a line break, in a table's cell too); any other inline HTML
// is kept as text.
func (w *inlineWalker) rawHTML(n *ast.RawHTML, st Style) {
	var b strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b.Write(seg.Value(w.src))
	}
	switch strings.ToLower(b.String()) {
	case "<u>":
		w.underline++
	case "</u>":
		if w.underline > 0 {
			w.underline--
		}
	case "<sup>":
		w.super++
	case "</sup>":
		if w.super > 0 {
			w.super--
		}
	case "<br>", "<br/>", "<br />":
		w.add("\n", st)
	default:
		w.add(b.String(), st)
	}
}

// add appends text, merging it into the last run when the style matches.
func (w *inlineWalker) add(s string, st Style) {
	if s == "" {
		return
	}
	if w.underline > 0 {
		st |= Underline
	}
	if w.super > 0 {
		st |= Super
	}
	if k := len(w.runs) - 1; w.open && w.runs[k].Style == st {
		w.text.WriteString(s)
		return
	}
	w.close()
	w.runs = append(w.runs, Run{Style: st})
	w.text.WriteString(s)
	w.open = true
}

// close gives the last run its text, typeset: curly apostrophes and the
// words that must not be parted tied.
func (w *inlineWalker) close() {
	if w.open {
		w.runs[len(w.runs)-1].Text = typeset(w.text.String())
		w.text.Reset()
		w.open = false
	}
}

// finish returns the runs, or the first reference refused.
func (w *inlineWalker) finish() ([]Run, error) {
	if w.err != nil {
		return nil, w.err
	}
	w.close()
	return w.runs, nil
}
