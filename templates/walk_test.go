package templates

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"pleadgen/cases"
)

// caseFiles are the case files of the tests and the examples.
func caseFiles(t testing.TB) []string {
	var files []string
	for _, pattern := range []string{"testdata/*.yaml", "../examples/*.yaml", "../examples/courts/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d case files", len(files))
	}
	return files
}

// TestWalkIsText runs every built-in filing type on every case file of the
// tests and the examples, walked and by text/template: the walk makes the
// same markup and origins, and fails where text/template fails. Each case
// file's own filing type is walked to its end, never left to
// text/template.
func TestWalkIsText(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	var types []string
	for name := range cases.BuiltinTypes() {
		types = append(types, name)
	}
	sort.Strings(types)
	if len(types) < 5 {
		t.Fatalf("filing types %v", types)
	}
	for _, file := range caseFiles(t) {
		c, _, err := cases.Load(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		own := c.Filing.Type
		for _, typ := range types {
			c.Filing.Type = typ
			want, wantErr := set.run(c, textOnly)
			got, gotErr := set.run(c, walkOnly)
			switch {
			case wantErr != nil && gotErr == nil:
				t.Errorf("%s as %s: walked, where text/template fails with %v", file, typ, wantErr)
			case wantErr != nil:
			case errors.Is(gotErr, errLeft) && typ == own:
				t.Errorf("%s: its own filing type is left to text/template", file)
			case errors.Is(gotErr, errLeft):
			case gotErr != nil:
				t.Errorf("%s as %s: %v", file, typ, gotErr)
			case got.Markup != want.Markup:
				t.Errorf("%s as %s: the walk's markup differs:\n%s", file, typ, diffLines(want.Markup, got.Markup))
			case !reflect.DeepEqual(got.Origins, want.Origins):
				t.Errorf("%s as %s: the walk's origins differ", file, typ)
			}
		}
		c.Filing.Type = own
	}
}

// TestWalkLeavesWhatItDoesNotKnow runs templates with what the walk
// leaves to text/template: each run's markup or error is text/template's.
func TestWalkLeavesWhatItDoesNotKnow(t *testing.T) {
	c, _, err := cases.Load(filepath.Join("testdata", "multi-party.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	bodies := map[string]bool{ // walked to the end?
		`{{ range $k, $v := dict "b" 1 "a" 2 }}{{ $k }}={{ $v }};{{ end }}`: false,
		`{{ range 3 }}{{ . }}{{ end }}`:                                     false,
		`{{ (.Case).Number }}`:                                              false,
		`{{ printf "%d-%s" 3 "x" }}`:                                        true,
		`{{ len .Topics }}`:                                                 false,
		`{{ .Case.Number.Nope }}`:                                           false,
		`{{ $d := dict "k" "v" }}{{ $d.k }}{{ $d.missing }}`:                false,
		`{{ eq 1 "a" }}`:                                                    false,
		`{{ lt true false }}`:                                               false,
		`{{ index (list 1 2) 5 }}`:                                          false,
		`{{ $d := dict "k" "v" }}{{ $d.k }}`:                                true,
		`{{ $x := 1 }}{{ if eq $x 1 }}one{{ else }}other{{ end }}`:          true,
		`{{ range $i, $t := .Topics }}{{ if gt $i 1 }}{{ break }}{{ end }}{{ $i }}{{ end }}`: true,
		`{{ range .Topics }}{{ continue }}x{{ else }}none{{ end }}`:                          true,
		`{{ with $x := .Case.Number }}{{ $x }}{{ else }}none{{ end }}`:                       true,
		`{{ and 1 0 "x" }}{{ or 0 "" "y" }}{{ not .Topics }}`:                                true,
		`{{ eq 2 2.0 }}{{ ne "a" "b" }}{{ le 1 1 }}{{ ge "b" "a" }}`:                         false,
		`{{ 1.5 }} {{ 0x10 }} {{ true }} {{ "s" }} {{ "x" | print }}`:                        true,
		`{{ upper "a" | replace "A" "b" }}`:                                                  true,
	}
	for body, walked := range bodies {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		set, err := Load(Options{Dir: dir})
		if err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		want, wantErr := set.run(c, textOnly)
		got, gotErr := set.run(c, walkOrText)
		if errString(gotErr) != errString(wantErr) || wantErr == nil && got.Markup != want.Markup {
			t.Errorf("%s: run gives %v, text/template %v", body, gotErr, wantErr)
		}
		if _, err := set.run(c, walkOnly); (err == nil) != walked {
			t.Errorf("%s: walked to the end %v, want %v (%v)", body, err == nil, walked, err)
		}
	}
}

// errString is an error's message, its addresses blanked: an error may
// print the case's values, which two runs make anew.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return address.ReplaceAllString(err.Error(), "0x")
}

var address = regexp.MustCompile(`0x[0-9a-f]+`)

// walkGrammar builds a template from fuzz bytes out of what the walk
// does itself, and some of what it leaves: fields, methods with and
// without arguments, map entries, variables, literals, comparisons,
// and/or/not, pipes, if/with/range with else, break and continue, and
// template calls.
type walkGrammar struct {
	grammar
	ranges int // the ranges around the statement being made
}

func (g *walkGrammar) value() string {
	if g.depth > 3 {
		return g.pick(".Title", "$v", "1", `"a"`)
	}
	g.depth++
	defer func() { g.depth-- }()
	return g.pick(
		".Title", ".Case.Number", ".Topics", ".Intro", ".Case.Filing.Date", ".Fields", ".Signatures",
		`.Role "plaintiffs"`, `(.PartiesOf "defendants")`, `.Columns "x"`, ".Nope", ".Case.Nope",
		"$v", "$w", "$d.k", "$d.missing", "$", "$.Title", ".",
		"0", "1", "-1", "2.5", "0x10", "'a'", `""`, `"a"`, `"b"`, "true", "false", "nil",
		"list 1 2", `dict "k" 1`, `upper "x"`, "len .Topics", "(len $d)", "add1 1", `print "p" 2`,
		"("+g.cond()+")", "("+g.value()+" | print)", "index (list 1 2) 1", `printf "%v" `+g.value(),
	)
}

func (g *walkGrammar) cond() string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 {
		return g.pick("true", "$v", ".Topics")
	}
	op := g.pick("eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not", "")
	switch op {
	case "":
		return g.value()
	case "not":
		return "not " + g.value()
	case "eq", "and", "or":
		return op + " " + g.value() + " " + g.value() + g.pick("", " "+g.value())
	}
	return op + " " + g.value() + " " + g.value()
}

func (g *walkGrammar) stmt() string {
	if g.depth > 3 {
		return g.pick("x", "{{ $v }}", "{{ .Title }}")
	}
	g.depth++
	defer func() { g.depth-- }()
	forms := []func() string{
		func() string { return "text\n" },
		func() string { return "{{ " + g.value() + " }}" },
		func() string {
			return "{{ " + g.value() + " | " + g.pick("print", "upper", "eq 1", "and 1", "or 0", "not", "len") + " }}"
		},
		func() string { return "{{ $v = " + g.value() + " }}" },
		func() string { return "{{ $w := " + g.cond() + " }}{{ $w }}" },
		func() string {
			return "{{ if " + g.cond() + " }}" + g.body() + "{{ else if " + g.cond() + " }}" + g.body() + "{{ else }}" + g.body() + "{{ end }}"
		},
		func() string {
			return "{{ with " + g.pick("", "$x := ") + g.value() + " }}" + g.body() + "{{ else }}" + g.body() + "{{ end }}"
		},
		func() string {
			g.ranges++
			defer func() { g.ranges-- }()
			return "{{ range " + g.pick("", "$e := ", "$i, $e := ", "$v = ") + g.value() + " }}" + g.body() + g.pick("", "{{ else }}"+g.body()) + "{{ end }}"
		},
		func() string {
			if g.ranges == 0 {
				return "y"
			}
			return "{{ if " + g.cond() + " }}{{ " + g.pick("break", "continue") + " }}{{ end }}"
		},
		func() string { return `{{ template "t" ` + g.value() + " }}" },
	}
	return forms[g.next()%len(forms)]()
}

func (g *walkGrammar) body() string {
	var b strings.Builder
	for n := g.next() % 3; n >= 0; n-- {
		b.WriteString(g.stmt())
	}
	return b.String()
}

// template is a whole court.tmpl: its variables, a template "t" that
// prints what it is given, and a body.
func (g *walkGrammar) template() string {
	return `{{ define "t" }}[{{ . }}|{{ $ }}]{{ end }}{{ $v := "v" }}{{ $w := 0 }}{{ $d := dict "k" "entry" }}` + g.body()
}

// FuzzWalkIsText runs random templates made from walkGrammar, walked and
// by text/template, with a budget that may run out: the run gives
// text/template's markup or its error, and a walk that reaches its end
// makes text/template's markup.
func FuzzWalkIsText(f *testing.F) {
	for _, seed := range []string{"", "\x01\x02\x03", "\x07\x00\x05\x01\x02", "\x05\x03\x08\x06\x01\x0a", "\x07\x02\x07\x01\x08\x00\x06", "\x06\x09\x02\x04\x06\x03"} {
		f.Add([]byte(seed), uint16(0))
		f.Add([]byte(seed), uint16(30))
	}
	c, _, err := cases.Load(filepath.Join("testdata", "multi-party.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, steps uint16) {
		body := (&walkGrammar{grammar: grammar{data: data}}).template()
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		set, err := Load(Options{Dir: dir, MaxSteps: int(steps)})
		if err != nil {
			return // refused as text/template parses it
		}
		want, wantErr := set.run(c, textOnly)
		got, gotErr := set.run(c, walkOrText)
		if errString(gotErr) != errString(wantErr) {
			t.Fatalf("run fails with %v, text/template with %v:\n%s", gotErr, wantErr, body)
		}
		if wantErr == nil && (got.Markup != want.Markup || !reflect.DeepEqual(got.Origins, want.Origins)) {
			t.Fatalf("run makes other markup than text/template:\n%s", body)
		}
		walked, err := set.run(c, walkOnly)
		if err == nil && (wantErr != nil || walked.Markup != want.Markup) {
			t.Fatalf("the walk makes %q, text/template %q (%v):\n%s", walked.Markup, want.Markup, wantErr, body)
		}
	})
}
