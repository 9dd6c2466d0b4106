package cases

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// superior is a small valid case file of a California superior court:
//
//	1 court: ca-superior
//	2 county: Los Angeles
//	3 number: 24STCV18342
//	4 judge: {name: Angela R. Whitman, department: "54"}
//	5 plaintiffs: [{name: Marisol Vega}]
//	6 defendants: [{name: "Sunset Ridge Apartments, LP", appeared: false}]
//	7 counsel: [{name: Diego A. Ferrer, bar: "289934", for: plaintiffs, files: true}]
//	8 filing: {type: pleading, title: Notice of Errata, date: 2025-08-11, sections: [Text.]}
const superior = `court: ca-superior
county: Los Angeles
number: 24STCV18342
judge: {name: Angela R. Whitman, department: "54"}
plaintiffs: [{name: Marisol Vega}]
defendants: [{name: "Sunset Ridge Apartments, LP", appeared: false}]
counsel: [{name: Diego A. Ferrer, bar: "289934", for: plaintiffs, files: true}]
filing: {type: pleading, title: Notice of Errata, date: 2025-08-11, sections: [Text.]}
`

// What a court's file asks of a case file is checked at the key that
// fails it: counties and their case numbers, departments, initials, a
// firm's paper, outlines and topics of the filing's own.
func TestCourtErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"no county", strings.Replace(superior, "county: Los Angeles\n", "", 1),
			[]string{`case.yaml:1:8: county: give the county of the case (county: Los Angeles): Cal. Super. Ct.'s title names it`}},
		{"unknown county", strings.Replace(superior, "Los Angeles", "Los Angelos", 1),
			[]string{`case.yaml:2:9: county: unknown county "Los Angelos" (did you mean "Los Angeles"?)`}},
		{"case number not in the county's form", strings.Replace(superior, "24STCV18342", "24-STCV-18342", 1),
			[]string{`case.yaml:3:9: number: case number "24-STCV-18342" is not in the form Los Angeles County gives its case numbers (e.g. 24STCV12345)`}},
		{"a division in a county court", strings.Replace(superior, "county: Los Angeles\n", "county: Los Angeles\ndivision: Central\n", 1),
			[]string{`case.yaml:3:11: division: Cal. Super. Ct. has counties, not divisions: give county`}},
		{"no department", strings.Replace(superior, `, department: "54"`, "", 1),
			[]string{`case.yaml:4:8: judge.department: missing required field (Cal. Super. Ct. papers name the judge's department on page 1: e.g. "14")`}},
		{"a referral in a court without initials", strings.Replace(superior, "plaintiffs:", "referral: KAW\nplaintiffs:", 1),
			[]string{`case.yaml:5:11: referral: Cal. Super. Ct. numbers its cases without judges' initials: leave referral out`}},
		{"initials in a court without them", strings.Replace(superior, `department: "54"`, `department: "54", initials: AW`, 1),
			[]string{`case.yaml:4:62: judge.initials: Cal. Super. Ct. numbers its cases without judges' initials, which would be printed nowhere: leave initials out`}},
		{"a magistrate in a court without them", strings.Replace(superior, `department: "54"`, `department: "54", magistrate: true`, 1),
			[]string{`case.yaml:4:64: judge.magistrate: Cal. Super. Ct. has no magistrate judges' title: leave magistrate out, or give the judge's title`}},
		{"electronic service in a court without a system that serves", strings.Replace(superior, "sections: [Text.]}", "sections: [Text.], service: {signer: Diego A. Ferrer, date: 2025-08-11}}", 1),
			[]string{`case.yaml:8:97: filing.service: Cal. Super. Ct. has no electronic filing system that serves counsel of record: give method mail, email, hand, overnight or your own words, and who was served`}},
		{"a type size of nothing", edit("filing:", "paper: {size: 0}\nfiling:"),
			[]string{`case.yaml:11:15: paper.size: want a type size in whole points, such as 12, got 0`}},
		{"a paper that cannot be drawn", edit("filing:", "paper: {numbers: 1.6in}\nfiling:"),
			[]string{`case.yaml:11:18: paper.numbers: this paper cannot be drawn: numbers: the line numbers must end (115.2) left of the text (108)`}},
		{"a federal number in a county court", strings.Replace(superior, "24STCV18342", "2:24-cv-01234", 1),
			[]string{`case.yaml:3:9: number: case number "2:24-cv-01234" is not in the form Los Angeles County gives its case numbers (e.g. 24STCV12345)`}},
		{"a county number in a federal court", strings.Replace(base, "4:21-cv-02632", "24STCV18342", 1),
			[]string{`case.yaml:1:9: number: malformed case number "24STCV18342" (want e.g. 4:21-cv-02632)`}},
		{"a county in a federal court", "county: Alameda\n" + base,
			[]string{`case.yaml:1:9: county: N.D. Cal. has divisions, not counties: give division, or leave it to the case number`}},
		{"paper under the court's type size", edit("filing:", "paper: {size: 11}\nfiling:"),
			[]string{`case.yaml:11:15: paper.size: the type size is 11pt; the court's rule wants at least 12pt (N.D. Cal., Civil L.R. 3-4(c)(2))`}},
		{"paper left margin under a state court's", strings.Replace(superior, "filing:", "paper: {left: 0.75in}\nfiling:", 1),
			[]string{`case.yaml:8:15: paper.left: the left margin is 0.75 in; the court's rule wants at least 1 in (Cal. Super. Ct., Cal. Rules of Court, rule 2.107)`}},
		{"a length without its unit", edit("filing:", "paper: {left: 72}\nfiling:"),
			[]string{`case.yaml:11:15: paper.left: want a length with its unit, such as 1in, 0.7in, 72pt, 2.54cm or 25.4mm, got "72"`}},
		{"a page number without {n}", edit("filing:", "paper: {page_number: Page}\nfiling:"),
			[]string{`case.yaml:11:22: paper.page_number: the page number's form "Page" must hold {n}, where the number goes`}},
		{"an unknown outline", edit("  topics:", "  outline: standing-order-2019\n  topics:"),
			[]string{`case.yaml:15:12: filing.outline: unknown outline "standing-order-2019" for a joint-cmc-statement in N.D. Cal. (did you mean "standing-order-2023"?)`}},
		{"an outline of another type", edit("  topics:", "  outline: standing-order-2023-supplemental\n  topics:"),
			[]string{`case.yaml:15:12: filing.outline: unknown outline "standing-order-2023-supplemental" for a joint-cmc-statement in N.D. Cal. (known outlines: standing-order-2023)`}},
		{"a topic of the filing's own without a heading", edit("    facts: The facts.", "    facts: The facts.\n    budget: {after: facts, joint: The budget.}"),
			[]string{`case.yaml:17:5: filing.topics.budget: topic "budget" is the filing's own: give its heading`}},
		{"after an unknown topic", edit("    facts: The facts.", "    facts: The facts.\n    budget: {heading: Budget, after: fcts, joint: The budget.}"),
			[]string{`case.yaml:17:38: filing.topics.budget.after: after "fcts": not a topic of the outline or of the filing (did you mean "facts"?)`}},
		{"after on a topic of the outline", edit("    facts: The facts.", "    facts: {after: motions, joint: The facts.}"),
			[]string{`case.yaml:16:20: filing.topics.facts.after: "facts" is a topic of the Standing Order, which places it: leave after out`}},
		{"topics two of the filing's own after each other in a circle", edit("    facts: The facts.", "    facts: The facts.\n    a: {heading: A, after: b, joint: A.}\n    b: {heading: B, after: a, joint: B.}"),
			[]string{`case.yaml:17:5: filing.topics.a: topics of the filing's own placed after each other in a circle: a, b`}},
		{"a statement in a court without its outline", edit("type: joint-cmc-statement", "type: joint-rule-26f-report"),
			[]string{`case.yaml:16:5: filing.topics: N.D. Cal. has no outline of topics for a joint-rule-26f-report (its outlines are for: joint-cmc-statement, cmc-statement, supplemental-cmc-statement)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("case.yaml", []byte(tt.in))
			errs, ok := err.(Errors)
			if !ok {
				t.Fatalf("error = %v (%T), want Errors", err, err)
			}
			got := strings.Split(errs.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A superior court's case: its county named as the court's file spells
// it, its number as written, and no initials asked for.
func TestSuperiorCourtCase(t *testing.T) {
	c, warns, err := Parse("case.yaml", []byte(strings.Replace(superior, "Los Angeles", "los angeles", 1)))
	if err != nil {
		t.Fatalf("%v %v", err, warns)
	}
	if c.County != "Los Angeles" || c.Number.String() != "24STCV18342" || c.Number.WithInitials("X") != "24STCV18342" || c.CourtDef().Name != "ca-superior" {
		t.Errorf("county %q, number %q", c.County, c.Number.WithInitials("X"))
	}
	if got := c.Judge.CourtTitle(); got != "Judge of the Superior Court" {
		t.Errorf("judge's title %q", got)
	}
}

// A topic of the filing's own is placed after the one it names.
func TestTopicOfTheFilingsOwn(t *testing.T) {
	c, _, err := Parse("case.yaml", []byte(edit("    facts: The facts.", "    facts: The facts.\n    budget: {heading: Budget, after: facts, joint: The budget.}\n    first: {heading: First, after: start, joint: First.}")))
	if err != nil {
		t.Fatal(err)
	}
	if o := c.Outline(); o == nil || o.Name != "standing-order-2023" {
		t.Fatalf("outline %v", o)
	}
	var afters []string
	for _, tp := range c.Filing.Topics {
		afters = append(afters, tp.Key+">"+tp.After)
	}
	if got := strings.Join(afters, " "); got != "facts> budget>facts first>start" {
		t.Errorf("topics %s", got)
	}
}

// A filing's paper changes merge by key with the paper file of the shared
// case file it lays itself over.
func TestPaperMergesWithASharedFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("firm-paper.yaml", "left: 1.25in\nnumbers: 0.9in\n")
	write("case.yaml", strings.Replace(base, "filing:\n  type: joint-cmc-statement\n", "paper: firm-paper.yaml\nfiling:\n  type: joint-cmc-statement\n", 1))
	write("f.yaml", "case: case.yaml\npaper: {rules: single}\n")
	in, err := Read(filepath.Join(dir, "f.yaml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := in.Decode()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.PaperSpec(); got != "left=90 numbers=64.8 rules=single" {
		t.Errorf("paper %q", got)
	}
	if p := c.PaperOf(); p.Text.Left != 90 || p.Numbers.Right != 64.8 || len(p.Rules.Left) != 1 {
		t.Errorf("paper drawn: %v %v %v", p.Text, p.Numbers, p.Rules)
	}
	write("f.yaml", "case: case.yaml\npaper: missing.yaml\n")
	in, _ = Read(filepath.Join(dir, "f.yaml"), Options{})
	_, _, err = in.Decode()
	if err == nil || strings.Count(err.Error(), "\n") != 0 || !strings.Contains(err.Error(), "paper: cannot read missing.yaml") {
		t.Errorf("a paper file that is not there: %v", err)
	}
}
