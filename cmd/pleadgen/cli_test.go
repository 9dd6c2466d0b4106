package main

import (
	"bytes"
	"path/filepath"
	"pleadgen"
	"pleadgen/cases"
	"strings"
	"testing"
)

// help, COMMAND --help and help COMMAND write the full help to stdout and
// exit 0; version names the program.
func TestHelpAndVersion(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"help"}, []string{"usage:", "render    render case files to PDFs", "diff ", "pleadgen help COMMAND"}},
		{[]string{"--help"}, []string{"usage:", "validate "}},
		{[]string{"render", "--help"}, []string{"pleadgen render CASE.yaml", "-o PATH", "-j int", "-draft", "Examples:", "pleadgen render -o out/ examples/"}},
		{[]string{"help", "check"}, []string{"pleadgen check [--json] [--strict]", "-strict", "Examples:"}},
		{[]string{"diff", "-h"}, []string{"--rev REV", "-rev REV", "-o PDF"}},
		{[]string{"help", "version"}, []string{"pleadgen version"}},
		{[]string{"version"}, []string{"pleadgen " + pleadgen.Version}},
	} {
		code, stdout, stderr := runApp(tt.args...)
		if code != exitOK || stderr != "" {
			t.Errorf("%q: exit %d, stderr %q", tt.args, code, stderr)
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("%q: stdout lacks %q:\n%s", tt.args, w, stdout)
			}
		}
	}
	if code, _, stderr := runApp("help", "frobnicate"); code != exitUsage || !strings.Contains(stderr, "unknown command") {
		t.Errorf("help of an unknown command: exit %d\n%s", code, stderr)
	}
}

// -o - writes the PDF to stdout, the same bytes as the file; only for
// one case file, and never for watch.
func TestRenderToStdout(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "out.pdf")
	if code, _, stderr := runApp("render", completePath, "-o", file); code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"render", completePath, "-o", "-"}, &out, &errOut); code != exitOK {
		t.Fatalf("-o -: exit %d\n%s", code, errOut.String())
	}
	if !bytes.Equal(out.Bytes(), readFile(t, file)) {
		t.Error("the PDF on stdout differs from the file's")
	}
	for _, args := range [][]string{{"render", "-o", "-", completePath, examplePath}, {"render", "-o", "-", "testdata"}, {"watch", "-o", "-", completePath}} {
		if code, _, stderr := runApp(args...); code != exitUsage || !strings.Contains(stderr, "-o -") {
			t.Errorf("%q: exit %d\n%s", args, code, stderr)
		}
	}
}

// validate and check take directories as render does, leaving out the
// files filings include; validate says what it found beside "valid", and
// --strict fails on warnings.
func TestValidateAndCheckDirectories(t *testing.T) {
	dir := copyExamples(t)
	code, stdout, stderr := runApp("validate", dir)
	if code != exitOK {
		t.Fatalf("validate DIR: exit %d\n%s", code, stderr)
	}
	if strings.Contains(stdout, "case.yaml:") || strings.Contains(stdout, "people.yaml:") {
		t.Errorf("validate named a shared file:\n%s", stdout)
	}
	if !strings.Contains(stdout, "aclu-v-ice.yaml: valid; 1 warning, 1 finding of the court's rules") {
		t.Errorf("validate's verdict on a case with warnings:\n%s", stdout)
	}
	if n := strings.Count(stdout, ": valid"); n != 6 { // the folder's five and one self-contained
		t.Errorf("%d filings validated:\n%s", n, stdout)
	}
	if code, _, _ := runApp("validate", "--strict", dir); code != exitBad {
		t.Errorf("validate --strict with warnings: exit %d, want 1", code)
	}
	if code, _, _ := runApp("validate", "--strict", completePath); code != exitOK {
		t.Errorf("validate --strict of a clean case file: exit %d, want 0", code)
	}
	code, stdout, _ = runApp("check", dir)
	if code != exitOK || strings.Contains(stdout, "names no filing.type") || !strings.Contains(stdout, "stipulation-to-continue.yaml") {
		t.Errorf("check DIR: exit %d\n%s", code, stdout)
	}
	if code, _, _ := runApp("check", "--strict", dir); code != exitBad {
		t.Errorf("check --strict with warnings: exit %d, want 1", code)
	}
}

// new writes a skeleton of each filing type that names every key it
// requires and every topic of a statement, and that validate refuses,
// for its empty values only, until they are filled in.
func TestNewSkeletons(t *testing.T) {
	dir := t.TempDir()
	types := cases.BuiltinTypes()
	for name, ft := range types {
		code, stdout, stderr := runApp("new", name)
		if code != exitOK {
			t.Fatalf("new %s: exit %d\n%s", name, code, stderr)
		}
		for _, k := range ft.Keys {
			if k.Required && !strings.Contains(stdout, "\n  "+k.Name+":") {
				t.Errorf("new %s: no required key %s", name, k.Name)
			}
		}
		if ft.Statement {
			for _, topic := range outlineFor(t, name).Topics {
				if !strings.Contains(stdout, "\n    "+topic.Key+":") {
					t.Errorf("new %s: no topic %s", name, topic.Key)
				}
			}
		}
		path := filepath.Join(dir, name+".yaml")
		writeFile(t, path, []byte(stdout))
		code, _, stderr = runApp("validate", path)
		if code != exitBad {
			t.Errorf("new %s: validate accepts the empty skeleton", name)
		}
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			if !strings.Contains(l, "missing required field") && !strings.Contains(l, "got null") && !strings.Contains(l, "has no text") {
				t.Errorf("new %s: validate finds more than empty values: %s", name, l)
			}
		}
	}
	out := filepath.Join(dir, "case.yaml")
	if code, _, stderr := runApp("new", "pleading", "-o", out); code != exitOK {
		t.Fatalf("new -o: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runApp("new", "pleading", "-o", out); code != exitBad || !strings.Contains(stderr, "does not write over") {
		t.Errorf("new -o over a file: exit %d\n%s", code, stderr)
	}
	if code, stdout, _ := runApp("new", "--templates", "testdata/usertype", "notice-of-appearance"); code != exitOK || !strings.Contains(stdout, "\n  attorney:") {
		t.Errorf("new of a user's type: exit %d\n%s", code, stdout)
	}
	if code, _, stderr := runApp("new", "nosuch"); code != exitUsage || !strings.Contains(stderr, "unknown filing type") {
		t.Errorf("new of an unknown type: exit %d\n%s", code, stderr)
	}
}

// schema prints the schema the types generate, which every example filing
// names for its editor, and which the skeletons name too.
func TestSchemaCommand(t *testing.T) {
	code, stdout, stderr := runApp("schema")
	if code != exitOK || stdout != string(cases.SchemaJSON()) || !strings.Contains(stdout, `"$schema": "https://json-schema.org/draft/2020-12/schema"`) {
		t.Errorf("schema: exit %d, %d bytes\n%s", code, len(stdout), stderr)
	}
	for _, path := range exampleFilings(t) {
		want := "# yaml-language-server: $schema=../cases/schema.json"
		if strings.Count(strings.TrimPrefix(filepath.ToSlash(path), "../../examples/"), "/") > 0 {
			want = "# yaml-language-server: $schema=../../cases/schema.json"
		}
		if !strings.Contains(string(readFile(t, path)), want+"\n") {
			t.Errorf("%s does not name the schema for its editor", path)
		}
	}
	if _, stdout, _ := runApp("new", "pleading"); !strings.HasPrefix(stdout, "# yaml-language-server: $schema=pleadgen.schema.json\n") {
		t.Errorf("the skeleton does not start with the schema line:\n%.200s", stdout)
	}
}

// outlineFor is the outline new gives a statement type: the default
// court's, else the first court's that has one.
func outlineFor(t *testing.T, filingType string) *pleadgen.Outline {
	for _, n := range pleadgen.Courts().Names() {
		ct, _ := pleadgen.Courts().Lookup(n)
		if o := ct.OutlineFor(filingType, ""); o != nil {
			return o
		}
	}
	t.Fatalf("no court has an outline for %s", filingType)
	return nil
}
