package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// placedLines are a PDF's body and footer lines, each as "page:baseline
// text", the baseline to a tenth of a point.
func placedLines(t *testing.T, pdf string) map[string]bool {
	t.Helper()
	d := readPDFText(t, pdf)
	out := map[string]bool{}
	for _, l := range append(d.body, d.footer...) {
		out[fmt.Sprintf("%d:%.1f %s", l.page, l.base, l.text())] = true
	}
	return out
}

// missingFrom lists the lines of a that b lacks.
func missingFrom(a, b map[string]bool) []string {
	var out []string
	for l := range a {
		if !b[l] {
			out = append(out, l)
		}
	}
	return out
}

// A draft differs from the final paper only in its marks, in the top
// margin of every page, and, when it leaves the date out, in the lines
// that give the date: every other line is the same, at the same place.
func TestDraftDiffersOnlyInMarksAndDates(t *testing.T) {
	dir := copyExamples(t)
	dated := filepath.Join(dir, "redwood-v-cobalt/declaration-chen.yaml")
	undated := filepath.Join(dir, "redwood-v-cobalt/undated.yaml")
	writeFile(t, undated, []byte(strings.Replace(string(readFile(t, dated)), "  date: 2025-06-26\n", "", 1)))
	final := placedLines(t, renderPDF(t, dated, "final.pdf"))

	out := filepath.Join(t.TempDir(), "draft.pdf")
	if code, _, stderr := runApp("render", "--draft", dated, "-o", out); code != exitOK {
		t.Fatalf("render --draft: %d\n%s", code, stderr)
	}
	draft := placedLines(t, out)
	pages := readPDFText(t, out).pages
	marks := 0
	for _, l := range missingFrom(draft, final) {
		if !strings.HasSuffix(l, " DRAFT — NOT FOR FILING") {
			t.Errorf("the draft has a line the final paper lacks: %q", l)
		}
		marks++
	}
	if marks != pages {
		t.Errorf("%d draft marks on %d pages", marks, pages)
	}
	if lost := missingFrom(final, draft); len(lost) > 0 {
		t.Errorf("the draft lacks lines of the final paper: %q", lost)
	}

	if code, _, stderr := runApp("render", undated, "-o", filepath.Join(t.TempDir(), "x.pdf")); code != exitBad || !strings.Contains(stderr, "filing.date: missing required field") {
		t.Errorf("a final paper without a date: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runApp("render", "--draft", undated, "-o", out); code != exitOK {
		t.Fatalf("render --draft of an undated paper: %d\n%s", code, stderr)
	}
	undatedDraft := placedLines(t, out)
	for _, l := range missingFrom(undatedDraft, final) {
		if !strings.HasSuffix(l, " DRAFT — NOT FOR FILING") && !strings.Contains(l, "Executed on ____________________, at") {
			t.Errorf("the undated draft differs in a line that is not a mark or a date: %q", l)
		}
	}
	for _, l := range missingFrom(final, undatedDraft) {
		if !strings.Contains(l, "June 26, 2025") {
			t.Errorf("the undated draft lacks a line that is not a date: %q", l)
		}
	}
	code, stdout, _ := runApp("check", "--draft", dated)
	if code != exitBad || !strings.Contains(stdout, "error: filing: this is a draft") {
		t.Errorf("check --draft: exit %d\n%s", code, stdout)
	}
}
