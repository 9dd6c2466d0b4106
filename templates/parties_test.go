package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/cases"
)

// partyCase parses a small case file of the given parties and counsel.
func partyCase(t *testing.T, parties, counsel, topics string) *cases.Case {
	t.Helper()
	src := "number: 4:25-cv-01873\njudge: {name: Ann Judge, initials: AJ}\n" + parties +
		"counsel:\n" + counsel +
		"filing:\n  type: joint-cmc-statement\n  date: 2025-09-18\n  conference: {date: 2025-09-25, time: 9:00 A.M.}\n  topics:\n" + topics
	c, _, err := cases.Parse("case.yaml", []byte(src))
	if err != nil {
		t.Fatalf("%v\n%s", err, src)
	}
	return c
}

func TestRepresenting(t *testing.T) {
	const three = "plaintiffs: [{id: orchard, name: \"Orchard Mutual, Inc.\"}]\n" +
		"defendants:\n  - {id: marsh, name: Elena Marsh}\n  - {id: freight, name: \"Marsh Freight, LLC\"}\n  - {id: coast, name: Coastline Corp.}\n"
	tests := []struct {
		name, parties, counsel string
		want                   []string // per counsel, in order
	}{
		{"one plaintiff, one attorney", three,
			"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants}\n",
			[]string{"Attorney for Plaintiff ORCHARD MUTUAL, INC.", "Attorney for Defendants"}},
		{"two of three defendants, two attorneys", three,
			"  - {name: A, bar: '1', for: orchard, files: true}\n  - {name: B, bar: '2', for: [marsh, freight]}\n" +
				"  - {name: C, bar: '3', for: [freight, marsh]}\n  - {name: D, bar: '4', for: coast}\n",
			[]string{"Attorney for Plaintiff ORCHARD MUTUAL, INC.", "Attorneys for Defendants ELENA MARSH and MARSH FREIGHT, LLC",
				"Attorneys for Defendants ELENA MARSH and MARSH FREIGHT, LLC", "Attorney for Defendant COASTLINE CORP."}},
		{"every defendant, named by id", three,
			"  - {name: A, bar: '1', for: orchard, files: true}\n  - {name: B, bar: '2', for: [marsh, freight, coast]}\n",
			[]string{"Attorney for Plaintiff ORCHARD MUTUAL, INC.", "Attorney for Defendants"}},
		{"a counter-claimant", "plaintiffs: [{name: Orchard, also: [counter-defendant]}]\ndefendants: [{name: Elena Marsh, also: [counter-claimant]}]\n",
			"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants}\n",
			[]string{"Attorney for Plaintiff and Counter-Defendant ORCHARD", "Attorney for Defendant and Counter-Claimant ELENA MARSH"}},
		{"parties of two sides", "plaintiffs: [{id: p, name: P}]\ndefendants: [{id: d, name: D}]\nthird_party_defendants: [{id: t, name: T}]\n",
			"  - {name: A, bar: '1', for: p, files: true}\n  - {name: B, bar: '2', for: [d, t]}\n",
			[]string{"Attorney for Plaintiff P", "Attorney for Defendant D and Third-Party Defendant T"}},
		{"under an office head", "plaintiffs: [{name: P}]\ndefendants: [{name: ICE}]\n",
			"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants, under: {name: H, title: U.S. Attorney}}\n",
			[]string{"Attorney for Plaintiff P", "Attorneys for Defendant ICE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := partyCase(t, tt.parties, tt.counsel, "    other: None.\n")
			d := &Data{Case: c}
			for i, cn := range c.Counsel {
				if got := d.Representing(cn); got != tt.want[i] {
					t.Errorf("counsel[%d]: %q, want %q", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestRepresentingProSe(t *testing.T) {
	c := partyCase(t, "plaintiffs: [{name: P}]\ndefendants: [{name: Dan Doe, pro_se: true, address: [1 Elm St]}]\n",
		"  - {name: A, bar: '1', for: plaintiffs, files: true}\n", "    other: None.\n")
	people := c.People()
	if len(people) != 2 || !people[1].ProSe {
		t.Fatalf("people = %+v", people)
	}
	if got := (&Data{Case: c}).Representing(people[1]); got != "Defendant, Pro Se" {
		t.Errorf("pro se = %q", got)
	}
}

func TestPositionLabels(t *testing.T) {
	c := partyCase(t,
		"plaintiffs: [{id: orchard, name: Orchard, short: Orchard}]\n"+
			"defendants:\n  - {id: marsh, name: Elena Marsh, short: Marsh}\n  - {id: freight, name: \"Marsh Freight, LLC\", short: Marsh Freight}\n"+
			"third_party_defendants: [{id: bay, name: Bayside Inc., short: Bayside}]\n",
		"  - {name: A, bar: '1', for: orchard, files: true}\n  - {name: B, bar: '2', for: [marsh, freight, bay]}\n",
		"    facts:\n      plaintiffs: a\n      defendants: b\n      marsh, freight: c\n      bay: d\n      marsh, bay: e\n      freight: f\n")
	want := []string{
		"Plaintiff's Statement:", "Defendants' Statement:", "Defendants Marsh and Marsh Freight's Statement:",
		"Third-Party Defendant Bayside's Statement:", "Defendant Marsh and Third-Party Defendant Bayside's Statement:",
		"Defendant Marsh Freight's Statement:",
	}
	for i, p := range c.Filing.Topics[0].Positions {
		if got := positionView(c, p).Label; got != want[i] {
			t.Errorf("%s: %q, want %q", p.Key, got, want[i])
		}
	}
	c.Filing.PositionLabel = "Proposal"
	if got := positionView(c, c.Filing.Topics[0].Positions[0]).Label; got != "Plaintiff's Proposal:" {
		t.Errorf("with position_label = %q", got)
	}
}

func TestCaptionSidesAndRelatedActions(t *testing.T) {
	c := partyCase(t,
		"plaintiffs: [{name: Orchard, also: [counter-defendant]}]\n"+
			"defendants:\n  - {name: Elena Marsh, also: [counter-claimant]}\n  - {name: Coast}\n"+
			"third_party_defendants: [{name: Bayside}]\nintervenors: [{name: State of California}]\n",
		"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants}\n"+
			"  - {name: C, bar: '3', for: third_party_defendants}\n  - {name: E, bar: '4', for: intervenors}\n",
		"    other: None.\n")
	d := &Data{Case: c}
	var roles []string
	for _, s := range d.CaptionSides() {
		roles = append(roles, s.Role)
	}
	if got, want := roles, []string{"Plaintiff and Counter-Defendant,", "Defendants,", "Intervenor."}; !equal(got, want) {
		t.Errorf("roles = %q, want %q", got, want)
	}
	if got, want := d.RelatedActions(), []string{"AND RELATED COUNTERCLAIMS", "AND RELATED THIRD-PARTY ACTION"}; !equal(got, want) {
		t.Errorf("related actions = %q, want %q", got, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCaptionPutsVersusOnce(t *testing.T) {
	c := partyCase(t, "plaintiffs: [{name: P}]\ndefendants: [{name: D}]\nintervenors: [{name: Sierra Club}]\n",
		"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants}\n  - {name: E, bar: '3', for: intervenors}\n",
		"    other: None.\n")
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := set.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	caption := out[strings.Index(out, "::: caption"):strings.Index(out, "|||")]
	if n := strings.Count(caption, ">> v."); n != 1 {
		t.Errorf("the caption has %d \"v.\" lines, want 1:\n%s", n, caption)
	}
	if !strings.Contains(caption, "D,\n\n>>>> Defendant,\n\nSIERRA CLUB,\n\n>>>> Intervenor.") {
		t.Errorf("the intervenor does not follow the defendants:\n%s", caption)
	}
}

func TestIntroNamesTheFilingsTitle(t *testing.T) {
	c := partyCase(t, "plaintiffs: [{name: P}]\ndefendants: [{name: D}]\n",
		"  - {name: A, bar: '1', for: plaintiffs, files: true}\n  - {name: B, bar: '2', for: defendants}\n", "    other: None.\n")
	c.Filing.Title = "Supplemental Joint Case Management Statement"
	if got := string((&Data{Case: c}).Intro()); !strings.HasPrefix(got, "The parties jointly submit this Supplemental Joint Case Management Statement pursuant to") {
		t.Errorf("intro = %q", got)
	}
}

// Who signs decides the attestation, not the words of a signature line: a
// template of the user's own that signs "By: /s/" still gets it, and one
// signer alone gets none.
func TestAttestationFollowsWhoSigns(t *testing.T) {
	dir := t.TempDir()
	own := "{{- range .Signatures }}\n::: signature\nBy: /s/ {{ mdEscape .Counsel.Name }}\n:::\n{{- end }}\n"
	if err := os.WriteFile(filepath.Join(dir, "signatures.tmpl"), []byte(own), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		counsel string
		want    bool
	}{
		{"  - {name: Ann Lee, bar: '1', for: plaintiffs, files: true}\n  - {name: Bo Park, bar: '2', for: defendants}\n", true},
		{"  - {name: Ann Lee, bar: '1', for: plaintiffs, files: true}\n  - {name: Bo Park, bar: '2', for: defendants, signs: false}\n", false},
	} {
		c := partyCase(t, "plaintiffs: [{name: P}]\ndefendants: [{name: D}]\n", tt.counsel, "    other: None.\n")
		out, err := set.Execute(c)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "By: /s/ Ann Lee") {
			t.Fatalf("the template of one's own did not run:\n%s", out)
		}
		if got := strings.Contains(out, "::: attestation\n/s/ Ann Lee\n:::"); got != tt.want {
			t.Errorf("attestation %v, want %v:\n%s", got, tt.want, out)
		}
	}
}
