package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// A table whose column is too narrow for its longest word warns at the
// table's place in the case file; a table whose widths follow its content
// never splits a date.
func TestTableWarnsOfNarrowColumns(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	src := string(readFile(t, completePath))
	narrow := strings.Replace(src, "    discovery: None.\n", `    discovery: |
      ::: table 10 1
      | Event | Date |
      |---|---|
      | Close of fact discovery | September 12, 2025 |
      :::
`, 1)
	if narrow == src {
		t.Fatal("the test case lacks its discovery topic")
	}
	path := filepath.Join(dir, "case.yaml")
	writeFile(t, path, []byte(narrow))
	pdf := filepath.Join(dir, "case.pdf")
	code, _, stderr := runApp("render", path, "-o", pdf)
	want := `case.yaml:46:7: warning: column 2 of the table is 43 pt wide, too narrow for "September" (`
	if code != exitOK || !strings.Contains(stderr, want) {
		t.Errorf("render: exit status %d, want a warning %q:\n%s", code, want, stderr)
	}
	content := strings.Replace(narrow, "      ::: table 10 1\n", "", 1)
	content = strings.Replace(content, "      :::\n", "", 1)
	writeFile(t, path, []byte(content))
	code, _, stderr = runApp("render", path, "-o", pdf)
	if code != exitOK || strings.Contains(stderr, "too narrow") {
		t.Errorf("render with widths from the content: exit status %d\n%s", code, stderr)
	}
	d := readPDFText(t, pdf)
	found := false
	for _, l := range d.body {
		if strings.Contains(l.text(), "September 12, 2025") {
			found = true
		}
	}
	if !found {
		t.Errorf("the date is split: %v", d.find("September"))
	}
}
