package markup

import (
	"bytes"
	"fmt"
)

// Limits on markup, so that no input costs unbounded time: goldmark's
// work grows with the square of the nesting of quotations and lists, and
// with the number of link targets ("](") on a line times the line's
// length, each target read on to the line's end when it is not closed.
const (
	MaxSize   = 32 << 20 // bytes of markup
	MaxIndent = 64       // columns of leading white space on a line
	MaxQuotes = 16       // ">" marks at the start of a line
	// MaxLinkReading bounds the link targets of a line times its length:
	// a paragraph of a few thousand bytes may hold thousands of links,
	// one of a few megabytes a few dozen.
	MaxLinkReading = 1 << 26
)

// checkLimits rejects markup that is too large or nested too deeply,
// naming the first line at fault.
func checkLimits(name string, src []byte) error {
	if len(src) > MaxSize {
		return &Error{Name: name, Line: 1, Col: 1, Msg: fmt.Sprintf("markup is larger than %d MB", MaxSize>>20)}
	}
	line := 1
	for len(src) > 0 {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		msg := lineLimit(src[:end])
		if msg == "" {
			msg = linkLimit(src[:end])
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

// linkLimit describes a line whose link targets would take the parser
// too long, or returns "".
func linkLimit(l []byte) string {
	if len(l) < 1<<12 {
		return "" // a short line reads fast, links or not
	}
	n := bytes.Count(l, []byte("]("))
	if n*len(l) <= MaxLinkReading {
		return ""
	}
	return fmt.Sprintf("a line of %d bytes holding %d link targets (\"](\"), more than the Markdown parser reads in good time: break it into paragraphs, or write ]\\( where a bracket and a parenthesis link nothing", len(l), n)
}
