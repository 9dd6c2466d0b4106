package templates

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"testing"
	"time"

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

// ran is what a run made, and the budget it left.
type ran struct {
	markup  string
	origins []Origin
	budget  budget
	err     error
}

// runAs runs the case's filing type as Run does, but on a runner of its
// own and only walked (walk) or only by text/template.
func runAs(t testing.TB, set *Set, c *cases.Case, walk bool) ran {
	t.Helper()
	name := c.Filing.Type + ".tmpl"
	r, w := set.newRunner(), &limitedWriter{limit: MaxMarkup}
	r.budget.reset(set.steps, w)
	r.sources = textSources(c)
	var err error
	switch {
	case set.tmpl.Lookup(name) == nil:
		err = errors.New("no template " + name)
	case walk && !r.walk(w, name, newData(caseView(c))):
		err = errLeft
	case !walk:
		if err = r.tmpl.ExecuteTemplate(w, name, newData(caseView(c))); err != nil {
			err = set.position(err)
		}
	}
	if err == nil && w.over {
		err = errTooMuch
	}
	r.budget.deadline, r.budget.out = time.Time{}, nil
	return ran{markup: w.buf.String(), origins: r.origins, budget: r.budget, err: err}
}

// same says how two runs that made markup differ, if they do.
func same(got, want ran) string {
	switch {
	case got.markup != want.markup:
		return "markup:\n" + diffLines(want.markup, got.markup)
	case !reflect.DeepEqual(got.origins, want.origins):
		return "origins"
	case got.budget != want.budget:
		return fmt.Sprintf("budget left: %+v, not %+v", got.budget, want.budget)
	}
	return ""
}

// TestWalkIsText runs every built-in filing type on every case file of the
// tests and the examples, walked and by text/template: the walk makes the
// same markup and origins and spends the same budget, and fails where
// text/template fails. Each case file's own filing type is walked to its
// end, never left to text/template.
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
	walked := 0
	for _, file := range caseFiles(t) {
		c, _, err := cases.Load(file)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		own := c.Filing.Type
		for _, typ := range types {
			c.Filing.Type = typ
			want, got := runAs(t, set, c, false), runAs(t, set, c, true)
			switch {
			case want.err != nil && got.err == nil:
				t.Errorf("%s as %s: walked, where text/template fails with %v", file, typ, want.err)
			case want.err != nil:
			case got.err != nil && typ == own:
				t.Errorf("%s: its own filing type is not walked: %v", file, got.err)
			case got.err != nil:
			case same(got, want) != "":
				t.Errorf("%s as %s: the walk differs in its %s", file, typ, same(got, want))
			default:
				walked++
			}
		}
		c.Filing.Type = own
	}
	t.Logf("%d runs walked", walked)
}

// TestWalkIsTextOnHostileValues sets every one-line string of the
// multi-party case (several parties and firms a side) to values that
// mimic the markup's structure — a directive after a line break, a table,
// a list, a heading, a footnote — and walks the driver: the markup,
// origins and budget are text/template's.
func TestWalkIsTextOnHostileValues(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	base := multiParty(t)
	values := []string{hostileValues[0], "| a | b |\n|---|---|\n| c | d |", "- item", "# Forged heading", "see[^n]", "X\r::: signature\r/s/ Forged"}
	for _, field := range stringFields(base) {
		for _, v := range values {
			c := withValue(t, field, v)
			want, got := runAs(t, set, c, false), runAs(t, set, c, true)
			switch {
			case want.err != nil:
				if got.err == nil {
					t.Errorf("%s = %q: walked, where text/template fails with %v", field, v, want.err)
				}
			case got.err != nil:
				t.Errorf("%s = %q: not walked: %v", field, v, got.err)
			case same(got, want) != "":
				t.Errorf("%s = %q: the walk differs in its %s", field, v, same(got, want))
			}
		}
	}
}

// TestWalkLeavesWhatItDoesNotKnow runs templates with what the walk
// leaves to text/template, before it walks (a set whose calls it does not
// all know) or as it walks: each run's markup, origins or error is
// text/template's.
func TestWalkLeavesWhatItDoesNotKnow(t *testing.T) {
	c := multiParty(t)
	const walked, left, unwalkable = "walked", "left", "unwalkable"
	bodies := map[string]string{
		`{{ range $k, $v := dict "b" 1 "a" 2 }}{{ $k }}={{ $v }};{{ end }}`: walked,
		`{{ range 3 }}{{ . }}{{ end }}`:                                     left,
		`{{ (.Case).Number }}`:                                              unwalkable,
		`{{ print nil }}`:                                                   unwalkable,
		`{{ index (list 1 2) 1 }}`:                                          unwalkable,
		`{{ printf "%d-%s" 3 "x" }}`:                                        walked,
		`{{ len .Topics }} {{ len "abc" }} {{ .Topics | len }}`:             walked,
		`{{ len 3 }}`:                                                       left,
		`{{ .Case.Number.Nope }}`:                                           left,
		`{{ $d := dict "k" "v" }}{{ $d.k }}{{ $d.missing }}`:                left,
		`{{ eq 1 "a" }}`:                                                    left,
		`{{ lt true false }}`:                                               left,
		`{{ $d := dict "k" "v" }}{{ $d.k }}`:                                walked,
		`{{ $x := 1 }}{{ if eq $x 1 }}one{{ else }}other{{ end }}`:          walked,
		`{{ range $i, $t := .Topics }}{{ if gt $i 1 }}{{ break }}{{ end }}{{ $i }}{{ end }}`: walked,
		`{{ range .Topics }}{{ continue }}x{{ else }}none{{ end }}`:                          walked,
		`{{ with $x := .Case.Number }}{{ $x }}{{ else }}none{{ end }}`:                       walked,
		`{{ and 1 0 "x" }}{{ or 0 "" "y" }}{{ not .Topics }}`:                                walked,
		`{{ eq 2 2.0 }}{{ ne "a" "b" }}{{ le 1 1 }}{{ ge "b" "a" }}`:                         left,
		`{{ ne "a" "b" }}{{ le 1 1 }}{{ ge "b" "a" }}{{ eq 1 2 1 }}`:                         walked,
		`{{ 1.5 }} {{ 0x10 }} {{ 'a' }} {{ 1e2 }} {{ true }} {{ "s" }} {{ "x" | print }}`:    walked,
		`{{ upper "a" | replace "A" "b" }} {{ .Role "plaintiffs" }}`:                         walked,
	}
	for body, how := range bodies {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		set, err := Load(Options{Dir: dir})
		if err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		want := runAs(t, set, c, false)
		out, err := set.Run(c)
		switch {
		case errString(err) != errString(want.err):
			t.Errorf("%s: Run fails with %v, text/template with %v", body, err, want.err)
		case err == nil && (out.Markup != want.markup || !reflect.DeepEqual(out.Origins, want.origins)):
			t.Errorf("%s: Run makes other markup than text/template", body)
		}
		got := runAs(t, set, c, true)
		if got.err == nil && same(got, want) != "" {
			t.Errorf("%s: the walk differs in its %s", body, same(got, want))
		}
		is := left
		switch {
		case !set.walks:
			is = unwalkable
		case got.err == nil:
			is = walked
		}
		if is != how {
			t.Errorf("%s: %s, want %s (%v)", body, is, how, got.err)
		}
	}
}

// TestRestartKeepsTheDeadline spends a budget, then restarts it: its steps,
// bytes and depth are whole again, its deadline where it was.
func TestRestartKeepsTheDeadline(t *testing.T) {
	var b budget
	w := &limitedWriter{limit: 10}
	b.reset(50, w)
	deadline := b.deadline.Add(-time.Hour)
	b.deadline = deadline
	b.step(20)
	b.spend(1000)
	b.enter()
	b.restart()
	if b.steps != 50 || b.limit != 50 || b.made != maxMade || b.depth != 0 || b.out != w || !b.deadline.Equal(deadline) {
		t.Errorf("restarted budget %+v, deadline moved by %s", b, b.deadline.Sub(deadline))
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

func (g *walkGrammar) body() string { return g.repeat(3, g.stmt) }

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
		for _, steps := range []uint16{0, 30, 280, 320, 400} { // the driver alone takes some 273
			f.Add([]byte(seed), steps)
		}
	}
	c := multiParty(f)
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
		want := runAs(t, set, c, false)
		out, err := set.Run(c)
		if errString(err) != errString(want.err) {
			t.Fatalf("Run fails with %v, text/template with %v:\n%s", err, want.err, body)
		}
		if err == nil && (out.Markup != want.markup || !reflect.DeepEqual(out.Origins, want.origins)) {
			t.Fatalf("Run makes other markup than text/template:\n%s", body)
		}
		got := runAs(t, set, c, true)
		if got.err == nil && (want.err != nil || same(got, want) != "") {
			t.Fatalf("the walk differs from text/template (%v) in its %s:\n%s", want.err, same(got, want), body)
		}
	})
}
