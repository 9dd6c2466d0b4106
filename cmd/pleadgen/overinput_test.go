package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyDir copies the files of dir into a new temporary directory.
func copyDir(t *testing.T, dir string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// templatesDir makes dir/tp, a templates directory holding extra.tmpl.
func templatesDir(t *testing.T, dir string) string {
	t.Helper()
	tp := filepath.Join(dir, "tp")
	if err := os.Mkdir(tp, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(tp, "extra.tmpl"), []byte("{{/* a note */}}\n"))
	return tp
}

// TestNoOutputReplacesAnInput: render, watch's renders and diff refuse
// an output that is a file the run reads — the case file, a file it
// includes, another case file of the batch, by its name or through a
// link — and leave that file as it was.
func TestNoOutputReplacesAnInput(t *testing.T) {
	good := string(readFile(t, "testdata/good.yaml"))
	tests := []struct {
		name  string
		setup func(dir string) (args []string, kept string)
		want  string
	}{
		{"a file the filing includes", func(dir string) ([]string, string) {
			people := filepath.Join(dir, "people.yaml")
			return []string{"render", "-q", filepath.Join(dir, "joint-cmc-statement.yaml"), "-o", people}, people
		}, "people.yaml, a file the filing reads"},
		{"another case file named as a PDF", func(dir string) ([]string, string) {
			writeFile(t, filepath.Join(dir, "b.yaml"), []byte(good))
			writeFile(t, filepath.Join(dir, "b.pdf"), []byte(good))
			return []string{"render", "-q", "-o", dir, filepath.Join(dir, "b.yaml"), filepath.Join(dir, "b.pdf")}, filepath.Join(dir, "b.pdf")
		}, "b.pdf"},
		{"another case file through a link", func(dir string) ([]string, string) {
			writeFile(t, filepath.Join(dir, "a.yaml"), []byte(good))
			writeFile(t, filepath.Join(dir, "c.yaml"), []byte(good))
			out := filepath.Join(dir, "out")
			if err := os.Mkdir(out, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("../a.yaml", filepath.Join(out, "c.pdf")); err != nil {
				t.Fatal(err)
			}
			return []string{"render", "-q", "-o", out, filepath.Join(dir, "a.yaml"), filepath.Join(dir, "c.yaml")}, filepath.Join(dir, "a.yaml")
		}, "a.yaml, a case file of this run"},
		{"a template of --templates", func(dir string) ([]string, string) {
			tp := templatesDir(t, dir)
			return []string{"render", "-q", filepath.Join(dir, "joint-cmc-statement.yaml"), "--templates", tp, "-o", filepath.Join(tp, "extra.tmpl")}, filepath.Join(tp, "extra.tmpl")
		}, "a file of the --templates directory"},
		{"a template through a link named as a PDF", func(dir string) ([]string, string) {
			tp := templatesDir(t, dir)
			if err := os.Symlink("tp/extra.tmpl", filepath.Join(dir, "out.pdf")); err != nil {
				t.Fatal(err)
			}
			return []string{"render", "-q", filepath.Join(dir, "joint-cmc-statement.yaml"), "--templates", tp, "-o", filepath.Join(dir, "out.pdf")}, filepath.Join(tp, "extra.tmpl")
		}, "a file of the --templates directory"},
		{"a court file of --courts", func(dir string) ([]string, string) {
			cr := filepath.Join(dir, "cr")
			if err := os.Mkdir(cr, 0o755); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(cr, "cand.yaml"), readFile(t, "../../court/courts/cand.yaml"))
			return []string{"render", "-q", filepath.Join(dir, "joint-cmc-statement.yaml"), "--courts", cr, "-o", filepath.Join(cr, "cand.yaml")}, filepath.Join(cr, "cand.yaml")
		}, "a file of the --courts directory"},
		{"diff over a file a version includes", func(dir string) ([]string, string) {
			filing := filepath.Join(dir, "joint-cmc-statement.yaml")
			return []string{"diff", "-o", filepath.Join(dir, "people.yaml"), filing, filing}, filepath.Join(dir, "people.yaml")
		}, "people.yaml, a file a version reads"},
		{"diff over its new version", func(dir string) ([]string, string) {
			writeFile(t, filepath.Join(dir, "old.yaml"), []byte(good))
			writeFile(t, filepath.Join(dir, "new.yaml"), []byte(strings.Replace(good, "name: Just Futures Law", "name: Just Futures Law Center", 1)))
			return []string{"diff", "-o", filepath.Join(dir, "new.yaml"), filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml")}, filepath.Join(dir, "new.yaml")
		}, "refusing to write the redline over"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyDir(t, "../../examples/redwood-v-cobalt")
			args, kept := tt.setup(dir)
			before := readFile(t, kept)
			code, _, stderr := runApp(args...)
			if code == 0 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q, want a refusal naming %q", code, stderr, tt.want)
			}
			if after := readFile(t, kept); string(after) != string(before) {
				t.Errorf("%s was replaced", kept)
			}
		})
	}
}

// TestAMissingPeopleFileIsOneError: counsel given by ref without a people
// file is reported once, where the refs stand, not again as a service
// signer who names none of the counsel left unnamed.
func TestAMissingPeopleFileIsOneError(t *testing.T) {
	dir := copyDir(t, "../../examples/redwood-v-cobalt")
	if err := os.Remove(filepath.Join(dir, "people.yaml")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runApp("render", "-q", filepath.Join(dir, "joint-cmc-statement.yaml"), "-o", filepath.Join(dir, "out.pdf"))
	if code != 1 || !strings.Contains(stderr, "need a people directory") || strings.Contains(stderr, "names none of the counsel") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// diff -o - is a bad command line: the report has standard output, and
// no file named "-" is written.
func TestDiffRedlineNotToStdout(t *testing.T) {
	good := readFile(t, filepath.Join("testdata", "good.yaml"))
	t.Chdir(t.TempDir())
	writeFile(t, "a.yaml", good)
	code, _, stderr := runApp("diff", "-o", "-", "a.yaml", "a.yaml")
	if _, err := os.Stat("-"); code != 2 || !strings.Contains(stderr, "-o -") || err == nil {
		t.Errorf("exit %d, a file named - %v, stderr %q", code, err == nil, stderr)
	}
}

// A stipulation prints the declaration that supports it, as its
// declaration key cites it.
func TestStipulationCitesItsDeclaration(t *testing.T) {
	dir := copyDir(t, "../../examples/redwood-v-cobalt")
	pdf := filepath.Join(dir, "stip.pdf")
	if code, _, stderr := runApp("render", "-q", filepath.Join(dir, "stipulation-to-continue.yaml"), "-o", pdf); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if text := squashed(pdfPlain(t, pdf)); !strings.Contains(text, "This stipulation is supported by the Declaration of Margaret A. Chen, filed herewith.") {
		t.Errorf("the stipulation does not cite its declaration:\n%s", text)
	}
}
