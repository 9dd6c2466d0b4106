package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteName returns a file name as it is when it prints plainly, and as a
// quoted Go string when it holds control characters (a terminal's escape
// sequences among them), invisible characters or bytes that are not
// UTF-8, as ls quotes such names: a name can then neither drive the
// terminal nor pass for another.
func quoteName(name string) string {
	if printsPlainly(name) {
		return name
	}
	return strconv.Quote(name)
}

// printsPlainly reports whether s is UTF-8 made of printable characters
// and ASCII spaces only.
func printsPlainly(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}

// quoteNamesIn makes a message fit for a terminal line: each of the names
// in it that does not print plainly is quoted, and any other control
// character but a newline or a tab, or byte that is not UTF-8, is written
// as an escape.
func quoteNamesIn(msg string, names ...string) string {
	names = slices.Clone(names)
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // longest first
	for _, n := range names {
		if n != "" && !printsPlainly(n) {
			msg = strings.ReplaceAll(msg, n, quoteName(n))
		}
	}
	return escapeControls(msg)
}

// escapeControls writes the control characters of s, but for newlines and
// tabs, and its bytes that are not UTF-8, as Go escapes.
func escapeControls(s string) string {
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsControl(r) && r != '\n' && r != '\t':
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
	}
	return b.String()
}

// safeText returns a writer that writes what it is given with the control
// characters of file names, and of anything else, escaped (newlines and
// tabs aside), so that no message can drive the terminal. The render
// command's progress bar, which drives it on purpose, does not use it.
func safeText(w io.Writer) io.Writer { return terminalSafe{w} }

type terminalSafe struct{ w io.Writer }

func (t terminalSafe) Write(p []byte) (int, error) {
	if _, err := io.WriteString(t.w, escapeControls(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
