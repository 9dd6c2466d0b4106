package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuoteName quotes the names that would drive a terminal or pass for
// others, and leaves the rest as they are.
func TestQuoteName(t *testing.T) {
	tests := []struct{ name, want string }{
		{"cases/a.yaml", "cases/a.yaml"},
		{"Dossier de l’État 2.yaml", "Dossier de l’État 2.yaml"},
		{"\x1b[31mred.yaml", `"\x1b[31mred.yaml"`},
		{"\x1b]0;owned\a.yaml", `"\x1b]0;owned\a.yaml"`},
		{"a\nrendered b.yaml", `"a\nrendered b.yaml"`},
		{"a\rb.yaml", `"a\rb.yaml"`},
		{"\u009b31m.yaml", `"\u009b31m.yaml"`},
		{"evil\u202eflm.yaml", `"evil\u202eflm.yaml"`},
		{"\xff.yaml", `"\xff.yaml"`},
	}
	for _, tt := range tests {
		if got := quoteName(tt.name); got != tt.want {
			t.Errorf("quoteName(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestQuoteNamesIn makes error lines safe: the names it is told of are
// quoted whole, and any other control character is escaped.
func TestQuoteNamesIn(t *testing.T) {
	tests := []struct {
		msg   string
		names []string
		want  string
	}{
		{"d/a.yaml:3:5: bad", []string{"d/a.yaml"}, "d/a.yaml:3:5: bad"},
		{"d/\x1b[2Ja.yaml:3:5: bad", []string{"d/\x1b[2Ja.yaml"}, `"d/\x1b[2Ja.yaml":3:5: bad`},
		{"d/\x1bx.yaml: its PDF d/\x1bx.pdf would overwrite", []string{"d/\x1bx.yaml", "d/\x1bx.pdf"},
			`"d/\x1bx.yaml": its PDF "d/\x1bx.pdf" would overwrite`},
		{"open \x1b[31m: no such file\nsecond line\twith a tab", nil, "open \\x1b[31m: no such file\nsecond line\twith a tab"},
		{"bytes \xff\xfe here", nil, `bytes \xff\xfe here`},
	}
	for _, tt := range tests {
		if got := quoteNamesIn(tt.msg, tt.names...); got != tt.want {
			t.Errorf("quoteNamesIn(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestProgressQuotesNames renders a directory whose case files are named
// with terminal escapes, one good and one bad: the progress and error
// lines quote the names, and no escape reaches stderr.
func TestProgressQuotesNames(t *testing.T) {
	dir := t.TempDir()
	good, bad := "\x1b[31mred.yaml", "\x1b]0;owned\a.yaml"
	writeTree(t, dir, map[string][]byte{
		good: variant(t, "red"),
		bad:  readFile(t, "testdata/bad/syntax.yaml"),
	})
	code, _, stderr := runApp("render", dir)
	if code != exitBad {
		t.Errorf("exit status %d, want 1", code)
	}
	want := []string{
		`rendered ` + quoteName(filepath.Join(dir, good)) + ` → ` + quoteName(filepath.Join(dir, "\x1b[31mred.pdf")),
		quoteName(filepath.Join(dir, bad)) + `:17:14: `,
	}
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
	if strings.ContainsAny(stderr, "\x1b\a") {
		t.Errorf("stderr holds raw escapes: %q", stderr)
	}
}

// validate and check print names that would drive the terminal escaped.
func TestValidateEscapesNames(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "\x1b[31mred.yaml")
	if err := os.WriteFile(path, []byte("number: x\n"), 0o644); err != nil {
		t.Skipf("cannot name a file so here: %v", err)
	}
	for _, cmd := range []string{"validate", "check"} {
		_, stdout, stderr := runApp(cmd, path)
		if strings.ContainsRune(stdout+stderr, 0x1b) || !strings.Contains(stdout+stderr, `\x1b[31mred.yaml`) {
			t.Errorf("%s printed:\n%q", cmd, stdout+stderr)
		}
	}
}
