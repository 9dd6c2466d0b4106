package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const (
	footerCasePath = "testdata/supplemental-footer.yaml"
	footerTitle    = "SUPPLEMENTAL JOINT CASE MANAGEMENT STATEMENT & [PROPOSED] ORDER"
	footerCaseNo   = "Case No. 4:24-cv-00101-YGR-KAW"
	textRight      = 576.0 // the right edge of the text measure, 8 in
	textLeft       = 108.0 // its left edge, 1.5 in
	edgeSlack      = 0.01
)

// TestFooterNeverOverprints checks every page's footer of a statement
// whose title is too long for the room beside the case number: the
// title's words and the case number's never share room on a line, no word
// passes the edges of the text measure, and the page number, the whole
// title and the case number are all there.
func TestFooterNeverOverprints(t *testing.T) {
	needTool(t, "pdftotext")
	d := readPDFText(t, buildFile(t, testPipeline(t), footerCasePath, filepath.Join(t.TempDir(), "footer.pdf")))
	if d.pages < 3 {
		t.Fatalf("%d pages, want at least 3", d.pages)
	}
	for page := 1; page <= d.pages; page++ {
		var lines []textLine
		for _, l := range d.footer {
			if l.page == page {
				lines = append(lines, l)
			}
		}
		if len(lines) < 2 || lines[0].text() != strconv.Itoa(page) {
			t.Errorf("page %d: the footer does not start with the page number: %q", page, d.footerText(page))
			continue
		}
		var title, caseNo []string
		for _, l := range lines[1:] {
			titleEnd, caseStart := -1.0, -1.0
			for i, w := range l.words {
				if w.XMin < textLeft-edgeSlack || w.XMax > textRight+edgeSlack {
					t.Errorf("page %d: footer word %q at x %.2f–%.2f passes the text measure %.0f–%.0f",
						page, w.Text, w.XMin, w.XMax, textLeft, textRight)
				}
				if caseStart < 0 && w.Text == "Case" && i+1 < len(l.words) && l.words[i+1].Text == "No." {
					caseStart = w.XMin
				}
				if caseStart >= 0 {
					caseNo = append(caseNo, w.Text)
				} else {
					title = append(title, w.Text)
					titleEnd = w.XMax
				}
			}
			if caseStart >= 0 && titleEnd >= caseStart {
				t.Errorf("page %d: the footer's title ends at x %.2f, over the case number from x %.2f: %q",
					page, titleEnd, caseStart, l.text())
			}
		}
		want := footerTitle
		if page == d.pages {
			want = "CERTIFICATE OF SERVICE"
		}
		if got := strings.Join(title, " "); got != want {
			t.Errorf("page %d: the footer's title reads %q, want %q", page, got, want)
		}
		if got := strings.Join(caseNo, " "); got != footerCaseNo {
			t.Errorf("page %d: the footer's case number reads %q, want %q", page, got, footerCaseNo)
		}
	}
}
