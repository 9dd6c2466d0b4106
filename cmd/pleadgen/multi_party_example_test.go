package main

import (
	"math"
	"path/filepath"
	"strings"
	"testing"
)

const multiPartyPath = "../../examples/multi-party-joint-cmc.yaml"

// TestMultiPartyExample checks that the PDF of the multi-party example
// shows what its comment promises.
func TestMultiPartyExample(t *testing.T) {
	needTool(t, "pdftotext")
	d := readPDFText(t, buildFile(t, testPipeline(t), multiPartyPath, filepath.Join(t.TempDir(), "multi.pdf")))

	for _, s := range []string{"[Additional counsel listed on signature page]", "AND RELATED COUNTERCLAIMS", "AND RELATED THIRD-PARTY ACTION"} {
		if ls := d.find(s); len(ls) != 1 || ls[0].page != 1 {
			t.Errorf("want %q once, on page 1: %v", s, lineSpots(ls))
		}
	}
	checkFirstPage(t, d)

	// Page 1 keeps the filer's firm and the next; the signatures name
	// whom every firm represents, in the same words.
	reps := []string{
		"Attorneys for Plaintiff and Counter-Defendant ORCHARD MUTUAL INSURANCE CO.",
		"Attorneys for Defendant and Counter-Claimant ELENA MARSH and Defendant and Third-Party Plaintiff MARSH FREIGHT, LLC",
		"Attorneys for Defendant COASTLINE LOGISTICS CORP.",
		"Attorneys for Third-Party Defendant BAYSIDE COLD STORAGE, INC.",
	}
	if got := representations(firstPageCounsel(t, d), halfPitch); strings.Join(got, "\n") != strings.Join(reps[:2], "\n") {
		t.Errorf("page 1 says:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(reps[:2], "\n"))
	}
	if got := representations(signatureLines(d), halfPitch); strings.Join(got, "\n") != strings.Join(reps, "\n") {
		t.Errorf("the signatures say:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(reps, "\n"))
	}

	// The group's label runs into its paragraphs and stands on its own
	// line before the quotation and before the schedule table.
	const label = "Defendants Marsh and Marsh Freight's Position:"
	var runIn, alone []string
	beforeTable := false
	for i, l := range d.body {
		if !strings.Contains(l.text(), label) {
			continue
		}
		if l.text() != label {
			runIn = append(runIn, strings.TrimPrefix(l.text(), label+" "))
			continue
		}
		next := ""
		if i+1 < len(d.body) && d.body[i+1].page == l.page {
			next = d.body[i+1].text()
		}
		alone = append(alone, next)
		beforeTable = beforeTable || strings.HasPrefix(next, "Event") && strings.HasSuffix(next, "Proposed date")
	}
	if len(runIn) != 2 || !strings.HasPrefix(runIn[0], "The load spoiled") || !strings.HasPrefix(runIn[1], "Marsh Freight seeks") {
		t.Errorf("the label runs into %q, want the facts' and the relief's first lines", runIn)
	}
	if len(alone) != 2 || !strings.HasPrefix(alone[0], "Parties may obtain discovery") || !beforeTable {
		t.Errorf("the label stands alone before lines starting %q, want the quotation and the table's header row", alone)
	}

	var by []string
	for _, l := range d.body {
		if strings.HasPrefix(l.text(), "By: /s/ ") {
			by = append(by, strings.TrimPrefix(l.text(), "By: /s/ "))
		}
	}
	if want := "Rachel T. Hale|Daniel Okafor|Gregory Pryor|Thomas Ferris"; strings.Join(by, "|") != want {
		t.Errorf("\"By: /s/\" signatures of %q, want %q", by, want)
	}
	if ls := d.find("ATTESTATION OF SIGNATURES"); len(ls) != 1 {
		t.Errorf("want the attestation once: %v", lineSpots(ls))
	}

	heading := d.find("[PROPOSED] CASE MANAGEMENT ORDER")
	if len(heading) != 1 {
		t.Fatalf("want the order's heading once: %v", lineSpots(heading))
	}
	if h := heading[0]; d.pageLines(h.page)[0].base != h.base || math.Abs(h.base-numberBaseline(1)) > baselineSlack {
		t.Errorf("the order's heading is on page %d line %d, not at the top of its page", h.page, h.slot())
	}

	checkECFCertificate(t, d, "/s/ Rachel T. Hale")
}

// checkECFCertificate checks that the last page is a certificate of
// electronic filing, which lists no one served: its paragraph is followed
// directly by the signer's conformed signature.
func checkECFCertificate(t *testing.T, d *pdfText, signature string) {
	t.Helper()
	lines := d.pageLines(d.pages)
	if len(lines) == 0 || lines[0].text() != "CERTIFICATE OF SERVICE" {
		t.Fatalf("the last page, %d, is no certificate of service: %q", d.pages, d.pageText(d.pages))
	}
	text := d.pageText(d.pages)
	if !strings.Contains(text, "I electronically filed the foregoing") || strings.Contains(text, "listed below") {
		t.Errorf("the certificate is not one of electronic filing: %q", text)
	}
	end := -1
	for i, l := range lines {
		if strings.HasSuffix(l.text(), "all counsel of record.") {
			end = i
		}
	}
	if end < 0 || end+1 >= len(lines) || lines[end+1].text() != signature {
		t.Errorf("the certificate's paragraph is not followed by %q, so it may list whom it served: %q", signature, text)
	}
	if !strings.Contains(d.footerText(d.pages), "CERTIFICATE OF SERVICE") {
		t.Errorf("the certificate's footer lacks its title: %q", d.footerText(d.pages))
	}
}
