package main

import (
	"encoding/json"
	"math"
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

// Case-file text may style a topic's heading and set its own sub-headings
// and paragraphs: the PDF's bookmarks hold the headings' words, plain, at
// their levels, and the forms are drawn where they say.
func TestStyledHeadingsAndForms(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "qpdf")
	dir := t.TempDir()
	src := string(readFile(t, completePath))
	styled := strings.Replace(src, "    discovery: None.\n", `    discovery:
      heading: <u>Discovery</u> *and* Experts
      joint: |
        ::: heading plain underline indent 0.5in
        ## A. Witnesses Each Side Expects to Call
        :::

        ::: paragraphs hanging 0.5in
        Smith, Jane, M.D. — treating physician; expected to testify to the plaintiff's injuries, her treatment and the prognosis for recovery over the coming year.
        :::

        ::: paragraphs flush
        The parties otherwise agree.
        :::

        ::: heading tab 1in
        ## B.`+"\t"+`Experts Retained
        :::

        Each side names its experts by the date the schedule gives.
`, 1)
	path := filepath.Join(dir, "case.yaml")
	writeFile(t, path, []byte(styled))
	pdf := filepath.Join(dir, "case.pdf")
	if code, _, stderr := runApp("render", path, "-o", pdf); code != exitOK {
		t.Fatalf("render: exit status %d\n%s", code, stderr)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", pdf)), &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range doc.Outlines {
		if strings.HasSuffix(o.Title, "Discovery and Experts") {
			found = len(o.Kids) == 2 && o.Kids[0].Title == "A. Witnesses Each Side Expects to Call" &&
				o.Kids[1].Title == "B. Experts Retained"
		}
	}
	if !found {
		t.Errorf("bookmarks: %v", titles(doc.Outlines))
	}
	d := readPDFText(t, pdf)
	checkCourtGrid(t, d, 12)
	lines := d.find("Smith, Jane")
	rest := d.find("treatment and the prognosis")
	flush := d.find("The parties otherwise agree.")
	sub := d.find("A. Witnesses Each Side")
	tabbed := d.find("B. Experts Retained")
	if len(lines) == 0 || len(rest) == 0 || len(flush) == 0 || len(sub) == 0 || len(tabbed) == 0 {
		t.Fatalf("forms not found: %v %v %v %v %v", lines, rest, flush, sub, tabbed)
	}
	if w := tabbed[0].words; w[0].XMin > 109 || w[1].XMin < 179.5 || w[1].XMin > 180.5 {
		t.Errorf("tab stop: %q at %.1f, %q at %.1f; want the margin and an inch after it (180)", w[0].Text, w[0].XMin, w[1].Text, w[1].XMin)
	}
	left := func(l textLine) float64 { return l.words[0].XMin }
	if left(lines[0]) > 109 || left(rest[0]) < 143 || left(rest[0]) > 145 || left(flush[0]) > 109 || left(sub[0]) < 143 || left(sub[0]) > 145 {
		t.Errorf("hanging first line at %.1f, then %.1f; flush at %.1f; sub-heading at %.1f", left(lines[0]), left(rest[0]), left(flush[0]), left(sub[0]))
	}
}

// The lines inside a table's cells are single spaced on the half-line grid
// unless the filing asks for double: then each stands on a numbered line.
func TestTableCellSpacing(t *testing.T) {
	needTool(t, "pdftotext")
	src := string(readFile(t, completePath))
	withTable := strings.Replace(src, "    discovery: None.\n", `    discovery: |
      ::: table borderless headless
      | Jane Doe<br>Doe & Roe LLP<br>1 Main Street | John Smith<br>Smith LLP<br>2 Market Street |
      |---|---|
      :::
`, 1)
	for _, tt := range []struct {
		setting string
		pitch   float64
	}{{"", 12}, {"  tables: single\n", 12}, {"  tables: double\n", 24}} {
		dir := t.TempDir()
		path, pdf := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
		writeFile(t, path, []byte(strings.Replace(withTable, "filing:\n", "filing:\n"+tt.setting, 1)))
		if code, _, stderr := runApp("render", path, "-o", pdf); code != exitOK {
			t.Fatalf("%q: exit status %d\n%s", tt.setting, code, stderr)
		}
		d := readPDFText(t, pdf)
		checkCourtGrid(t, d, 12)
		first, third := d.find("Jane Doe"), d.find("1 Main Street")
		if len(first) == 0 || len(third) == 0 {
			t.Fatalf("%q: the table's cells are not found", tt.setting)
		}
		if got := (third[0].base - first[0].base) / 2; math.Abs(got-tt.pitch) > 0.3 {
			t.Errorf("%q: the cell's lines are %.1f pt apart, want %.0f", tt.setting, got, tt.pitch)
		}
	}
}
