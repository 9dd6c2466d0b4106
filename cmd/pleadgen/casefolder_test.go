package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/pdffile"
)

// copyExamples copies the example case folder, the people directory and
// a self-contained example into a new directory, and returns it.
func copyExamples(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"aclu-v-ice.yaml":       readFile(t, examplePath),
		"redwood-v-cobalt/x.md": []byte("not a case file"),
	}
	src := "../../examples/redwood-v-cobalt"
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		files["redwood-v-cobalt/"+e.Name()] = readFile(t, filepath.Join(src, e.Name()))
	}
	writeTree(t, dir, files)
	return dir
}

// exampleFilings lists the self-contained examples and the filings of the
// example case folders, not the files these include.
func exampleFilings(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	inFolders, _ := filepath.Glob("../../examples/*/*.yaml")
	for _, path := range inFolders {
		in, err := cases.Read(path, cases.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !in.IsShared() {
			paths = append(paths, path)
		}
	}
	return paths
}

// pdfPlain is the text of a PDF, as pdftotext reads it.
func pdfPlain(t *testing.T, pdf string) string {
	t.Helper()
	return tool(t, "pdftotext", "-layout", pdf, "-")
}

// A batch over a case folder renders the filings, skips the files they
// include, and after one change to the people directory renders again
// exactly the filings that use it, with the change in their text.
func TestCaseFolderBatch(t *testing.T) {
	dir := copyExamples(t)
	out := filepath.Join(dir, "out")
	code, _, stderr := runApp("render", "-o", out, dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	n := 0 // the folder's filings
	for _, f := range exampleFilings(t) {
		if strings.Contains(filepath.ToSlash(f), "/redwood-v-cobalt/") {
			n++
		}
	}
	for _, want := range []string{"skipped " + filepath.Join(dir, "redwood-v-cobalt/case.yaml"),
		"skipped " + filepath.Join(dir, "redwood-v-cobalt/people.yaml"), fmt.Sprintf("%d rendered, 0 unchanged, 0 failed, 4 shared files skipped", n+1)} {
		if !strings.Contains(stderr, want) {
			t.Errorf("no %q in\n%s", want, stderr)
		}
	}
	jcms := filepath.Join(out, "redwood-v-cobalt/joint-cmc-statement.pdf")
	if !strings.Contains(pdfPlain(t, jcms), "650-555-0110") {
		t.Fatal("the statement does not list the defendants' counsel's phone from the people directory")
	}

	people := filepath.Join(dir, "redwood-v-cobalt/people.yaml")
	writeFile(t, people, []byte(strings.Replace(string(readFile(t, people)), "650-555-0110", "650-555-0199", 1)))
	code, _, stderr = runApp("render", "-o", out, dir)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"rendered " + filepath.Join(dir, "redwood-v-cobalt/joint-cmc-statement.yaml"),
		"unchanged " + filepath.Join(dir, "aclu-v-ice.yaml"), fmt.Sprintf("%d rendered, 1 unchanged, 0 failed", n)} {
		if !strings.Contains(stderr, want) {
			t.Errorf("no %q after the people directory changed:\n%s", want, stderr)
		}
	}
	if text := pdfPlain(t, jcms); !strings.Contains(text, "650-555-0199") || strings.Contains(text, "650-555-0110") {
		t.Error("the statement does not show the changed phone number")
	}
	code, _, stderr = runApp("render", "-o", out, dir)
	if code != exitOK || !strings.Contains(stderr, fmt.Sprintf("0 rendered, %d unchanged", n+1)) {
		t.Errorf("a third run renders again:\n%s", stderr)
	}
}

// A problem in a side's own file is reported at its line and column there,
// with the file it was read through; one in the people directory too.
func TestCaseFolderErrorsPointIntoIncludedFiles(t *testing.T) {
	dir := copyExamples(t)
	side := filepath.Join(dir, "redwood-v-cobalt/defendants.yaml")
	data := string(readFile(t, side))
	writeFile(t, side, []byte(strings.Replace(data, "Defendants ask that no forensic", "Defendants ask that 中 no forensic", 1)))
	filing := filepath.Join(dir, "redwood-v-cobalt/joint-cmc-statement.yaml")
	code, _, stderr := runApp("validate", filing)
	line := 1 + strings.Count(data[:strings.Index(data, "Defendants ask that no forensic")], "\n")
	want := side + ":" + strconv.Itoa(line) + ":23: character U+4E2D '中' is not in the embedded fonts; write it another way (read through " + filing + ":"
	if code != exitBad || !strings.Contains(stderr, want) {
		t.Errorf("exit %d\n%s\nwant %s", code, stderr, want)
	}
}

// watch renders a filing again when a file it includes is saved, in place
// or by rename, though the file lies outside the folder watched.
func TestWatchIncludedFiles(t *testing.T) {
	dir := copyExamples(t)
	filing := filepath.Join(dir, "redwood-v-cobalt/joint-cmc-statement.yaml")
	pdf := filepath.Join(dir, "out.pdf")
	w := startWatch(t, filing, "-o", pdf)
	waitFor(t, "the first PDF", func() bool { _, err := pdffile.ReadDigest(pdf); return err == nil })
	people := filepath.Join(dir, "redwood-v-cobalt/people.yaml")
	for i, save := range []func(*testing.T, string, []byte){saveInPlace, saveByRename} {
		phone := "650-555-01" + strconv.Itoa(50+i)
		data := strings.Replace(string(readFile(t, people)), "650-555-0110", phone, 1)
		data = strings.Replace(data, "650-555-0150", phone, 1)
		save(t, people, []byte(data))
		waitFor(t, "the PDF with phone "+phone, func() bool {
			d, err := pdffile.ReadDigest(pdf)
			return err == nil && d != "" && strings.Contains(pdfPlain(t, pdf), phone)
		})
	}
	side := filepath.Join(dir, "redwood-v-cobalt/defendants.yaml")
	saveByRename(t, side, []byte(strings.Replace(string(readFile(t, side)), "Defendants deny that Redwood", "Defendants firmly deny that Redwood", 1)))
	waitFor(t, "the PDF of the side's edit", func() bool { return strings.Contains(pdfPlain(t, pdf), "firmly deny") })
	if code := w.stop(t); code != exitOK {
		t.Errorf("exit %d\n%s", code, w.stderr.String())
	}
}

// watch waits for an included file that is not there yet, and renders
// the filing once it appears.
func TestWatchIncludedFileAppears(t *testing.T) {
	dir := copyExamples(t)
	folder := filepath.Join(dir, "redwood-v-cobalt")
	caseData := readFile(t, filepath.Join(folder, "case.yaml"))
	if err := os.Remove(filepath.Join(folder, "case.yaml")); err != nil {
		t.Fatal(err)
	}
	filing := filepath.Join(folder, "joint-cmc-statement.yaml")
	pdf := filepath.Join(dir, "out.pdf")
	w := startWatch(t, filing, "-o", pdf)
	waitFor(t, "the error of the missing case file", func() bool {
		return strings.Contains(w.stderr.String(), "case: cannot read case.yaml")
	})
	saveByRename(t, filepath.Join(folder, "case.yaml"), caseData)
	waitFor(t, "the PDF once the case file is there", func() bool {
		_, err := pdffile.ReadDigest(pdf)
		return err == nil
	})
	w.stop(t)
}
