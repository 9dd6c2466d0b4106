package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// squashed is the text of a PDF without the pleading line numbers that
// start its lines, every run of white space made one space.
func squashed(s string) string {
	s = regexp.MustCompile(`(?m)^\s*[0-9]{1,2}(\s|$)`).ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// Each filing type's example renders with the wording its type requires,
// in order, and check finds nothing to fault.
func TestFilingTypesWording(t *testing.T) {
	dir := "../../examples/redwood-v-cobalt/"
	tests := []struct {
		file  string
		title string
		want  []string // in order
	}{
		{"stipulation-to-continue.yaml", "STIPULATION AND [PROPOSED] ORDER TO CONTINUE THE FURTHER CASE MANAGEMENT CONFERENCE", []string{
			"Plaintiff Redwood Analytics, Inc. and Defendants Cobalt Systems LLC and Daniel Park, through their counsel of record, stipulate as follows:",
			"WHEREAS, the Court set a further Case Management Conference", "WHEREAS, lead counsel",
			"NOW, THEREFORE, the parties stipulate and agree", "1. The further Case Management Conference", "2. The parties shall file",
			"Event Current Date New Date", "IT IS SO STIPULATED.", "/s/ Margaret A. Chen", "/s/ Priya Natarajan",
			"ATTESTATION OF SIGNATURES", "[PROPOSED] ORDER", "PURSUANT TO STIPULATION, IT IS SO ORDERED.",
			"Further Case Management Conference July 10, 2025 August 14, 2025", "Dated:", "ELENA R. VANCE"}},
		{"declaration-chen.yaml", "DECLARATION OF MARGARET A. CHEN IN SUPPORT OF STIPULATION TO CONTINUE THE FURTHER CASE MANAGEMENT CONFERENCE", []string{
			"I, Margaret A. Chen, declare as follows:", "1. I am an attorney", "5. The continuance",
			"I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.",
			"Executed on June 26, 2025, at San Francisco, California.", "/s/ Margaret A. Chen", "MARGARET A. CHEN"}},
		{"supplemental-cmc-statement.yaml", "JOINT SUPPLEMENTAL CASE MANAGEMENT STATEMENT", []string{
			"pursuant to Civil Local Rule 16-10(d) to report the progress or changes since their last Case Management Statement (Dkt. No. 24)",
			"4. Motions", "8. Discovery", "12. Settlement and ADR", "17. Scheduling", "Respectfully submitted,"}},
		{"certification-of-interested-entities.yaml", "PLAINTIFF'S CERTIFICATION OF CONFLICTS AND INTERESTED ENTITIES OR PERSONS", []string{
			"Pursuant to Civil L.R. 3-15", "Redwood Holdings, Inc. Parent corporation", "Pursuant to Fed. R. Civ. P. 7.1",
			"Respectfully submitted,", "/s/ Margaret A. Chen"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := dir + tt.file
			pdf := renderPDF(t, path, "out.pdf")
			if info := squashed(tool(t, "pdfinfo", pdf)); !strings.Contains(strings.NewReplacer("’", "'").Replace(info), "Title: "+tt.title+" ") {
				t.Errorf("the PDF's title is not %q:\n%s", tt.title, info)
			}
			text := squashed(pdfPlain(t, pdf))
			text = strings.NewReplacer("’", "'", "“", `"`, "”", `"`).Replace(text)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Errorf("no %q after offset %d of the PDF's text:\n%.3000s", w, at, text[at:])
					return
				}
				at += i + len(w)
			}
			code, stdout, stderr := runApp("check", path)
			if code != exitOK || strings.Contains(stdout+stderr, "error:") || strings.Contains(stdout+stderr, "warning:") {
				t.Errorf("check: exit %d\n%s%s", code, stdout, stderr)
			}
		})
	}
}

// Text of a filing type's keys is data: it cannot open a block, sign,
// part a table's cells or reach the caption.
func TestFilingTypesHostileText(t *testing.T) {
	dir := copyExamples(t)
	stip := filepath.Join(dir, "redwood-v-cobalt/stipulation-to-continue.yaml")
	data := string(readFile(t, stip))
	hostile := strings.NewReplacer(
		"    - the Court set a further Case Management Conference for July 10, 2025, at 10:00 A.M. (Dkt. No. 27);",
		"    - |\n      the Court set a conference;\n      ::: signature\n      /s/ Forged Judge\n      :::\n      ::: counsel",
		`"July 10, 2025", "August 14, 2025"]`, `"July 10, 2025 | extra cell", "August 14, 2025"]`,
	).Replace(data)
	writeFile(t, stip, []byte(hostile))
	text := squashed(pdfPlain(t, renderPDF(t, stip, "out.pdf")))
	for _, want := range []string{"::: signature /s/ Forged Judge ::: ::: counsel", "July 10, 2025 | extra cell"} {
		if !strings.Contains(text, want) {
			t.Errorf("the hostile text %q is not printed as written:\n%.2000s", want, text)
		}
	}
	if n := len(regexp.MustCompile(`/s/ `).FindAllString(text, -1)); n != 5 { // three signers, the attestation, the forged words
		t.Errorf("%d conformed signatures, want 5 (the forged one as text)", n)
	}

	supp := filepath.Join(dir, "redwood-v-cobalt/supplemental-cmc-statement.yaml")
	writeFile(t, supp, []byte(strings.Replace(string(readFile(t, supp)), "last_statement: Dkt. No. 24", `last_statement: "Dkt. No. 24) ::: document title: FORGED"`, 1)))
	text = squashed(pdfPlain(t, renderPDF(t, supp, "supp.pdf")))
	if !strings.Contains(text, "(Dkt. No. 24) ::: document title: FORGED)") {
		t.Errorf("the supplemental statement's last_statement is not printed as written:\n%.2500s", text)
	}

	pleading := filepath.Join(dir, "redwood-v-cobalt/certification-of-interested-entities.yaml")
	writeFile(t, pleading, []byte(strings.Replace(string(readFile(t, pleading)), "    - |\n      Pursuant to Fed. R. Civ. P. 7.1",
		"    - |\n      ::: attestation\n      /s/ Forged Filer\n      :::\n\n      Pursuant to Fed. R. Civ. P. 7.1", 1)))
	text = squashed(pdfPlain(t, renderPDF(t, pleading, "pleading.pdf")))
	if !strings.Contains(text, "::: attestation /s/ Forged Filer :::") || strings.Count(text, "ATTESTATION OF SIGNATURES") != 1 {
		t.Errorf("a section that opens an attestation is not printed as written, or attests:\n%.3000s", text)
	}

	decl := filepath.Join(dir, "redwood-v-cobalt/declaration-chen.yaml")
	// A declarant who is not the filer signs for themself, and the filer
	// attests to the signature (Civil L.R. 5-1(i)(3)).
	other := filepath.Join(dir, "redwood-v-cobalt/declaration-other.yaml")
	writeFile(t, other, []byte(strings.Replace(string(readFile(t, decl)), "declarant: Margaret A. Chen", "declarant: Lena Ortiz", 1)))
	text = squashed(pdfPlain(t, renderPDF(t, other, "other.pdf")))
	for _, want := range []string{"I, Lena Ortiz, declare as follows:", "/s/ Lena Ortiz LENA ORTIZ", "ATTESTATION OF SIGNATURES", "/s/ Margaret A. Chen"} {
		if !strings.Contains(text, want) {
			t.Errorf("the declaration of a non-attorney lacks %q:\n%.3000s", want, text)
		}
	}
	writeFile(t, decl, []byte(strings.Replace(string(readFile(t, decl)), "declarant: Margaret A. Chen", "declarant: /s/ Someone Else", 1)))
	code, _, stderr := runApp("validate", decl)
	if code != exitBad || !strings.Contains(stderr, "conformed signature") {
		t.Errorf("a declarant named as a signature: exit %d\n%s", code, stderr)
	}
}
