package check

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/court"
)

// checkExample loads, renders and checks an example case file.
func checkExample(t *testing.T, path string) ([]cases.Problem, []Finding) {
	t.Helper()
	c, warnings, err := cases.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return warnings, Case(c, renderCase(t, c))
}

// The reference filing, dated July 14, 2021 for a conference on July 21,
// breaks no rule: its counsel give no bar numbers, which only warns.
func TestReferenceExampleIsClean(t *testing.T) {
	warnings, fs := checkExample(t, "../examples/aclu-v-ice-joint-cmc.yaml")
	report := Report(warnings, fs)
	if HasErrors(report) {
		t.Errorf("errors:\n%s", lines(report))
	}
	want := []string{
		"../examples/aclu-v-ice-joint-cmc.yaml:29:5: warning: counsel[0].bar: page 1 lists Vasudha Talla without a state bar number (Civil L.R. 3-4(a)(1))",
		"../examples/aclu-v-ice-joint-cmc.yaml:38:5: warning: counsel[1].bar: no state bar number: Civil L.R. 3-4(a)(1) asks for it",
		"info: length: 8 pages, 5 without the caption page and the signature pages (limit 10)",
		"info: due: 2021-07-14 (7 days before the conference on 2021-07-21) (Civil L.R. 16-9(a))",
	}
	got := lines(report)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("report lacks %q:\n%s", w, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != len(want) {
		t.Errorf("%d findings, want %d:\n%s", n, len(want), got)
	}
}

func TestRedwoodExampleIsClean(t *testing.T) {
	warnings, fs := checkExample(t, "../examples/redwood-v-cobalt-joint-cmc.yaml")
	if report := Report(warnings, fs); HasErrors(report) {
		t.Errorf("errors:\n%s", lines(report))
	}
}

func lines(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.String())
	}
	return strings.Join(out, "\n")
}

func TestReportLeavesOutRepeatedWarnings(t *testing.T) {
	p := cases.Pos{Line: 29, Col: 5}
	problems := []cases.Problem{
		{File: "a.yaml", Pos: p, Field: "counsel[0].bar", Message: "no state bar number", Warning: true},
		{File: "a.yaml", Pos: cases.Pos{Line: 3, Col: 1}, Field: "x", Message: "other", Warning: true},
	}
	findings := []Finding{{File: "a.yaml", Line: 29, Col: 5, Severity: Warning, Field: "counsel[0].bar", Message: "page 1 …", Rule: "R"}}
	got := lines(Report(problems, findings))
	want := "a.yaml:3:1: warning: x: other\na.yaml:29:5: warning: counsel[0].bar: page 1 … (R)"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFromError(t *testing.T) {
	errs := cases.Errors{{File: "a.yaml", Pos: cases.Pos{Line: 2, Col: 3}, Field: "number", Message: "bad"}}
	if got := lines(FromError("a.yaml", errs)); got != "a.yaml:2:3: error: number: bad" {
		t.Errorf("got %q", got)
	}
	if got := lines(FromError("a.yaml", errors.New("a.yaml: boom"))); got != "a.yaml:1:1: error: boom" {
		t.Errorf("got %q", got)
	}
}

func TestWarnings(t *testing.T) {
	fs := []Finding{
		{File: "a.yaml", Line: 1, Col: 1, Severity: Error, Field: "filing", Message: "too long", Rule: "R1"},
		{File: "a.yaml", Line: 2, Col: 1, Severity: Info, Message: "due: …", Rule: "R2"},
		{File: "a.yaml", Line: 3, Col: 1, Severity: Warning, Message: "loader's own"},
	}
	ps := Warnings(fs)
	var got []string
	for _, p := range ps {
		got = append(got, p.String())
	}
	want := "a.yaml:1:1: warning: filing: too long (R1)\na.yaml:3:1: warning: loader's own"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

func TestFindingJSON(t *testing.T) {
	b, err := json.Marshal(Finding{File: "a.yaml", Line: 4, Col: 2, Severity: Error, Message: "m", Rule: "r"})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"file":"a.yaml","line":4,"col":2,"severity":"error","message":"m","rule":"r"}`
	if string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
}

func TestLoadRulesRejectsBadData(t *testing.T) {
	tests := []struct{ rules, want string }{
		{`[{"id": "nonesuch", "rule": "R"}]`, `unknown rule id "nonesuch"`},
		{`[{"id": "due-date"}]`, "no rule to cite"},
		{`[{"id": "due-date", "rule": "R", "severity": "fatal"}]`, `severity "fatal"`},
		{`[{"id": "due-date", "rule": "R", "days": 7}]`, `unknown key "days"`},
		{`[{"id": "x", "rule": "R", "topic": "evidence"}]`, "needs mentions and a message"},
		{`[{"id": "topics", "rule": "R"}, {"id": "topics", "rule": "R"}]`, "given twice"},
		{`[{"id": "holidays", "rule": "R", "holidays": [{"name": "H", "month": 13, "day": 1}]}]`, "month 13"},
		{`[{"id": "holidays", "rule": "R", "holidays": [{"name": "H", "month": 1, "weekday": "Moonday", "week": 1}]}]`, `weekday "Moonday"`},
		{`[{"id": "holidays", "rule": "R", "holidays": [{"name": "H", "month": 1, "weekday": "Monday"}]}]`, "week 0"},
		{`[{"id": "holidays", "rule": "R", "holidays": [{"name": "H", "month": 1, "day": 1, "weekday": "Monday"}]}]`, "not both"},
	}
	for _, tt := range tests {
		_, err := courtWithRules(t, tt.rules)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v, want an error with %q", tt.rules, err, tt.want)
		}
	}
}

// A court without rules checks nothing; an unknown court is one finding.
func TestCourtsWithoutGoodRules(t *testing.T) {
	c := parseCase(t, baseYAML())
	rs, err := courtWithRules(t, "[]")
	if err != nil {
		t.Fatal(err)
	}
	if fs := rs.Check(c, nil); len(fs) != 0 {
		t.Errorf("a court without rules: %v", fs)
	}
	c.Court = "nonesuch"
	if fs := Case(c, nil); len(fs) != 1 || !strings.Contains(fs[0].Message, "unknown court") {
		t.Errorf("an unknown court: %v", fs)
	}
	if fs := Case(parseCase(t, baseYAML()), []byte("not a PDF")); !HasErrors(fs) {
		t.Errorf("a PDF that cannot be read: %v", fs)
	}
}

// Every built-in court's rules are ones the checks know, and every check
// is some court's rule.
func TestCourtsCoverEveryCheck(t *testing.T) {
	used := map[string]bool{}
	for _, name := range court.Builtin().Names() {
		ct, _ := court.Builtin().Lookup(name)
		rs, err := LoadRules(ct)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for id := range rs.byID {
			used[id] = true
		}
	}
	for id := range checks {
		if !used[id] {
			t.Errorf("no court has a rule %q", id)
		}
	}
}

func BenchmarkCheck(b *testing.B) {
	c, _, err := cases.Load("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		b.Fatal(err)
	}
	pdf := renderCase(b, c)
	rs := loadCand(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rs.Check(c, pdf)
	}
}

func BenchmarkCaseWithoutPDF(b *testing.B) {
	c, _, err := cases.Load("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		Case(c, nil)
	}
}
