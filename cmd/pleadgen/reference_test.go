package main

import (
	"regexp"
	"strings"
	"testing"
)

// referencePath is the text of the Joint Case Management Statement filed in
// No. 4:21-cv-02632-DMR, one pleading line per line, each starting with its
// line number; `*x*` marks italics.
const referencePath = "testdata/reference/joint-cmc-statement-4-21-cv-02632.txt"

// The body of the reference filing runs from its first paragraph to the last
// line of topic 21.
const (
	referenceBodyStart = "The parties jointly submit"
	referenceBodyEnd   = "attention of the Court."
	referenceBodyLines = 149
)

// leadingNumber matches a pleading line number at the start of a line, with
// the form feed pdftotext puts before a new page.
var leadingNumber = regexp.MustCompile(`^\f?\s*[0-9]+\s+`)

// quotes maps curly quotes and apostrophes to straight ones.
var quotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`)

// normalise drops italics marks, straightens quotes and collapses spaces, so
// that lines compare word for word.
func normalise(s string) string {
	s = quotes.Replace(strings.ReplaceAll(s, "*", ""))
	return strings.Join(strings.Fields(s), " ")
}

// referenceBody returns the normalised body lines of the reference text.
func referenceBody(text string) []string {
	var body []string
	for _, line := range strings.Split(text, "\n") {
		loc := leadingNumber.FindStringIndex(line)
		if loc == nil {
			continue // a blank line, or a number alone on the caption page
		}
		line = line[loc[1]:]
		if len(body) == 0 && !strings.HasPrefix(line, referenceBodyStart) {
			continue
		}
		body = append(body, normalise(line))
		if strings.HasSuffix(line, referenceBodyEnd) {
			break
		}
	}
	return body
}

// layoutLines returns the set of lines of `pdftotext -layout` output, each
// without its line number and normalised.
func layoutLines(text string) map[string]bool {
	lines := make(map[string]bool)
	for _, line := range strings.Split(text, "\n") {
		lines[normalise(leadingNumber.ReplaceAllString(line, ""))] = true
	}
	return lines
}

func TestReferenceLines(t *testing.T) {
	needTool(t, "pdftotext")
	ref := referenceBody(string(readFile(t, referencePath)))
	if len(ref) != referenceBodyLines {
		t.Fatalf("found %d body lines in the reference, want %d", len(ref), referenceBodyLines)
	}
	pdf := renderPDF(t, examplePath, "statement.pdf")
	got := layoutLines(tool(t, "pdftotext", "-layout", pdf, "-"))
	var missed []string
	for _, line := range ref {
		if !got[line] {
			missed = append(missed, line)
		}
	}
	matched := len(ref) - len(missed)
	t.Logf("%d of %d reference lines break as filed", matched, len(ref))
	for _, line := range missed {
		t.Logf("missed: %s", line)
	}
	// At least 95% must match: matched/len >= 95/100.
	if matched*100 < 95*len(ref) {
		t.Errorf("only %d of %d reference lines match, want at least 95%%", matched, len(ref))
	}
}

func TestReferenceBodyParsing(t *testing.T) {
	text := "1\n2\n\n1 Caption\n2 The parties jointly submit “this”\n3   *See id.*  ¶ 44.\n\n" +
		"4 attention of the Court.\n5 Respectfully submitted,\n"
	want := []string{`The parties jointly submit "this"`, "See id. ¶ 44.", "attention of the Court."}
	if got := referenceBody(text); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("referenceBody = %q, want %q", got, want)
	}
	lines := layoutLines("\f 1          The parties jointly submit\n12   2020, ICE acknowledged\n")
	for _, line := range []string{"The parties jointly submit", "2020, ICE acknowledged"} {
		if !lines[line] {
			t.Errorf("layoutLines lacks %q: %v", line, lines)
		}
	}
}
