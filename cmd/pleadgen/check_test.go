package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The example case files, seen from this package's directory.
const (
	checkACLU    = "../../examples/aclu-v-ice-joint-cmc.yaml"
	checkRedwood = "../../examples/redwood-v-cobalt-joint-cmc.yaml"
)

// runCheck runs the check command and returns its status and output.
func runCheck(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := cmdCheck(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// findingLine is the shape of one line of the report.
var findingLine = regexp.MustCompile(`^[^:]+:[0-9]+:[0-9]+: (error|warning|info): .+$`)

func TestCheckExamplesAreClean(t *testing.T) {
	for _, path := range []string{checkACLU, checkRedwood} {
		code, out, errOut := runCheck(path)
		if code != exitOK || errOut != "" {
			t.Errorf("%s: status %d, stderr %q", path, code, errOut)
		}
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			if !findingLine.MatchString(l) || !strings.HasPrefix(l, path+":") {
				t.Errorf("%s: line %q", path, l)
			}
			if strings.Contains(l, ": error: ") {
				t.Errorf("%s: %s", path, l)
			}
		}
	}
	_, out, _ := runCheck(checkACLU)
	for _, want := range []string{
		checkACLU + ":29:5: warning: counsel[0].bar: page 1 lists Vasudha Talla without a state bar number (Civil L.R. 3-4(a)(1))",
		"info: due: 2021-07-14 (7 days before the conference on 2021-07-21) (Civil L.R. 16-9(a))",
		"info: length: 8 pages, 5 without the caption page and the signature pages (limit 10)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
}

// brokenCase writes the reference case file with faults for every kind of
// check and returns its path.
func brokenCase(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(checkACLU)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, r := range [][2]string{
		{"division: Oakland", "division: San Jose"},
		{"  date: 2021-07-14\n", "  date: 2021-07-15\n"},
		{"    date: 2021-07-21\n", "    date: 2021-07-12\n"},
		{"    for: defendants\n", "    for: defendants\n    signs: false\n"},
		{"    class_actions: |\n      This is not a class action.\n", "    class_actions: \"—\"\n"},
		{"The parties certify that they have reviewed", "The parties have looked at"},
	} {
		if !strings.Contains(s, r[0]) {
			t.Fatalf("the example no longer holds %q", r[0])
		}
		s = strings.Replace(s, r[0], r[1], 1)
	}
	i := strings.Index(s, "    disclosures: |")
	j := strings.Index(s, "    discovery: |")
	s = s[:i] + s[j:]
	path := filepath.Join(t.TempDir(), "broken.yaml")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCheckFindsFaults(t *testing.T) {
	path := brokenCase(t)
	code, out, _ := runCheck(path)
	if code != exitBad {
		t.Errorf("status %d, want %d", code, exitBad)
	}
	for _, want := range []string{
		"error: division: the case number 4:21-cv-02632, office code 4, belongs to the Oakland Division, not the San Jose Division (Civil L.R. 3-2(c))",
		"error: counsel[1].signs: no attorney signs for defendants, whom the statement speaks for",
		"error: filing.date: the statement is dated 2021-07-15, after it is due on 2021-07-02",
		"info: due: 2021-07-02 (7 days before the conference on 2021-07-12 is Monday 2021-07-05, Independence Day (observed), so the statement is due the court day before) (Civil L.R. 16-9(a); Fed. R. Civ. P. 6(a)(5); 5 U.S.C. § 6103)",
		`error: filing.topics: topic 7, "Disclosures", is missing`,
		"error: filing.topics.evidence: the evidence-preservation topic does not certify",
		`error: filing.topics.class_actions: topic "Class Actions" is empty`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("check wrote files: %v", entries)
	}
}

func TestCheckJSON(t *testing.T) {
	code, out, _ := runCheck("--json", checkACLU, brokenCase(t))
	if code != exitBad {
		t.Errorf("status %d, want %d", code, exitBad)
	}
	var fs []map[string]any
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	severities := map[any]int{}
	for _, f := range fs {
		for _, key := range []string{"file", "line", "col", "severity", "message", "rule"} {
			if _, ok := f[key]; !ok {
				t.Errorf("finding %v lacks %q", f, key)
			}
		}
		severities[f["severity"]]++
	}
	if severities["error"] == 0 || severities["warning"] == 0 || severities["info"] == 0 {
		t.Errorf("severities %v", severities)
	}
}

func TestCheckJSONOfNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ok.yaml")
	src, _ := os.ReadFile(checkRedwood)
	os.WriteFile(path, src, 0o644)
	code, out, _ := runCheck(path, "--json")
	if code != exitOK || !strings.HasPrefix(out, "[") {
		t.Errorf("status %d, output %q", code, out)
	}
}

// A case file that does not load reports its problems as findings.
func TestCheckBadCaseFiles(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("number: 4:21-cv-0263\n"), 0o644)
	code, out, _ := runCheck(bad, filepath.Join(dir, "missing.yaml"))
	if code != exitBad {
		t.Errorf("status %d", code)
	}
	for _, want := range []string{
		bad + `:1:9: error: number: malformed case number "4:21-cv-0263"`,
		filepath.Join(dir, "missing.yaml") + ":1:1: error: cannot read the case file:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"--nonesuch", checkACLU}} {
		if code, _, errOut := runCheck(args...); code != exitUsage || !strings.Contains(errOut, "usage:") {
			t.Errorf("%v: status %d, stderr %q", args, code, errOut)
		}
	}
	if code, _, errOut := runCheck("--templates", filepath.Join(t.TempDir(), "none"), checkACLU); code != exitBad || errOut == "" {
		t.Errorf("a missing templates directory: status %d, stderr %q", code, errOut)
	}
}
