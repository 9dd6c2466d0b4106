package cases

import (
	"fmt"
	"strings"
)

// The YAML parser names the token where it gave up, often lines past the
// mistake, in words of its grammar ("mapping values are not allowed in
// this context"). explain looks at the lines themselves and says what is
// wrong, where it is, and how to write it.

// srcLines are a file's lines, without their line breaks, 1-based by
// index+1.
type srcLines []string

func splitLines(data []byte) srcLines {
	s := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	return strings.Split(s, "\n")
}

// line returns line n, or "" past the end.
func (ls srcLines) line(n int) string {
	if n < 1 || n > len(ls) {
		return ""
	}
	return ls[n-1]
}

// indent is the spaces before a line's first character.
func indent(l string) int { return len(l) - len(strings.TrimLeft(l, " ")) }

// blank reports whether a line holds nothing but spaces or a comment.
func blank(l string) bool {
	t := strings.TrimSpace(l)
	return t == "" || strings.HasPrefix(t, "#")
}

// explained is a mistake found: where, and what to say.
type explained struct {
	line, col int
	msg       string
}

// explain returns a better account of the parser's message msg at line
// n, or false when it has none.
func explain(ls srcLines, n int, msg string) (explained, bool) {
	switch {
	case strings.Contains(msg, "found a tab character"):
		return tabIndent(ls, n)
	case strings.HasPrefix(msg, "found unexpected end of stream"), strings.Contains(msg, "while scanning a quoted scalar"):
		return unclosedQuote(ls, n)
	case strings.HasPrefix(msg, "did not find expected ',' or ']'"):
		return unclosedFlow(ls, n, '[', ']')
	case strings.HasPrefix(msg, "did not find expected ',' or '}'"):
		return unclosedFlow(ls, n, '{', '}')
	case msg == "mapping values are not allowed in this context":
		if e, ok := colonInText(ls, n); ok {
			return e, true
		}
		return deeperKey(ls, n)
	case msg == "found character that cannot start any token":
		if e, ok := tabInIndent(ls, n); ok {
			return e, true
		}
		return reservedStart(ls, n)
	case msg == "could not find expected ':'":
		if e, ok := dedentedBlock(ls, n); ok {
			return e, true
		}
		return noColon(ls, n)
	case msg == "did not find expected key", msg == "did not find expected '-' indicator":
		return strayLine(ls, n)
	}
	return explained{}, false
}

// tabInIndent finds a tab among what indents line n — its leading
// blanks and the "-" of its sequence items — which the parser takes for
// the start of a token when it indents a block's first key.
func tabInIndent(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	for i := 0; i < len(l); i++ {
		switch {
		case l[i] == '\t':
			return explained{n, i + 1, "a tab indents this line: YAML is indented with spaces only"}, true
		case l[i] == ' ', l[i] == '-' && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
		default:
			return explained{}, false
		}
	}
	return explained{}, false
}

// tabIndent finds the tab that indents a line, from the line before the
// parser's on.
func tabIndent(ls srcLines, n int) (explained, bool) {
	for k := max(n-1, 1); k <= len(ls); k++ {
		l := ls.line(k)
		lead := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if i := strings.IndexByte(lead, '\t'); i >= 0 {
			return explained{k, i + 1, "a tab indents this line: YAML is indented with spaces only"}, true
		}
	}
	return explained{}, false
}

// unclosedQuote finds the quote, at or after line n, that no quote
// closes.
func unclosedQuote(ls srcLines, n int) (explained, bool) {
	for k := max(n, 1); k <= len(ls); k++ {
		l := ls.line(k)
		if blank(l) {
			continue
		}
		_, v, ok := strings.Cut(l, ": ")
		if !ok {
			v = strings.TrimLeft(strings.TrimSpace(l), "- ")
		}
		v = strings.TrimSpace(v)
		for _, q := range []byte{'"', '\''} {
			if strings.HasPrefix(v, string(q)) && strings.Count(v, string(q))%2 == 1 {
				col := strings.Index(l, v) + 1
				return explained{k, col, fmt.Sprintf("the quote %c opened here is not closed on this line: end the text with %c", q, q)}, true
			}
		}
	}
	return explained{}, false
}

// unclosedFlow finds the bracket, at or before line n, that is not
// closed.
func unclosedFlow(ls srcLines, n int, open, close byte) (explained, bool) {
	for k := min(n, len(ls)); k >= 1; k-- {
		l := ls.line(k)
		depth := 0
		for i := len(l) - 1; i >= 0; i-- {
			switch l[i] {
			case close:
				depth++
			case open:
				if depth == 0 {
					return explained{k, i + 1, fmt.Sprintf("the %c opened here is not closed with %c on its line", open, close)}, true
				}
				depth--
			}
		}
	}
	return explained{}, false
}

// colonInText finds a ": " inside a plain value of line n.
func colonInText(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	key, v, ok := strings.Cut(l, ": ")
	if !ok {
		return explained{}, false
	}
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "\"") || strings.HasPrefix(v, "'") || strings.HasPrefix(v, "#") {
		return explained{}, false
	}
	i := strings.Index(v, ": ")
	if i < 0 {
		return explained{}, false
	}
	col := len(key) + 2 + strings.Index(l[len(key)+2:], v) + i + 1
	return explained{n, col, fmt.Sprintf("a value cannot hold \": \" unquoted: write it in quotes, %s: \"%s\"", strings.TrimSpace(strings.TrimPrefix(key, "- ")), clip(v))}, true
}

// deeperKey explains a key indented deeper than the key above it, whose
// value is on its own line already.
func deeperKey(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	for k := n - 1; k >= 1; k-- {
		p := ls.line(k)
		if blank(p) {
			continue
		}
		if indent(p) < indent(l) {
			key, v, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "- ")), ":")
			if strings.TrimSpace(v) != "" {
				return explained{n, indent(l) + 1, fmt.Sprintf("this line is indented more than %q on line %d, which has its value already: indent it as far as %q (%d spaces), or move that value under it",
					key, k, key, indent(p)+strings.Index(strings.TrimSpace(p), key))}, true
			}
		}
		break
	}
	return explained{}, false
}

// reservedStart explains a plain value that starts with a character YAML
// reserves.
func reservedStart(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	_, v, ok := strings.Cut(l, ": ")
	if !ok {
		return explained{}, false
	}
	v = strings.TrimSpace(v)
	if v == "" || !strings.ContainsRune("@`", rune(v[0])) {
		return explained{}, false
	}
	return explained{n, strings.Index(l, v) + 1, fmt.Sprintf("a value cannot start with %q unquoted: write it in quotes", v[0])}, true
}

// dedentedBlock explains a line of a block scalar (| or >) indented no
// deeper than its key.
func dedentedBlock(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	for k := n - 1; k >= 1; k-- {
		p := ls.line(k)
		if blank(p) {
			continue
		}
		t := strings.TrimSpace(p)
		if (strings.HasSuffix(t, "|") || strings.HasSuffix(t, ">") || strings.HasSuffix(t, "|-") || strings.HasSuffix(t, ">-")) && indent(l) <= indent(p) {
			return explained{n, indent(l) + 1, fmt.Sprintf("this line is in the text that line %d opens (%s), so it is indented more than that line's key: %d spaces or more",
				k, t[strings.LastIndex(t, " ")+1:], indent(p)+1)}, true
		}
		if indent(p) < indent(l) || k < n-1 {
			break
		}
	}
	return explained{}, false
}

// noColon explains a line that should be a "key: value" line.
func noColon(ls srcLines, n int) (explained, bool) {
	l := ls.line(n)
	t := strings.TrimSpace(l)
	if strings.Contains(t, ":") || blank(l) {
		return explained{}, false
	}
	word, rest, _ := strings.Cut(t, " ")
	return explained{n, indent(l) + 1, fmt.Sprintf("this line has no \": \" after its key: write %s: %s", word, rest)}, true
}

// strayLine finds, from the line before the parser's on, a line whose
// indentation matches no level open above it, or a list item where keys
// stand, or a key where list items stand.
func strayLine(ls srcLines, n int) (explained, bool) {
	for k := max(n-1, 2); k <= min(n+2, len(ls)); k++ {
		l := ls.line(k)
		if blank(l) {
			continue
		}
		prev, pk := "", 0
		for j := k - 1; j >= 1; j-- {
			if !blank(ls.line(j)) {
				prev, pk = ls.line(j), j
				break
			}
		}
		if pk == 0 {
			continue
		}
		item, prevItem := strings.HasPrefix(strings.TrimSpace(l), "- "), strings.HasPrefix(strings.TrimSpace(prev), "- ")
		switch {
		case item && !prevItem && indent(l) == indent(prev):
			return explained{k, indent(l) + 1, fmt.Sprintf("a list item among the keys of line %d's mapping: give it a key, or move it under a key", pk)}, true
		case !item && prevItem && indent(l) == indent(prev):
			return explained{k, indent(l) + 1, fmt.Sprintf("a key at the indentation of the list items above (line %d), without \"- \": start it with \"- \" to make it an item, or indent it as the list's key", pk)}, true
		case !levelOf(ls, k):
			return explained{k, indent(l) + 1, fmt.Sprintf("this line's indentation (%s) matches no level above it: indent it as the keys beside it", countOf(indent(l), "space"))}, true
		}
	}
	return explained{}, false
}

// levelOf reports whether line k's indentation is one that a line above
// opened: the same as a line above it since the last less indented one.
func levelOf(ls srcLines, k int) bool {
	in := indent(ls.line(k))
	for j := k - 1; j >= 1; j-- {
		p := ls.line(j)
		if blank(p) {
			continue
		}
		pi := indent(p)
		if strings.HasPrefix(strings.TrimSpace(p), "- ") {
			pi += 2 // a key after "- " stands two further in
			if in == indent(p) {
				return true
			}
		}
		if pi == in || (pi < in && j == k-1) {
			return true
		}
		if pi < in {
			return false
		}
	}
	return in == 0
}

// countOf writes a count of things: "1 space", "3 spaces".
func countOf(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
