package templates

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pleadgen/cases"
)

var update = flag.Bool("update", false, "rewrite the golden markup files in testdata")

// TestGolden runs the driver template on each case file in testdata and
// compares the markup with the golden file of the same name (.md). Run
// "go test ./templates -update" to rewrite the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files in testdata: %v", err)
	}
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			c, warns, err := cases.Load(file)
			if err != nil {
				t.Fatal(err)
			}
			if len(warns) > 0 {
				t.Errorf("warnings: %v", warns)
			}
			got, err := set.Execute(c)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(file, ".yaml") + ".md"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("markup differs from %s:\n%s", golden, diffLines(string(want), got))
			}
		})
	}
}

// diffLines shows the first line where want and got part, with a little
// of what follows in each.
func diffLines(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	end := func(lines []string) []string { return lines[i:min(len(lines), i+5)] }
	return "line " + strconv.Itoa(i+1) + ":\nwant:\n\t" + strings.Join(end(w), "\n\t") + "\ngot:\n\t" + strings.Join(end(g), "\n\t")
}

// TestExecuteCaseFiles runs the templates on the case files of the cases
// package's tests and on the examples: every key they use must come out
// as markup without an error.
func TestExecuteCaseFiles(t *testing.T) {
	files, _ := filepath.Glob("../cases/testdata/*.yaml")
	examples, _ := filepath.Glob("../examples/*.yaml")
	inFolders, _ := filepath.Glob("../examples/*/*.yaml")
	files = append(files, examples...)
	for _, f := range inFolders {
		if in, err := cases.Read(f, cases.Options{}); err == nil && !in.IsShared() {
			files = append(files, f)
		}
	}
	if len(files) < 3 {
		t.Fatalf("found only %d case files", len(files))
	}
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		c, _, err := cases.Load(file)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if _, err := set.Execute(c); err != nil {
			t.Errorf("%s: %v", file, err)
		}
	}
}
