package main

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// repCase is a case file with these parties, counsel and filing settings
// (indented under filing:), listing every side's counsel on page 1.
func repCase(parties, counsel, filing string) string {
	return "number: 4:24-cv-00101\njudge: {name: Jon S. Tigar, initials: JST}\n" +
		parties + "counsel:\n" + counsel +
		"filing:\n  type: joint-cmc-statement\n  date: 2024-05-01\n  counsel_block: both\n" +
		"  conference: {date: 2024-05-08, time: \"2:00 P.M.\"}\n" + filing +
		"  topics:\n    jurisdiction: All parties have been served.\n"
}

// atty is one attorney of a counsel list, of a firm at its own address.
func atty(name, bar, firm, street, forSpec, extra string) string {
	user := strings.ToLower(strings.Fields(name)[0])
	domain := strings.ToLower(strings.Fields(firm)[0])
	return fmt.Sprintf("  - {name: %s, bar: %q, firm: %s, address: [%q, \"Oakland, CA 94612\"], "+
		"phone: 510-555-0100, email: %s@%s.example, for: %s%s}\n", name, bar, firm, street, user, domain, forSpec, extra)
}

// representations returns, in order, the "Attorney(s) for …" and
// "…, Pro Se" statements among lines, each joined with the lines it wraps
// onto: those below it, pitch apart, that start at its left edge.
func representations(lines []textLine, pitch float64) []string {
	var out []string
	for i, l := range lines {
		k := -1
		for j := 0; j+1 < len(l.words); j++ {
			if (l.words[j].Text == "Attorney" || l.words[j].Text == "Attorneys") && l.words[j+1].Text == "for" {
				k = j
				break
			}
		}
		if k < 0 {
			if strings.HasSuffix(l.text(), ", Pro Se") {
				out = append(out, l.text())
			}
			continue
		}
		x0 := l.words[k].XMin
		phrase, prev := wordsText(l.words[k:]), l
		for _, next := range lines[i+1:] {
			var col []bboxWord
			for _, w := range next.words {
				if w.XMin >= x0-1 {
					col = append(col, w)
				}
			}
			if next.page != l.page || next.base-prev.base > pitch+0.5 {
				break
			}
			if len(col) == 0 || math.Abs(col[0].XMin-x0) > 1 {
				break
			}
			if strings.HasSuffix(phrase, "-") {
				phrase += wordsText(col) // a compound broken at its hyphen
			} else {
				phrase += " " + wordsText(col)
			}
			prev = next
		}
		out = append(out, phrase)
	}
	return out
}

// firstPageCounsel returns the lines of page 1 above the court's title.
func firstPageCounsel(t *testing.T, d *pdfText) []textLine {
	t.Helper()
	title := d.find("UNITED STATES DISTRICT COURT")
	if len(title) == 0 || title[0].page != 1 {
		t.Fatalf("no court title on page 1 of %s", d.path)
	}
	var out []textLine
	for _, l := range d.pageLines(1) {
		if l.base < title[0].base {
			out = append(out, l)
		}
	}
	return out
}

// signatureLines returns the body lines after page 1.
func signatureLines(d *pdfText) []textLine {
	var out []textLine
	for _, l := range d.body {
		if l.page > 1 {
			out = append(out, l)
		}
	}
	return out
}

const (
	orchardParty = "plaintiffs: [{id: orchard, name: \"Orchard Mutual, Inc.\", short: Orchard}]\n"
	threeDefs    = "defendants:\n  - {id: marsh, name: Elena Marsh, short: Marsh}\n" +
		"  - {id: freight, name: \"Marsh Freight, LLC\", short: Marsh Freight}\n" +
		"  - {id: coast, name: Coastline Corp., short: Coastline}\n"
	orchardRep = "Attorney for Plaintiff ORCHARD MUTUAL, INC."

	// The spacing of the signature blocks, given: the default depends on
	// how many sign.
	spacedDouble = "  signature_spacing: double\n"
	spacedSingle = "  signature_spacing: single\n"
)

var representationCases = []struct {
	name                     string
	yaml                     string
	sigPitch                 float64 // the signature blocks' line pitch
	firstPage, signatureSide []string
}{
	{
		name: "one attorney each side",
		yaml: repCase(orchardParty+"defendants: [{id: marsh, name: Elena Marsh}]\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true")+
				atty("Ben Beta", "100002", "Beta LLP", "2 B St", "defendants", ""), spacedDouble+"  signature_dates: beside\n"),
		sigPitch:  slotPitch,
		firstPage: []string{orchardRep, "Attorney for Defendant ELENA MARSH"},
	},
	{
		name: "three defendants, two firms, one for two by id",
		yaml: repCase(orchardParty+threeDefs,
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true")+
				atty("Ben Beta", "100002", "Beta LLP", "2 B St", "[marsh, freight]", "")+
				atty("Bea Betz", "100003", "Beta LLP", "2 B St", "[marsh, freight]", "")+
				atty("Cal Gamma", "100004", "Gamma LLP", "3 C St", "coast", ""),
			"  signature_style: firm\n"+spacedSingle),
		sigPitch: halfPitch,
		firstPage: []string{orchardRep, "Attorneys for Defendants ELENA MARSH and MARSH FREIGHT, LLC",
			"Attorney for Defendant COASTLINE CORP."},
	},
	{
		name: "pro se defendant",
		yaml: repCase(orchardParty+"defendants:\n  - {id: dan, name: Dan Doe, pro_se: true, "+
			"address: [12 Elm Street, \"Berkeley, CA 94704\"], phone: 510-555-0199, email: dan@doe.example}\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true"), spacedDouble),
		sigPitch:  slotPitch,
		firstPage: []string{orchardRep, "Defendant, Pro Se"},
	},
	{
		name: "counterclaims",
		yaml: repCase("plaintiffs: [{id: orchard, name: \"Orchard Mutual, Inc.\", also: [counter-defendant]}]\n"+
			"defendants:\n  - {id: marsh, name: Elena Marsh, also: [counter-claimant]}\n"+
			"  - {id: freight, name: \"Marsh Freight, LLC\"}\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "orchard", ", files: true")+
				atty("Ben Beta", "100002", "Beta LLP", "2 B St", "marsh", "")+
				atty("Bea Betz", "100003", "Beta LLP", "2 B St", "marsh", "")+
				atty("Cal Gamma", "100004", "Gamma LLP", "3 C St", "freight", ""), spacedSingle),
		sigPitch: halfPitch,
		firstPage: []string{"Attorney for Plaintiff and Counter-Defendant ORCHARD MUTUAL, INC.",
			"Attorneys for Defendant and Counter-Claimant ELENA MARSH", "Attorney for Defendant MARSH FREIGHT, LLC"},
	},
	{
		name: "third-party defendant with its own counsel",
		yaml: repCase(orchardParty+
			"defendants: [{id: freight, name: \"Marsh Freight, LLC\", also: [third-party-plaintiff]}]\n"+
			"third_party_defendants: [{id: bayside, name: \"Bayside Cold Storage, Inc.\"}]\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true")+
				atty("Ben Beta", "100002", "Beta LLP", "2 B St", "defendants", "")+
				atty("Cal Gamma", "100004", "Gamma LLP", "3 C St", "third_party_defendants", ""), spacedDouble),
		sigPitch: slotPitch,
		firstPage: []string{orchardRep, "Attorney for Defendant and Third-Party Plaintiff MARSH FREIGHT, LLC",
			"Attorney for Third-Party Defendant BAYSIDE COLD STORAGE, INC."},
	},
	{
		name: "government side under an office head",
		yaml: repCase("plaintiffs:\n  - {id: jfl, name: Just Futures Law}\n  - {id: aclu, name: ACLU of Northern California}\n"+
			"defendants:\n  - {id: dhs, name: U.S. Department of Homeland Security}\n"+
			"  - {id: ice, name: U.S. Immigration and Customs Enforcement}\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true")+
				"  - name: Sam Iyer\n    bar: \"268342\"\n    title: Assistant United States Attorney\n"+
				"    under: {name: Stephanie M. Hinds, title: United States Attorney}\n"+
				"    address: [450 Golden Gate Avenue, \"San Francisco, CA 94102\"]\n"+
				"    email: sam.iyer@usdoj.example\n    for: defendants\n", spacedDouble),
		sigPitch: slotPitch,
		// Page 1 names the parties of a whole side too (Civil L.R.
		// 3-4(a)(1)); the signatures name the side only.
		firstPage: []string{"Attorney for Plaintiffs JUST FUTURES LAW and ACLU OF NORTHERN CALIFORNIA",
			"Attorneys for Defendants U.S. DEPARTMENT OF HOMELAND SECURITY and U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT"},
		signatureSide: []string{"Attorney for Plaintiffs", "Attorneys for Defendants"},
	},
	{
		name: "three of four defendants, an intervenor",
		yaml: repCase(orchardParty+threeDefs+"  - {id: acme, name: Acme Holdings, appeared: false}\n"+
			"intervenors: [{id: sierra, name: Sierra Club}]\n",
			atty("Ann Alpha", "100001", "Alpha LLP", "1 A St", "plaintiffs", ", files: true")+
				atty("Ben Beta", "100002", "Beta LLP", "2 B St", "[marsh, freight, coast]", "")+
				atty("Ivy Ion", "100009", "Ion LLP", "9 I St", "sierra", ""), spacedSingle),
		sigPitch: halfPitch,
		firstPage: []string{orchardRep, "Attorney for Defendants ELENA MARSH; MARSH FREIGHT, LLC; and COASTLINE CORP.",
			"Attorney for Intervenor SIERRA CLUB"},
	},
}

// TestRepresentationLines renders party and counsel shapes and compares
// the statements of whom counsel represent, on page 1 and under the
// signatures, with what they must say.
func TestRepresentationLines(t *testing.T) {
	needTool(t, "pdftotext")
	p := testPipeline(t)
	for _, tc := range representationCases {
		t.Run(tc.name, func(t *testing.T) {
			d := readPDFText(t, buildCase(t, p, t.TempDir(), "case", tc.yaml))
			want := strings.Join(tc.firstPage, "\n")
			if got := representations(firstPageCounsel(t, d), halfPitch); strings.Join(got, "\n") != want {
				t.Errorf("page 1 says:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
			}
			sig := tc.signatureSide
			if sig == nil {
				sig = tc.firstPage // page 1 and the signatures agree
			}
			want = strings.Join(sig, "\n")
			if got := representations(signatureLines(d), tc.sigPitch); strings.Join(got, "\n") != want {
				t.Errorf("the signatures say:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
			}
		})
	}
}

// TestRepresentationsJoinsWrappedLines checks the reading of wrapped
// statements on made-up lines.
func TestRepresentationsJoinsWrappedLines(t *testing.T) {
	at := func(page, slot int, x float64, texts ...string) textLine {
		l := textLine{page: page, base: numberBaseline(slot)}
		for _, s := range texts {
			l.words = append(l.words, word(page, s, x, l.base))
			x += 40
		}
		return l
	}
	lines := []textLine{
		at(2, 1, 300, "Attorney", "for", "Defendant", "and", "Third-"),
		at(2, 2, 300, "Party", "Plaintiff", "ACME"),
		at(2, 4, 300, "/s/", "Next"), // a blank line between: another block
		at(2, 5, 300, "Attorneys", "for", "Plaintiffs"),
		at(2, 6, 340, "indented"), // not at the statement's left edge
		at(3, 1, 300, "Defendant,", "Pro", "Se"),
	}
	got := representations(lines, slotPitch)
	want := []string{"Attorney for Defendant and Third-Party Plaintiff ACME", "Attorneys for Plaintiffs", "Defendant, Pro Se"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("representations = %q, want %q", got, want)
	}
}
