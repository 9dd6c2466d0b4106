package main

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// barRule is the rule that asks for each attorney's state bar number.
const barRule = "Civil L.R. 3-4(a)(1)"

// counselWithoutBar returns, for each attorney of a case file who has no bar
// key, the start of the warning expected about it: "FILE:LINE:COL: warning:
// counsel[I].bar", where LINE:COL is where the attorney's entry starts.
func counselWithoutBar(t *testing.T, path string) []string {
	t.Helper()
	var doc struct {
		Counsel []yaml.Node `yaml:"counsel"`
	}
	if err := yaml.Unmarshal(readFile(t, path), &doc); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i, n := range doc.Counsel {
		var c map[string]any
		if err := n.Decode(&c); err != nil {
			t.Fatal(err)
		}
		if _, ok := c["bar"]; !ok {
			want = append(want, fmt.Sprintf("%s:%d:%d: warning: counsel[%d].bar: ", path, n.Line, n.Column, i))
		}
	}
	return want
}

// TestValidateWarnsWithoutBarNumber validates the example, whose counsel give
// no bar numbers: it is valid, with one warning per attorney.
func TestValidateWarnsWithoutBarNumber(t *testing.T) {
	want := counselWithoutBar(t, examplePath)
	if len(want) == 0 {
		t.Fatal("every attorney of the example has a bar number; nothing to test")
	}
	code, stdout, stderr := runApp("validate", examplePath)
	if code != exitOK {
		t.Fatalf("exit status %d, want 0\n%s", code, stderr)
	}
	if !strings.Contains(stdout, examplePath+": valid") {
		t.Errorf("stdout = %q, want %q", stdout, examplePath+": valid")
	}
	var warnings []string
	for _, line := range strings.Split(stderr, "\n") {
		if strings.Contains(line, barRule) {
			warnings = append(warnings, line)
		}
	}
	if len(warnings) != len(want) {
		t.Errorf("%d warnings mention %s, want %d:\n%s", len(warnings), barRule, len(want), stderr)
	}
	for _, w := range want {
		if !hasPrefix(warnings, w) {
			t.Errorf("no warning starts with %q:\n%s", w, stderr)
		}
	}
}

// TestValidateQuietWithBarNumbers validates a case file whose counsel all
// give bar numbers: no warning.
func TestValidateQuietWithBarNumbers(t *testing.T) {
	code, stdout, stderr := runApp("validate", completePath)
	if code != exitOK || stderr != "" {
		t.Errorf("exit status %d, stderr %q; want 0 and nothing", code, stderr)
	}
	if stdout != completePath+": valid\n" {
		t.Errorf("stdout = %q", stdout)
	}
}

func hasPrefix(lines []string, prefix string) bool {
	for _, line := range lines {
		if strings.HasPrefix(line, prefix) {
			return true
		}
	}
	return false
}
