package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodPath is a small valid case file; each file in testdata/bad is a copy of
// it with one thing broken.
// goodPath is a small valid case file, the base of the broken ones;
// completePath a case file that also meets every rule of the court.
const (
	goodPath     = "testdata/good.yaml"
	completePath = "testdata/complete.yaml"
)

// badInputs lists each broken case file with the problems the command must
// report, as "LINE:COL: field: message" after the file's path.
var badInputs = []struct {
	name string
	want []string
}{
	{"syntax", []string{`17:14: the [ opened here is not closed with ] on its line`}},
	{"unknown-key", []string{`4:1: venue: unknown key "venue" (known keys: court, division, county, number, judge, paper, referral, plaintiffs, defendants, third_party_defendants, intervenors, counsel, filing)`}},
	{"misspelled-key", []string{`19:5: counsel[0].emial: unknown key "emial" (did you mean "email"?)`}},
	{"unknown-topic", []string{`34:5: filing.topics.remedies: unknown topic "remedies" (known topics: jurisdiction, facts, legal_issues, motions, amendment, evidence, disclosures, discovery, class_actions, related_cases, relief, settlement, consent, other_references, narrowing, expedited_trial, scheduling, trial, interested_entities, professional_conduct, other)`}},
	{"list-for-string", []string{`5:9: judge.name: expected a string, got a sequence`}},
	{"string-for-mapping", []string{`4:8: judge: expected a mapping, got a string`}},
	{"missing-date", []string{`27:3: filing.date: missing required field (a draft, draft: true, may leave it out)`}},
	{"impossible-date", []string{`28:9: filing.date: impossible date "2021-02-30"`}},
	{"date-not-iso", []string{`28:9: filing.date: date must be written as YYYY-MM-DD, got "07/14/2021"`}},
	{"malformed-number", []string{`3:9: number: malformed case number "4:21-cv-2632" (want e.g. 4:21-cv-02632)`}},
	{"number-with-initials", []string{`3:9: number: write the case number without the judge's initials (put them in judge.initials)`}},
	{"bad-office", []string{`3:9: number: unknown office code 2 in case number "2:21-cv-02632" (N.D. Cal. uses 1 Eureka–McKinleyville, 3 San Francisco, 4 Oakland, 5 San Jose)`}},
	{"duplicate-key", []string{`19:5: counsel[0].phone: duplicate key "phone"`}},
	{"bad-side", []string{`25:10: counsel[1].for: no party has the id "defendant" (did you mean "defendants"?)`}},
	{"no-filer", []string{`14:3: counsel: no attorney files the document (set files: true on one)`}},
	{"two-filers", []string{`26:12: counsel[1].files: only one attorney files the document, and counsel[0] already does`}},
	{"empty", []string{`1:1: case file is empty`}},
	{"bad-email", []string{`19:12: counsel[0].email: "vtalla.aclunc.org" does not look like an email address`}},
	{"topic-without-text", []string{`34:5: filing.topics.jurisdiction: topic has no text (give joint, a side such as plaintiffs, or a party's id)`}},
	{"unknown-type", []string{`27:9: filing.type: unknown filing type "joint-statement" (known filing types: cmc-statement, declaration, joint-cmc-statement, joint-rule-26f-report, joint-status-report, pleading, stipulation, supplemental-cmc-statement)`}},
}

// TestBadInput renders each broken case file over a good PDF: the command
// must fail with the expected messages and leave the PDF as it was.
func TestBadInput(t *testing.T) {
	previous := readFile(t, renderPDF(t, goodPath, "previous.pdf"))
	for _, tt := range badInputs {
		t.Run(tt.name, func(t *testing.T) {
			path := "testdata/bad/" + tt.name + ".yaml"
			var want []string
			for _, w := range tt.want {
				want = append(want, path+":"+w)
			}
			dir := t.TempDir()
			out := filepath.Join(dir, "statement.pdf")
			writeFile(t, out, previous)

			code, _, stderr := runApp("render", path, "-o", out)
			assertProblems(t, "render", code, stderr, path, want)
			if !bytes.Equal(readFile(t, out), previous) {
				t.Error("render changed the previous PDF")
			}
			assertDirHolds(t, dir, "statement.pdf")

			code, _, stderr = runApp("validate", path)
			assertProblems(t, "validate", code, stderr, path, want)
		})
	}
}

// assertProblems checks that a command failed with exit status 1, reporting
// each wanted line and no other problem in path.
func assertProblems(t *testing.T, cmd string, code int, stderr, path string, want []string) {
	t.Helper()
	if code != exitBad {
		t.Errorf("%s: exit status %d, want %d", cmd, code, exitBad)
	}
	got := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	for _, w := range want {
		if !contains(got, w) {
			t.Errorf("%s: stderr lacks\n\t%s\ngot:\n%s", cmd, w, stderr)
		}
	}
	for _, g := range got {
		if strings.HasPrefix(g, path+":") && !contains(want, g) {
			t.Errorf("%s: unexpected problem\n\t%s", cmd, g)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestBadFilesDifferFromGood(t *testing.T) {
	good := readFile(t, goodPath)
	for _, tt := range badInputs {
		if bytes.Equal(readFile(t, "testdata/bad/"+tt.name+".yaml"), good) {
			t.Errorf("testdata/bad/%s.yaml is the good file", tt.name)
		}
	}
	files, err := filepath.Glob("testdata/bad/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(badInputs) {
		t.Errorf("testdata/bad holds %d files, the table lists %d", len(files), len(badInputs))
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, exitUsage},
		{"render without a case file", []string{"render"}, exitUsage},
		{"render with two case files", []string{"render", goodPath, goodPath}, exitUsage},
		{"unknown command", []string{"frobnicate", goodPath}, exitUsage},
		{"unknown flag", []string{"render", "--bogus", goodPath}, exitUsage},
		{"validate without a case file", []string{"validate"}, exitUsage},
		{"markup without a case file", []string{"markup"}, exitUsage},
		{"missing case file", []string{"validate", "testdata/no-such-case.yaml"}, exitBad},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runApp(tt.args...)
			if code != tt.want {
				t.Errorf("exit status %d, want %d\n%s", code, tt.want, stderr)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if tt.want == exitUsage && !strings.Contains(stderr, "usage:") {
				t.Errorf("stderr lacks the usage:\n%s", stderr)
			}
		})
	}
}

// TestRenderDefaultOutput renders without -o: the PDF goes beside the case
// file, with the case file's name.
func TestRenderDefaultOutput(t *testing.T) {
	dir := t.TempDir()
	casePath := filepath.Join(dir, "ryu.yaml")
	writeFile(t, casePath, readFile(t, goodPath))
	if code, _, stderr := runApp("render", casePath); code != exitOK {
		t.Fatalf("exit status %d\n%s", code, stderr)
	}
	assertDirHolds(t, dir, "ryu.pdf", "ryu.yaml")
	want := readFile(t, renderPDF(t, goodPath, "other.pdf"))
	if !bytes.Equal(readFile(t, filepath.Join(dir, "ryu.pdf")), want) {
		t.Error("the PDF written beside the case file differs from the one written with -o")
	}
}

// TestRenderRefusesCaseFile asks for the PDF to be written over the case
// file, spelling its path in several ways.
func TestRenderRefusesCaseFile(t *testing.T) {
	good := readFile(t, goodPath)
	spellings := map[string]func(dir string) string{
		"same path":   func(dir string) string { return filepath.Join(dir, "case.yaml") },
		"with a dot":  func(dir string) string { return dir + "/./case.yaml" },
		"via symlink": func(dir string) string { return filepath.Join(dir, "link.pdf") },
	}
	for name, spell := range spellings {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			casePath := filepath.Join(dir, "case.yaml")
			writeFile(t, casePath, good)
			if err := os.Symlink("case.yaml", filepath.Join(dir, "link.pdf")); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runApp("render", casePath, "-o", spell(dir))
			if code != exitBad || !strings.Contains(stderr, "refusing to write the PDF over its own case file") {
				t.Errorf("exit status %d, stderr %q; want 1 and a refusal", code, stderr)
			}
			if !bytes.Equal(readFile(t, casePath), good) {
				t.Error("the case file changed")
			}
			assertDirHolds(t, dir, "case.yaml", "link.pdf")
		})
	}
}
