package main

import (
	"fmt"
	"strings"
	"testing"
)

// sweepSigner is an attorney who signs a sweep case, for a side.
type sweepSigner struct{ name, bar, firm, street, side string }

var sweepSigners = []sweepSigner{
	{"Ann Alpha", "100001", "Alpha LLP", "1 Alpha Street", "plaintiffs"},
	{"Dee Delta", "100004", "Delta LLP", "4 Delta Street", "defendants"},
	{"Ben Beta", "100002", "Beta LLP", "2 Beta Street", "plaintiffs"},
	{"Eve Epsilon", "100005", "Epsilon LLP", "5 Epsilon Street", "defendants"},
}

const (
	sweepDate     = "Dated: May 1, 2024"
	judgeLine     = "______________________________"
	judgeName     = "JON S. TIGAR"
	judgeTitle    = "United States District Judge"
	soOrdered     = "IT IS SO ORDERED."
	orderDateLine = "Dated: ____________________"
)

// sweepOptions shape a sweep case's signatures.
type sweepOptions struct {
	signers    int    // how many of sweepSigners sign
	firm       bool   // signature_style: firm
	spacing    string // signature_spacing, or "" for the default
	dates      string // signature_dates, or "" for one date above all
	order      int    // one-line paragraphs of a proposed order, 0 for none
	paragraphs int    // one-line paragraphs of the facts
}

// sweepCase is a case file whose facts are one-line paragraphs, signed as
// o says. It returns the case file and every line its signature blocks
// may print.
func sweepCase(o sweepOptions) (string, map[string]bool) {
	n, k, firm := o.paragraphs, o.signers, o.firm
	sig := map[string]bool{"Respectfully submitted,": true, sweepDate: true, "Oakland, CA 94612": true}
	for _, party := range []string{"Plaintiff ACME CO.", "Defendant BETA CO."} {
		sig["Attorney for "+party], sig["Attorneys for "+party] = true, true
	}
	var b strings.Builder
	b.WriteString("number: 4:24-cv-00101\njudge: {name: Jon S. Tigar, initials: JST}\n" +
		"plaintiffs: [{name: Acme Co.}]\ndefendants: [{name: Beta Co.}]\ncounsel:\n")
	for i, s := range sweepSigners[:k] {
		email := strings.ToLower(strings.Fields(s.name)[0]) + "@example.com"
		phone := fmt.Sprintf("Telephone: 510-555-010%d", i)
		fmt.Fprintf(&b, "  - {name: %s, bar: %q, firm: %s, address: [%s, \"Oakland, CA 94612\"], phone: %s, email: %s, for: %s%s}\n",
			s.name, s.bar, s.firm, s.street, strings.TrimPrefix(phone, "Telephone: "), email, s.side,
			map[bool]string{true: ", files: true"}[i == 0])
		for _, line := range []string{"/s/ " + s.name, "By: /s/ " + s.name, strings.ToUpper(s.name) + " (SBN " + s.bar + ")",
			s.firm, strings.ToUpper(s.firm), s.street, phone, email} {
			sig[line] = true
		}
		// With the dates beside the blocks, a date shares the block's first line.
		sig[sweepDate+" /s/ "+s.name], sig[sweepDate+" "+strings.ToUpper(s.firm)] = true, true
	}
	b.WriteString("filing:\n  type: joint-cmc-statement\n  date: 2024-05-01\n" +
		"  conference: {date: 2024-05-08, time: \"2:00 P.M.\"}\n")
	if firm {
		b.WriteString("  signature_style: firm\n")
	}
	if o.spacing != "" {
		b.WriteString("  signature_spacing: " + o.spacing + "\n")
	}
	if o.dates != "" {
		b.WriteString("  signature_dates: " + o.dates + "\n")
	}
	if o.order > 0 {
		b.WriteString("  order:\n    text: |\n")
		for i := 1; i <= o.order; i++ {
			fmt.Fprintf(&b, "      The Court orders item %d.\n\n", i)
		}
	}
	b.WriteString("  topics:\n    jurisdiction: All parties have been served.\n    facts: |\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "      Sweep paragraph number %d.\n\n", i)
	}
	return b.String(), sig
}

// sweepCases are the signature sweep's cases: for each length of the
// facts, which moves the end of the text through every line of a page,
// two, three and four signers, then a proposed order after two to four,
// with the style, spacing and dates varying from case to case.
func sweepCases() []sweepOptions {
	var out []sweepOptions
	for n := 1; n <= 32; n++ {
		for k := 2; k <= 5; k++ {
			o := sweepOptions{signers: k, firm: n%2 == 0, paragraphs: n,
				spacing: []string{"", "double", "single"}[(n/2)%3],
				dates:   []string{"", "beside", "true", "above"}[(n/3)%4]}
			if k == 5 { // the proposed order
				o.signers, o.order = 2+n%3, 1+n%9
			}
			out = append(out, o)
		}
	}
	return out
}

// TestSignatureBlocksNeverStandAlone renders the sweep cases and checks
// that no page holds signature lines only, that the first block keeps two
// lines of the text above it, and that the judge's signature keeps "IT IS
// SO ORDERED.", the date line and two lines of the order above it.
func TestSignatureBlocksNeverStandAlone(t *testing.T) {
	needTool(t, "pdftotext")
	p := testPipeline(t)
	for _, o := range sweepCases() {
		name := fmt.Sprintf("paragraphs=%d/signers=%d/firm=%v/spacing=%s/dates=%s/order=%d",
			o.paragraphs, o.signers, o.firm, or(o.spacing, "default"), or(o.dates, "once"), o.order)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			yaml, sig := sweepCase(o)
			d := readPDFText(t, buildCase(t, p, t.TempDir(), "case", yaml))
			checkSignaturePages(t, d, sig)
			if o.order > 0 {
				checkJudgeSignature(t, d)
			}
			for _, e := range d.gridErrors() {
				t.Error(e)
			}
			if t.Failed() {
				t.Logf("pdftotext -layout:\n%s", tool(t, "pdftotext", "-layout", d.path, "-"))
			}
		})
	}
}

// or returns s, or def when s is empty.
func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// checkSignaturePages classifies the lines of the pages from "Respectfully
// submitted," on as lines of the signature blocks (those in sig) or other
// text, and checks every page that holds signature lines.
func checkSignaturePages(t *testing.T, d *pdfText, sig map[string]bool) {
	t.Helper()
	start := d.find("Respectfully submitted,")
	attest := d.find("ATTESTATION OF SIGNATURES")
	if len(start) != 1 || len(attest) != 1 {
		t.Fatalf("want one \"Respectfully submitted,\" and one attestation: %v, %v", lineSpots(start), lineSpots(attest))
	}
	inBlocks := false
	for _, l := range d.body {
		switch {
		case l.page == start[0].page && l.base == start[0].base:
			inBlocks = true
		case l.page == attest[0].page && l.base == attest[0].base:
			inBlocks = false
		}
		if inBlocks && !sig[l.text()] {
			t.Errorf("page %d line %d: %q among the signature blocks is no line of theirs", l.page, l.slot(), l.text())
		}
	}
	for page := start[0].page; page <= d.pages; page++ {
		lines := d.pageLines(page)
		signs, other, otherAbove := 0, 0, 0
		for _, l := range lines {
			switch {
			case sig[l.text()]:
				signs++
			default:
				other++
				if page == start[0].page && l.base < start[0].base {
					otherAbove++
				}
			}
		}
		if signs > 0 && other < 2 {
			t.Errorf("page %d holds %d lines of signature blocks and %d of other text: a signature block stands alone", page, signs, other)
		}
		if page == start[0].page && otherAbove < 2 {
			t.Errorf("page %d: the signatures start on line %d with %d lines of text above them, want at least 2", page, start[0].slot(), otherAbove)
		}
	}
}

// checkJudgeSignature checks that the page with the judge's signature line
// holds, above it, "IT IS SO ORDERED.", the date line and at least two
// lines of the order's text or heading.
func checkJudgeSignature(t *testing.T, d *pdfText) {
	t.Helper()
	line := d.find(judgeLine)
	if len(line) != 1 {
		t.Fatalf("want the judge's signature line once: %v", lineSpots(line))
	}
	page := line[0].page
	var above []string
	for _, l := range d.pageLines(page) {
		if l.base < line[0].base {
			above = append(above, l.text())
		}
	}
	text := "\n" + strings.Join(above, "\n") + "\n"
	i := strings.Index(text, "\n"+soOrdered+"\n")
	if i < 0 || !strings.Contains(text[i:], "\n"+orderDateLine+"\n") {
		t.Errorf("page %d: the judge's signature line is not kept with %q and %q; above it:%s", page, soOrdered, orderDateLine, text)
		return
	}
	if n := strings.Count(text[:i], "\n"); n < 2 {
		t.Errorf("page %d: %d lines of the order above %q, want at least 2; above it:%s", page, n, soOrdered, text)
	}
	for _, want := range []string{judgeName, judgeTitle} {
		if ls := d.find(want); len(ls) != 1 || ls[0].page != page || ls[0].base <= line[0].base {
			t.Errorf("%q is not under the judge's signature line on page %d: %v", want, page, lineSpots(ls))
		}
	}
}
