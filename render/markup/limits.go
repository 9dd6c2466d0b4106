package markup

import (
	"bytes"
	"fmt"
)

// Limits on markup, so that no input costs unbounded time: goldmark's
// work grows with the square of the nesting of quotations and lists, and
// it reads a link's target from its "](" on to where the target can end
// (the next blank, or the next ">" of a target in <>), however far that
// is, and again for the next "](".
const (
	MaxSize   = 32 << 20 // bytes of markup
	MaxIndent = 64       // columns of leading white space on a line
	MaxQuotes = 16       // ">" marks at the start of a line
	// MaxLinkReading bounds the bytes the link targets of the whole
	// markup have the parser read: links written as links cost their
	// own length, while thousands of targets left open on a long line
	// cost the line's length each.
	MaxLinkReading = 1 << 26
)

// checkLimits rejects markup that is too large or nested too deeply,
// naming the first line at fault.
func checkLimits(name string, src []byte) error {
	if len(src) > MaxSize {
		return &Error{Name: name, Line: 1, Col: 1, Msg: fmt.Sprintf("markup is larger than %d MB", MaxSize>>20)}
	}
	line, reading := 1, 0
	for len(src) > 0 {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		msg := lineLimit(src[:end])
		if reading += linkReading(src[:end]); msg == "" && reading > MaxLinkReading {
			msg = fmt.Sprintf("the link targets (\"](\") up to this line would have the Markdown parser read more than %d MB, each read on to the next blank: break this line, or write ]\\( where a bracket and a parenthesis link nothing", MaxLinkReading>>20)
		}
		if msg != "" {
			return &Error{Name: name, Line: line, Col: 1, Msg: msg}
		}
		src = src[min(end+1, len(src)):]
		line++
	}
	return nil
}

// lineLimit describes what is too deep about one line, or returns "".
func lineLimit(l []byte) string {
	cols, quotes := 0, 0
	for _, c := range l {
		switch c {
		case ' ':
			cols++
		case '\t':
			cols += 4
		case '>':
			quotes++
		default:
			return lineVerdict(cols, quotes)
		}
		if cols > MaxIndent || quotes > MaxQuotes {
			return lineVerdict(cols, quotes)
		}
	}
	return lineVerdict(cols, quotes)
}

func lineVerdict(cols, quotes int) string {
	switch {
	case cols > MaxIndent:
		return fmt.Sprintf("a line indented more than %d columns: lists nest too deeply", MaxIndent)
	case quotes > MaxQuotes:
		return fmt.Sprintf("quotations nested more than %d deep", MaxQuotes)
	}
	return ""
}

// linkReading returns the bytes the parser reads for the link targets
// of a line: from each "](" on to the next blank, or to the next ">" when
// the target starts with "<", or to the line's end.
func linkReading(l []byte) int {
	if bytes.Index(l, []byte("](")) < 0 {
		return 0 // most lines
	}
	total := 0
	blank, angle := len(l), len(l)
	for i := len(l) - 1; i >= 0; i-- {
		switch l[i] {
		case ' ', '\t':
			blank = i
		case '>':
			angle = i
		case ']':
			if i+1 < len(l) && l[i+1] == '(' {
				if i+2 < len(l) && l[i+2] == '<' {
					total += angle - i
				} else {
					total += blank - i
				}
			}
		}
	}
	return total
}
