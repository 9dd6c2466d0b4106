package main

import (
	"bytes"
	"io"
	"pleadgen"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// A problem printed to a terminal shows the line it names, with a caret
// under its column, as Go vet and rustc do; written to a file or a pipe,
// it stays one line, for tools to read.

// positioned matches the start of a problem's line: "FILE:LINE:COL: ".
var positioned = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(.+?):([0-9]+):([0-9]+): `) })

// snippetWriter adds to each problem line it writes the source line and
// a caret.
type snippetWriter struct {
	w     io.Writer
	files map[string][]string // each file's lines, read once
}

// withSnippets returns w, adding snippets when w is a terminal.
func withSnippets(w io.Writer) io.Writer {
	if !isTerminal(w) {
		return w
	}
	return &snippetWriter{w: w, files: map[string][]string{}}
}

func (s *snippetWriter) Write(p []byte) (int, error) {
	var out bytes.Buffer
	for _, line := range strings.SplitAfter(string(p), "\n") {
		out.WriteString(line)
		if strings.HasSuffix(line, "\n") {
			out.WriteString(s.snippet(strings.TrimSuffix(line, "\n")))
		}
	}
	if _, err := s.w.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// snippet is the source line a problem line names and a caret under its
// column, indented; "" when the line names no readable place.
func snippet(src []string, line, col int) string {
	if line < 1 || line > len(src) {
		return ""
	}
	text := strings.TrimRight(src[line-1], "\r")
	prefix := ""
	for i, r := range text {
		if utf8.RuneCountInString(text[:i]) >= col-1 {
			break
		}
		if r == '\t' {
			prefix += "\t"
		} else {
			prefix += " "
		}
	}
	return "    " + escapeControls(text) + "\n    " + prefix + "^\n"
}

// snippet reads the file a problem line names and returns its snippet.
func (s *snippetWriter) snippet(problem string) string {
	m := positioned().FindStringSubmatch(problem)
	if m == nil {
		return ""
	}
	src, ok := s.files[m[1]]
	if !ok {
		data, err := pleadgen.ReadFile(m[1])
		if err == nil {
			src = strings.Split(string(data), "\n")
		}
		s.files[m[1]] = src
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return snippet(src, line, col)
}

// fileLine is line n of a file, for check's JSON; "" when it cannot be
// read.
func fileLine(cache map[string][]string, file string, n int) string {
	src, ok := cache[file]
	if !ok {
		if data, err := pleadgen.ReadFile(file); err == nil {
			src = strings.Split(string(data), "\n")
		}
		cache[file] = src
	}
	if n < 1 || n > len(src) {
		return ""
	}
	return strings.TrimRight(src[n-1], "\r")
}
