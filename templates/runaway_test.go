package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runaway is how long a refused template may take: generous, for slow and
// race-instrumented machines; the bound that stops it is the step budget.
const runaway = 2 * time.Minute

// runCourt runs an override court.tmpl of body against an example case
// with a step budget of steps (0 for the default), returning the markup,
// the error and how long it took.
func runCourt(t *testing.T, body string, steps int) (string, error, time.Duration) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	set, err := Load(Options{Dir: dir, MaxSteps: steps})
	if err != nil {
		return "", err, time.Since(start)
	}
	out, err := set.Execute(loadCase(t, "et-al.yaml"))
	return out, err, time.Since(start)
}

// TestRunawayTemplates checks that each way a template could exhaust
// memory, the stack or time ends with an error at the template's file,
// line and column, within a generous time.
func TestRunawayTemplates(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"dict set into itself", `{{ $d := dict }}{{ $_ := set $d "self" $d }}{{ $d }}`,
			`court.tmpl:1:25: executing "court.tmpl" at <set $d "self" $d>: error calling set: set: "self" would make the dict contain itself`},
		{"dict set into a dict it holds", `{{ $d := dict "in" (dict) }}{{ $_ := set (get $d "in") "up" (list $d) }}`,
			`error calling set: set: "up" would make the dict contain itself`},
		{"dict merged into itself", `{{ $d := dict }}{{ $_ := merge $d (dict "x" $d) }}`,
			`court.tmpl:1:25: executing "court.tmpl" at <merge $d (dict "x" $d)>: error calling merge: merge: the result would contain itself`},
		{"seq", "\n{{ seq 100000000 }}", `court.tmpl:2:3: executing "court.tmpl" at <seq 100000000>: error calling seq: a range of 100000000 numbers is more than 100000`},
		{"string doubled by cat", `{{ $s := "xx" }}{{ range until 40 }}{{ $s = cat $s $s }}{{ end }}`,
			`court.tmpl:1:44: executing "court.tmpl" at <cat $s $s>: error calling cat: the value would print as more than 1 MB`},
		{"string doubled by printf", `{{ $s := "xx" }}{{ range until 40 }}{{ $s = printf "%s%s" $s $s }}{{ end }}`,
			`error calling printf: printf: the format "%s%s" could make more than 1 MB`},
		{"string doubled by repeat", `{{ $s := "xx" }}{{ range until 40 }}{{ $s = repeat 2 $s }}{{ end }}`,
			`error calling repeat: repeat: 2 copies of 1048576 bytes is more than 1048576 bytes`},
		{"list doubled by concat", `{{ $l := list 1 }}{{ range until 40 }}{{ $l = concat $l $l }}{{ end }}`,
			`error calling concat: the value would be more than 1 MB or 100000 items`},
		{"indent", `{{ indent 2000000000 "x" }}`, `court.tmpl:1:3: executing "court.tmpl" at <indent 2000000000 "x">: error calling indent: indenting 1 lines by 2000000000 spaces would make more than 1 MB`},
		{"printf width", `{{ printf "%2000000000d" 1 }}`, `error calling printf: printf: the format "%2000000000d" could make more than 1 MB`},
		{"printf widths", `{{ printf "%999999d%999999d" 1 2 }}`, `could make more than 1 MB`},
		{"replace", `{{ replace "" (repeat 1000 "y") (repeat 100000 "x") }}`, `error calling replace: replace: 100001 replacements would make more than 1 MB`},
		{"regexReplaceAll", `{{ regexReplaceAll "" (repeat 200000 "x") "yy" }}`, `error calling regexReplaceAll: regexReplaceAll: more than 100000 replacements`},
		{"splitList", `{{ splitList "" (repeat 200000 "x") }}`, `error calling splitList: splitting into 200000 parts is more than 100000`},
		{"wrapWith", `{{ wrapWith 1 (repeat 1000 "-") (repeat 10000 "x") }}`, `error calling wrapWith: wrapWith: 10001 breaks of 1000 bytes would make more than 1 MB`},
		{"uniq", `{{ uniq (until 100000) }}`, `error calling uniq: uniq compares each item with the others: 100000 items are more than 5000`},
		{"values kept in variables", `{{ range until 200 }}{{ $x := repeat 1048576 "x" }}{{ end }}`,
			`the templates' functions made more than 128 MB of values`},
		{"two nested ranges", "{{ range until 100000 }}\n  {{ range until 100000 }}{{ end }}{{ end }}",
			`court.tmpl:2:11: the templates ran more than 100000 steps; a loop or a template that calls itself does not end`},
		{"range over a number", `{{ range 2000000000 }}{{ end }}`, `court.tmpl:1:9: the templates ran more than 100000 steps`},
		{"template calling itself twice, 40 deep",
			`{{ define "r" }}{{ if lt . 40 }}{{ template "r" (add . 1) }}{{ template "r" (add . 1) }}{{ end }}{{ end }}{{ template "r" 0 }}`,
			`the templates ran more than 100000 steps`},
		{"template calling itself", `{{ define "d" }}{{ template "d" . }}{{ end }}{{ template "d" . }}`,
			`court.tmpl:1:28: the templates nest ranges and template calls more than 1000 deep; a template that calls itself does not end`},
		{"template calling itself in a range",
			`{{ define "r" }}{{ range 1 }}{{ template "r" 3 }}{{ end }}{{ end }}{{ template "r" 1 }}`,
			`court.tmpl:1:25: the templates nest ranges and template calls more than 1000 deep`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			steps := 100000
			if tt.name == "values kept in variables" {
				steps = 0 // the default budget, which the values pass first
			}
			_, err, took := runCourt(t, tt.body, steps)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !positioned.MatchString(err.Error()) {
				t.Errorf("error = %v\nwant a position and %q", err, tt.want)
			}
			if took > runaway {
				t.Errorf("took %s", took)
			}
		})
	}
}

// TestDefaultStepBudget checks that the default budget, not only a
// lowered one, stops a loop that writes nothing.
func TestDefaultStepBudget(t *testing.T) {
	_, err, took := runCourt(t, "{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}", 0)
	want := "court.tmpl:1:33: the templates ran more than 1000000 steps"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	if took > runaway {
		t.Errorf("took %s", took)
	}
}

// TestBoundedPrinting checks that printing data writes no address, keeps
// map keys in order and refuses a value too large to print.
func TestBoundedPrinting(t *testing.T) {
	out, err, _ := runCourt(t, `A[{{ printf "%v" .Case.Filing }}|{{ cat .Case.Plaintiffs }}|{{ toString .Case }}|{{ dict "b" 1 "a" 2 }}]Z`, 0)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "0xc") {
		t.Errorf("an address was printed:\n%s", out)
	}
	if !strings.Contains(out, `map\[a:2 b:1\]]Z`) {
		t.Errorf("the dict did not print in key order:\n%s", out)
	}
	again, _, _ := runCourt(t, `A[{{ printf "%v" .Case.Filing }}|{{ cat .Case.Plaintiffs }}|{{ toString .Case }}|{{ dict "b" 1 "a" 2 }}]Z`, 0)
	if again != out {
		t.Error("two runs printed the data differently")
	}
	_, err, _ = runCourt(t, `{{ $l := list }}{{ range until 2000 }}{{ $l = append $l $.Case }}{{ end }}{{ $l }}`, 0)
	if want := "error calling escText: the value would print as more than 1 MB"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestMarkupLimitPosition checks that the markup limit names the action
// that passed it.
func TestMarkupLimitPosition(t *testing.T) {
	_, err, _ := runCourt(t, "{{ range $i := until 100000 }}\n{{ repeat 1000 \"x\" }}{{ end }}", 0)
	if want := "the templates made more than 32 MB of markup"; err == nil || !strings.Contains(err.Error(), want) || !positioned.MatchString(err.Error()) {
		t.Errorf("error = %v, want a position and %q", err, want)
	}
}

// TestBreakAndContinueLeaveTheirLevel checks that a loop that breaks or
// continues many times does not count as nesting.
func TestBreakAndContinueLeaveTheirLevel(t *testing.T) {
	body := `{{ range $i := until 5000 }}{{ if lt $i 4000 }}{{ continue }}{{ end }}{{ range 3 }}{{ break }}{{ end }}{{ end }}DONE`
	out, err, _ := runCourt(t, body, 0)
	if err != nil || !strings.Contains(out, "DONE") {
		t.Errorf("error = %v", err)
	}
}
