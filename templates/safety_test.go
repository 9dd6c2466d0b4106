package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/cases"
)

// loadCase reads a case file of testdata.
func loadCase(t *testing.T, name string) *cases.Case {
	t.Helper()
	c, _, err := cases.Load(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCaseTextIsData checks that case-file text that looks like a
// template comes out literally.
func TestCaseTextIsData(t *testing.T) {
	c := loadCase(t, "et-al.yaml")
	c.Filing.Topics[0].Positions[0].Text = `{{ env "HOME" }} and {{ .Case.File }} stay {{"text"}}.`
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := set.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `{{ env "HOME" }} and {{ .Case.File }} stay {{"text"}}.`) {
		t.Errorf("case text was not kept literally:\n%s", out)
	}
}

// TestOverrideErrors checks that a user's template that reaches outside,
// calls a missing function or fails reports its own file:line:col.
func TestOverrideErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"env", "line one\n{{ env \"HOME\" }}\n", `court.tmpl:2:4: function "env" not defined`},
		{"readFile", "{{ readFile \"/etc/passwd\" }}", `court.tmpl:1:4: function "readFile" not defined`},
		{"now", "x\n\n  {{ now }}", `court.tmpl:3:6: function "now" not defined`},
		{"fail", "ok\n{{ fail \"stop here\" }}", `court.tmpl:2:3: executing "court.tmpl" at <fail "stop here">: error calling fail: stop here`},
		{"missing key", "{{ .Case.Nope }}", `court.tmpl:1:8: executing "court.tmpl" at <.Case.Nope>: can't evaluate field Nope`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			err := runOverride(t, dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), dir) {
				t.Errorf("error = %v\nwant it to start with %s and hold %q", err, dir, tt.want)
			}
		})
	}
}

func runOverride(t *testing.T, dir string) error {
	set, err := Load(Options{Dir: dir})
	if err != nil {
		return err
	}
	_, err = set.Execute(loadCase(t, "et-al.yaml"))
	return err
}

// TestMarkupLimit checks that a template that never stops writing fails
// with a clear error instead of exhausting memory.
func TestMarkupLimit(t *testing.T) {
	dir := t.TempDir()
	loop := `{{ range $i := until 100000 }}{{ repeat 1000 "x" }}{{ end }}`
	if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(loop), 0o644); err != nil {
		t.Fatal(err)
	}
	err := runOverride(t, dir)
	if err == nil || !strings.Contains(err.Error(), "more than 32 MB of markup") {
		t.Errorf("error = %v", err)
	}
}

// TestBoundedGenerators checks that one call cannot make a huge value.
func TestBoundedGenerators(t *testing.T) {
	for body, want := range map[string]string{
		`{{ until 1000000000 }}`:       "a range of 1000000000 numbers is more than 100000",
		`{{ repeat 100000000 "ab" }}`:  "repeat: 100000000 copies of 2 bytes is more than 1048576 bytes",
		`{{ untilStep 0 -900000 -1 }}`: "a range of 900000 numbers is more than 100000",
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := runOverride(t, dir); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error = %v, want %q", body, err, want)
		}
	}
}
