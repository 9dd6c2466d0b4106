package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// What the layout refuses is reported at the case file's key by check,
// as by render: a caption page 1 cannot hold, at the party that makes it
// long; a footer title, at the title.
func TestCheckPlacesLayoutErrors(t *testing.T) {
	good, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file  string
		line, col   int
		field, text string
	}{
		{"caption", strings.Replace(string(good), "name: Just Futures Law", "name: "+strings.Repeat("Very Long Name ", 40), 1),
			9, 5, "plaintiffs[0]", "page 1 cannot hold the caption"},
		{"footer", strings.Replace(string(good), "filing:\n", "filing:\n  title: "+strings.Repeat("Long Title Words ", 14)+"\n", 1),
			0, 10, "filing.title", "needs more than the two lines the footer holds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "case.yaml")
			if err := os.WriteFile(path, []byte(tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			code, stdout, stderr := runApp("check", "--json", path)
			var fs []struct {
				Line, Col      int
				Severity       string
				Field, Message string
			}
			if err := json.Unmarshal([]byte(stdout), &fs); err != nil || code != 1 {
				t.Fatalf("exit %d, %v; stdout %s stderr %s", code, err, stdout, stderr)
			}
			found := false
			for _, f := range fs {
				if f.Severity == "error" && strings.Contains(f.Message, tt.text) {
					found = true
					if f.Field != tt.field || f.Col != tt.col || (tt.line > 0 && f.Line != tt.line) || f.Line <= 1 {
						t.Errorf("at %d:%d %s, want %d:%d %s", f.Line, f.Col, f.Field, tt.line, tt.col, tt.field)
					}
				}
			}
			if !found {
				t.Errorf("no error saying %q in %s", tt.text, stdout)
			}
		})
	}
}

// A footnote nothing refers to is reported as a warning where it stands
// in the case file, and the PDF is still written.
func TestUnreferencedFootnoteWarns(t *testing.T) {
	good, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(good), "    jurisdiction: All parties have been served.\n",
		"    jurisdiction: |\n      All parties have been served.\n\n      [^orphan]: A note nothing refers to.\n", 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runApp("render", path, "-o", filepath.Join(dir, "case.pdf"))
	want := path + ":37:7: warning: footnote [^orphan] is defined but never referred to; it is left out"
	if code != 0 || !strings.Contains(stderr, want+"\n") {
		t.Errorf("exit %d, stderr:\n%s\nwant a line %s", code, stderr, want)
	}
}

// -j beyond four a CPU is lowered to it: more cases at once add memory,
// not speed.
func TestWorkersAreCapped(t *testing.T) {
	o, _, err := parseRenderFlags([]string{"-j", "100000", "x.yaml"}, io.Discard)
	if err != nil || o.workers != maxWorkers() {
		t.Errorf("workers %d, %v; want %d", o.workers, err, maxWorkers())
	}
}

// A character written as a YAML escape or a character reference is found
// where it is written.
func TestEscapedCharactersArePlaced(t *testing.T) {
	good, err := os.ReadFile("testdata/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	const line = "    jurisdiction: All parties have been served."
	tests := []struct{ text, want string }{
		{`    jurisdiction: "All parties \u0007 have been served."`, ":34:19: filing.topics.jurisdiction: control character U+0007 is not allowed"},
		{`    jurisdiction: "All parties \U0001F600 have been served."`, ":34:32: character U+1F600 '😀' is not in the embedded fonts; write it another way"},
		{"    jurisdiction: All parties &#x1F600; have been served.", ":34:31: character U+1F600 '😀' is not in the embedded fonts; write it another way"},
		{"    jurisdiction: All parties &#128512; have been served.", ":34:31: character U+1F600 '😀' is not in the embedded fonts; write it another way"},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "case.yaml")
		if err := os.WriteFile(path, []byte(strings.Replace(string(good), line, tt.text, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := runApp("validate", path)
		if code != 1 || !strings.Contains(stderr, path+tt.want+"\n") {
			t.Errorf("%s: exit %d, stderr:\n%s\nwant %s", tt.text, code, stderr, path+tt.want)
		}
	}
}

// A caption made long by related cases blames them, not the parties.
func TestCaptionOfManyRelatedCases(t *testing.T) {
	good, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var related strings.Builder
	related.WriteString("filing:\n  caption:\n    related:\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&related, "      - number: 4:21-cv-%05d\n", 3000+i)
	}
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := os.WriteFile(path, []byte(strings.Replace(string(good), "filing:\n", related.String(), 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runApp("validate", path)
	if code != 1 || !strings.Contains(stderr, ": filing.caption.related: ") || !strings.Contains(stderr, "(list fewer related cases under the number)") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// What no text of the case file holds is placed at its filing key: a
// document past the page limit, markup a template of one's own broke.
func TestWholeDocumentErrorsArePlaced(t *testing.T) {
	good, err := os.ReadFile("testdata/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "tmpl")
	if err := os.MkdirAll(tmpl, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmpl, "court.tmpl"), []byte("::: lines\nX\n::: court\nY\n:::\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "case.yaml")
	if err := os.WriteFile(path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runApp("validate", "--templates", tmpl, path)
	want := path + `:27:3: filing: "lines" block opened on line 22 is not closed before this one (line 24 of the markup the templates made; pleadgen markup prints it)`
	if code != 1 || !strings.Contains(stderr, want+"\n") {
		t.Errorf("exit %d, stderr:\n%s\nwant %s", code, stderr, want)
	}
}
