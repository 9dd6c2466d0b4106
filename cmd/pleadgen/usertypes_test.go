package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// noticeCase is the complete case file as a notice of appearance, a type
// the test's templates directory declares; extra is added to filing:.
func noticeCase(t *testing.T, extra string) []byte {
	t.Helper()
	good := string(readFile(t, completePath))
	i := strings.Index(good, "filing:\n")
	if i < 0 {
		t.Fatal("the complete case file has no filing:")
	}
	head := strings.Replace(good[:i], "  - name: Just Futures Law", "  - name: Just Futures Law\n    id: acme", 1)
	return []byte(head + "filing:\n  type: notice-of-appearance\n  date: 2021-07-14\n" + extra)
}

// A filing type declared in a templates directory renders with no Go of
// its own, and its keys are checked with positions like the built-in
// ones.
func TestUserDefinedFilingType(t *testing.T) {
	tdir := "testdata/usertype"
	dir := t.TempDir()
	good := filepath.Join(dir, "notice.yaml")
	writeFile(t, good, noticeCase(t, "  attorney: Ann Lee\n  for_party: acme\n  effective: 2021-08-01\n  note: Ms. Lee *replaces* Mr. Doe.\n"))
	out := filepath.Join(dir, "notice.pdf")
	if code, _, stderr := runApp("render", "--templates", tdir, good, "-o", out); code != exitOK {
		t.Fatalf("render: exit %d\n%s", code, stderr)
	}
	text := squashed(pdfPlain(t, out))
	for _, want := range []string{"NOTICE OF APPEARANCE OF ANN LEE",
		"PLEASE TAKE NOTICE that Ann Lee appears as counsel of record for Just Futures Law, effective August 1, 2021.",
		"Ms. Lee replaces Mr. Doe."} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in the PDF:\n%.1500s", want, text)
		}
	}

	tests := []struct{ extra, want string }{
		{"  for_party: acme\n", ":28:3: filing.attorney: missing required field of a notice-of-appearance: the attorney who appears"},
		{"  attorney: Ann Lee\n  for_party: acm\n", `:31:14: filing.for_party: no party has the id "acm" (did you mean "acme"?)`},
		{"  attorney: Ann Lee\n  for_party: acme\n  efective: 2021-08-01\n", `:32:3: filing.efective: unknown key "efective" (did you mean "effective"?)`},
		{"  attorney: [Ann, Lee]\n  for_party: acme\n", ":30:13: filing.attorney: expected a string, got a sequence"},
		{"  attorney: Ann Lee\n  for_party: acme\n  effective: 2021-02-30\n", `:32:14: filing.effective: impossible date "2021-02-30"`},
	}
	for _, tt := range tests {
		path := filepath.Join(t.TempDir(), "notice.yaml")
		writeFile(t, path, noticeCase(t, tt.extra))
		code, _, stderr := runApp("validate", "--templates", tdir, path)
		if code != exitBad || !strings.Contains(stderr, path+tt.want) {
			t.Errorf("%q: exit %d\n%s\nwant %s", tt.extra, code, stderr, path+tt.want)
		}
	}
	// Without the directory, the type is unknown.
	code, _, stderr := runApp("validate", good)
	if code != exitBad || !strings.Contains(stderr, `unknown filing type "notice-of-appearance"`) {
		t.Errorf("without --templates: exit %d\n%s", code, stderr)
	}
}

// A type file is decoded strictly, with positions, and needs its driver
// template.
func TestUserDefinedTypeFileErrors(t *testing.T) {
	tests := []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"x.type.yaml": "title: X\nkeys:\n  - name: a\n    kind: txt\n", "x.tmpl": ""},
			`x.type.yaml:4:11: keys[0].kind: unknown kind "txt" (known kinds: bool, date, markdown, markdown-list, party, table, text, text-list)`},
		{map[string]string{"x.type.yaml": "title: X\nkeys:\n  - name: date\n    kind: text\n", "x.tmpl": ""},
			`x.type.yaml:3:11: keys[0].name: filing.date is a key of every filing, or given twice`},
		{map[string]string{"x.type.yaml": "title: X {who}\n", "x.tmpl": ""},
			`x.type.yaml:1:8: title: {who} in the title names no required text key of the type`},
		{map[string]string{"x.type.yaml": "title: X\ntitel: Y\n", "x.tmpl": ""},
			`x.type.yaml:2:1: titel: unknown key "titel" (did you mean "title"?)`},
		{map[string]string{"x.type.yaml": "title: X\nkeys:\n  - name: positions\n    kind: text\n", "x.tmpl": ""},
			`x.type.yaml:3:11: keys[0].name: a key's name is lower-case words joined by _, and not one the case file uses otherwise, not "positions"`},
		{map[string]string{"x.type.yaml": "title: X\n"},
			`x.type.yaml:1:1: the filing type x needs its driver template, x.tmpl, beside it`},
	}
	for _, tt := range tests {
		tdir := t.TempDir()
		writeTree(t, tdir, func() map[string][]byte {
			m := map[string][]byte{}
			for k, v := range tt.files {
				m[k] = []byte(v)
			}
			return m
		}())
		code, _, stderr := runApp("validate", "--templates", tdir, completePath)
		if code != exitBad || !strings.Contains(stderr, filepath.Join(tdir, tt.want)) {
			t.Errorf("exit %d\n%s\nwant %s", code, stderr, filepath.Join(tdir, tt.want))
		}
	}
}

// A type's optional keys may be left out: its template sees their zero
// values. A case file that lacks only its type says so at its filing.
func TestOptionalTypeKeysLeftOut(t *testing.T) {
	dir := t.TempDir()
	notice := filepath.Join(dir, "notice.yaml")
	writeFile(t, notice, noticeCase(t, "  attorney: Ann Lee\n  for_party: acme\n"))
	if code, _, stderr := runApp("render", "--templates", "testdata/usertype", notice, "-o", filepath.Join(dir, "n.pdf")); code != exitOK {
		t.Errorf("a notice without its optional keys: exit %d\n%s", code, stderr)
	}
	stip := filepath.Join(copyExamples(t), "redwood-v-cobalt/stip.yaml")
	data := string(readFile(t, "../../examples/redwood-v-cobalt/stipulation-to-continue.yaml"))
	i, j := strings.Index(data, "  dates:\n"), strings.Index(data, "  changes_time:")
	writeFile(t, stip, []byte(data[:i]+data[j:]))
	if code, _, stderr := runApp("render", stip, "-o", filepath.Join(dir, "s.pdf")); code != exitOK {
		t.Errorf("a stipulation without dates: exit %d\n%s", code, stderr)
	}
	untyped := filepath.Join(dir, "untyped.yaml")
	writeFile(t, untyped, []byte(strings.Replace(string(readFile(t, examplePath)), "  type: joint-cmc-statement\n", "", 1)))
	if code, _, stderr := runApp("validate", untyped); code != exitBad || !strings.Contains(stderr, "filing.type: missing required field") {
		t.Errorf("a case file without its type: exit %d\n%s", code, stderr)
	}
}
