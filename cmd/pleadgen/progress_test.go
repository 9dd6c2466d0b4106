package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestProgressLines renders a directory with stderr not a terminal: one
// plain line per case and a summary, or with -q nothing but errors.
func TestProgressLines(t *testing.T) {
	rendered := regexp.MustCompile(`^rendered \S+\.yaml → \S+\.pdf \([0-9.]+ ms\)$`)
	unchangedLine := regexp.MustCompile(`^unchanged \S+\.yaml → \S+\.pdf$`)
	summaryLine := regexp.MustCompile(`^[0-9]+ rendered, [0-9]+ unchanged, [0-9]+ failed in [0-9.]+ m?s$`)
	tests := []struct {
		name  string
		flags []string
		bad   bool
		want  []*regexp.Regexp // each line of stderr, in any order
	}{
		{"plain", nil, false, []*regexp.Regexp{rendered, rendered, summaryLine}},
		{"plain again", nil, false, []*regexp.Regexp{unchangedLine, unchangedLine, summaryLine}},
		{"quiet", []string{"-q", "--force"}, false, nil},
		{"quiet with an error", []string{"-q"}, true,
			[]*regexp.Regexp{regexp.MustCompile(`^\S+/broken\.yaml:17:14: the \[ opened here is not closed with \] on its line$`)}},
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{"a.yaml": variant(t, "a"), "b.yaml": variant(t, "b")})
	for _, tt := range tests {
		if tt.bad {
			writeFile(t, filepath.Join(dir, "broken.yaml"), readFile(t, "testdata/bad/syntax.yaml"))
		}
		code, stdout, stderr := runApp(append([]string{"render", dir}, tt.flags...)...)
		if (code != exitOK) != tt.bad || stdout != "" {
			t.Errorf("%s: exit status %d, stdout %q", tt.name, code, stdout)
		}
		checkLines(t, tt.name, stderr, tt.want)
	}
}

// checkLines checks that each line of out matches one pattern, each
// pattern used once.
func checkLines(t *testing.T, name, out string, want []*regexp.Regexp) {
	t.Helper()
	var lines []string
	if out != "" {
		lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	}
	if len(lines) != len(want) {
		t.Errorf("%s: %d lines, want %d:\n%s", name, len(lines), len(want), out)
		return
	}
	used := make([]bool, len(want))
next:
	for _, line := range lines {
		for i, re := range want {
			if !used[i] && re.MatchString(line) {
				used[i] = true
				continue next
			}
		}
		t.Errorf("%s: unexpected line %q in\n%s", name, line, out)
	}
}

// TestProgressNotTerminal checks that neither a buffer, a pipe nor a file
// is taken for a terminal, so that such output gets plain lines.
func TestProgressNotTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	for name, out := range map[string]io.Writer{"buffer": &bytes.Buffer{}, "pipe": w, "file": f, "null": null} {
		if isTerminal(out) {
			t.Errorf("%s taken for a terminal", name)
		}
		if _, ok := newProgress(out, false, 5).(*lines); !ok {
			t.Errorf("%s: no plain lines", name)
		}
	}
}

// TestProgressBar drives the bar with a finished batch and an interrupted
// one: errors are printed above it with their controls escaped, the line
// is drawn again in place with the count and the tally, never wider than
// the terminal, and finishing ends its line.
func TestProgressBar(t *testing.T) {
	for _, n := range []string{"3", "2"} {
		var out syncBuffer
		b := newBar(&out, 3)
		b.done(report{job: job{src: "a.yaml", out: "a.pdf"}, outcome: rendered, took: time.Millisecond})
		b.done(report{job: job{src: "b.yaml"}, outcome: failed, err: errors.New("b.yaml:1:1: broken\x1b[2J")})
		if n == "3" {
			b.done(report{job: job{src: "c.yaml", out: "c.pdf"}, outcome: unchanged})
		}
		b.finish()
		got := out.String()
		if !strings.Contains(got, "b.yaml:1:1: broken") || strings.Contains(got, "\x1b[2J") {
			t.Errorf("%s of 3 done: the error is missing or drives the terminal: %q", n, got)
		}
		lines := strings.Split(strings.TrimSuffix(got, "\n"), "\r\x1b[K")
		last := lines[len(lines)-1]
		if !strings.HasPrefix(last, "render "+n+"/3 [") || !strings.HasSuffix(got, "\n") {
			t.Errorf("%s of 3 done: the last line drawn is %q", n, last)
		}
		for _, l := range lines {
			if len(l) > 79 && !strings.Contains(l, "\n") {
				t.Errorf("a line of %d columns on a terminal of 80: %q", len(l), l)
			}
		}
		want := map[string]string{"3": "(1 rendered, 1 unchanged, 1 failed)", "2": "(1 rendered, 0 unchanged, 1 failed)"}[n]
		if got := b.tally(); got != want || !strings.HasSuffix(last, want) {
			t.Errorf("tally %q, last line %q, want %q", got, last, want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{450 * time.Microsecond, "0.5 ms"},
		{12 * time.Millisecond, "12 ms"},
		{1500 * time.Millisecond, "1500 ms"},
		{12 * time.Second, "12.0 s"},
	}
	for _, tt := range tests {
		if got := formatDuration(tt.d); got != tt.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

// TestProgressBarNarrow draws the bar on terminals too narrow for it: the
// line is cut to the terminal, so that it never wraps.
func TestProgressBarNarrow(t *testing.T) {
	for _, width := range []int{1, 20, 40, 60, 200} {
		var out syncBuffer
		b := newBar(&out, 5000)
		b.width = width
		b.done(report{job: job{src: "a.yaml", out: "a.pdf"}, outcome: rendered})
		if l := b.line(); len(l) > max(width-1, 1) {
			t.Errorf("%d columns: a line of %d: %q", width, len(l), l)
		}
	}
}
