package main

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// lastRole matches the role of the caption's last party list, closed by a
// period ("Defendants.", "Defendant and Third-Party Plaintiff.",
// "Intervenor."); the role of a list that another follows ends in a comma.
var lastRole = regexp.MustCompile(`^(Defendants?|Respondents?|Intervenors?)\b[^,.]*\.$`)

// caseFiles lists the examples and the case files under the test data
// directories of the templates and of this package.
func caseFiles(t *testing.T) []string {
	t.Helper()
	paths := exampleFilings(t)
	for _, dir := range []string{"../../templates/testdata", "testdata"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (filepath.Ext(path) == ".yaml" || filepath.Ext(path) == ".yml") {
				paths = append(paths, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return paths
}

// checkFirstPage checks that page 1 holds the court's title at or below
// line 8 and the whole caption: the case number, the last party list's
// role and any "AND RELATED …" line.
func checkFirstPage(t *testing.T, d *pdfText) {
	t.Helper()
	checkFirstPageOf(t, d, "UNITED STATES DISTRICT COURT", 8)
}

// checkFirstPageOf is checkFirstPage for a court whose title starts with
// title, at or below line from.
func checkFirstPageOf(t *testing.T, d *pdfText, title string, from int) {
	t.Helper()
	titles := d.find(title)
	if len(titles) == 0 || titles[0].page != 1 {
		t.Errorf("the court's title is not on page 1: %v", lineSpots(titles))
		return
	}
	if title := titles[0]; title.base < numberBaseline(from)-baselineSlack {
		t.Errorf("the court's title is on line %d (baseline %.2f), above line %d (%.2f)", title.slot(), title.base, from, numberBaseline(from))
	}
	caseNo := d.find("Case No.")
	if len(caseNo) == 0 || caseNo[0].page != 1 {
		t.Errorf("the caption's case number is not on page 1: %v", lineSpots(caseNo))
		return
	}
	// The left column of the caption: below the title, left of "Case No.".
	var right float64
	for i, w := range caseNo[0].words {
		if w.Text == "Case" && i+1 < len(caseNo[0].words) && caseNo[0].words[i+1].Text == "No." {
			right = w.XMin
		}
	}
	var left []string
	for _, l := range d.pageLines(1) {
		if l.base <= titles[0].base {
			continue
		}
		var ws []bboxWord
		for _, w := range l.words {
			if w.XMax < right {
				ws = append(ws, w)
			}
		}
		if len(ws) > 0 {
			left = append(left, wordsText(ws))
		}
	}
	found := false
	for i := range left {
		// The role may wrap: "Defendant and Third-Party" / "Plaintiff.".
		found = found || lastRole.MatchString(left[i]) || i > 0 && lastRole.MatchString(left[i-1]+" "+left[i])
	}
	if !found {
		t.Errorf("page 1's caption lacks the last party list's role; the left column of page 1 reads:\n%s", strings.Join(left, "\n"))
	}
	for _, what := range []string{"AND RELATED", "Judge: Hon."} {
		for _, l := range d.find(what) {
			if l.page != 1 {
				t.Errorf("page %d line %d: %q is not on page 1", l.page, l.slot(), l.text())
			}
		}
	}
}

// TestFirstPageHoldsTitleAndCaption renders every example and every case
// file of the test data that renders, and checks page 1 of each.
func TestFirstPageHoldsTitleAndCaption(t *testing.T) {
	needTool(t, "pdftotext")
	p := testPipeline(t)
	rendered, failed := 0, 0
	for _, path := range caseFiles(t) {
		name := strings.TrimPrefix(filepath.ToSlash(path), "../../")
		r, err := p.Build(path)
		if err != nil {
			if strings.HasPrefix(name, "examples/") {
				t.Errorf("an example does not render: %v", err)
			}
			failed++ // a bad case file, for the tests of errors
			continue
		}
		rendered++
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.pdf")
			writeFile(t, out, r.PDF)
			ct := r.Case.CourtDef()
			checkFirstPageOf(t, readPDFText(t, out), ct.TitleLines("", "")[0], ct.Paper.FirstPage.CourtTitleLine)
		})
	}
	t.Logf("%d case files rendered and checked; %d do not render", rendered, failed)
	if rendered < 10 {
		t.Errorf("only %d case files rendered, want at least 10", rendered)
	}
}

// TestCounselMoveToSignaturePage renders twelve attorneys of six firms,
// listed on page 1 for every side: page 1 cannot hold them with the court's
// title and caption, so some firms move to the signature page.
func TestCounselMoveToSignaturePage(t *testing.T) {
	needTool(t, "pdftotext")
	firms := []struct{ firm, forSpec string }{
		{"Alpha Whitcomb LLP", "orchard"}, {"Birch Castillo LLP", "pine"}, {"Cedar Lang LLP", "marsh"},
		{"Dogwood Oyelaran LLP", "freight"}, {"Elm Ferris LLP", "coast"}, {"Fir Pryor LLP", "[bayside, harbor]"},
	}
	var counsel strings.Builder
	var names []string
	for i, f := range firms {
		for j, first := range []string{"Avery", "Blake"} {
			name := fmt.Sprintf("%s %s%c", first, strings.Fields(f.firm)[1], 'a'+i)
			names = append(names, name)
			extra := ""
			switch {
			case i == 0 && j == 0:
				extra = ", files: true"
			case j == 1:
				extra = ", signs: false"
			}
			counsel.WriteString(atty(name, fmt.Sprint(200000+10*i+j), f.firm,
				fmt.Sprintf("%d Market Street, Suite %d", 100+i, 1000+i), f.forSpec, extra))
		}
	}
	yaml := repCase("plaintiffs:\n  - {id: orchard, name: \"Orchard Mutual, Inc.\"}\n  - {id: pine, name: Pine Mutual Co.}\n"+
		"defendants:\n  - {id: marsh, name: Elena Marsh}\n  - {id: freight, name: \"Marsh Freight, LLC\"}\n"+
		"  - {id: coast, name: Coastline Logistics Corp.}\n  - {id: bayside, name: \"Bayside Cold Storage, Inc.\"}\n"+
		"  - {id: harbor, name: Harbor Terminal Co.}\n",
		counsel.String(), "")
	d := readPDFText(t, buildCase(t, testPipeline(t), t.TempDir(), "case", yaml))
	checkFirstPage(t, d)
	notice := d.find("[Additional counsel listed on signature page]")
	if len(notice) != 1 || notice[0].page != 1 {
		t.Errorf("want the notice of additional counsel once, on page 1: %v", lineSpots(notice))
	}
	page1 := ""
	for _, l := range firstPageCounsel(t, d) {
		page1 += l.text() + "\n"
	}
	later := ""
	for p := 2; p <= d.pages; p++ {
		later += d.pageText(p) + "\n"
	}
	moved := 0
	for i, name := range names {
		upper := strings.ToUpper(name)
		switch {
		case strings.Contains(page1, upper):
		case i < 2:
			t.Errorf("%s, of the filer's firm, is not on page 1", name)
		case !strings.Contains(later, upper):
			t.Errorf("%s is on no page", name)
		default:
			moved++
		}
	}
	if moved == 0 {
		t.Errorf("no attorney moved off page 1, yet it says there are more:\n%s", page1)
	}
	t.Logf("%d of %d attorneys moved to the signature pages", moved, len(names))
}
