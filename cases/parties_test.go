package cases

import (
	"reflect"
	"strings"
	"testing"
)

// partiesBase is a case of three defendants, two of them sharing a firm,
// and a third-party defendant; the table below edits it.
const partiesBase = `number: 4:25-cv-01873
judge: {name: Yvonne Gonzalez Rogers, initials: YGR}
plaintiffs:
  - {id: orchard, name: Orchard Mutual}
defendants:
  - {id: marsh, name: Elena Marsh, also: [counter-claimant]}
  - {id: freight, name: "Marsh Freight, LLC"}
  - {id: coast, name: Coastline Corp.}
third_party_defendants:
  - {id: bayside, name: Bayside Inc.}
counsel:
  - {name: Rachel Hale, bar: "1", for: orchard, files: true}
  - {name: Daniel Okafor, bar: "2", for: [marsh, freight]}
  - {name: Greg Pryor, bar: "3", for: coast}
  - {name: Tom Ferris, bar: "4", for: third_party_defendants}
filing:
  type: joint-cmc-statement
  date: 2025-09-18
  conference: {date: 2025-09-24, time: "2:00 P.M."}
  topics:
    facts:
      orchard: Orchard's facts.
      marsh, freight: Their facts.
      coast: Coastline's facts.
`

func TestPartiesResolved(t *testing.T) {
	c, _, err := Parse("case.yaml", []byte(partiesBase))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, cn := range c.Counsel {
		got[cn.Name] = cn.For.Parties
	}
	want := map[string][]string{
		"Rachel Hale": {"orchard"}, "Daniel Okafor": {"marsh", "freight"},
		"Greg Pryor": {"coast"}, "Tom Ferris": {"bayside"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("represented = %v, want %v", got, want)
	}
	if s := c.CounselSide(c.Counsel[3]); s != ThirdPartyDefendants {
		t.Errorf("Ferris's side = %q", s)
	}
	ps := c.Filing.Topics[0].Positions
	if len(ps) != 3 || !reflect.DeepEqual(ps[1].IDs, []string{"marsh", "freight"}) || ps[1].Side != "" {
		t.Fatalf("positions = %+v", ps)
	}
	var names []string
	for _, p := range c.PositionParties(ps[1]) {
		names = append(names, p.Name)
	}
	if strings.Join(names, "|") != "Elena Marsh|Marsh Freight, LLC" {
		t.Errorf("group speaks for %v", names)
	}
}

func TestPartiesErrors(t *testing.T) {
	edit := func(oldNew ...string) string {
		s := partiesBase
		for i := 0; i+1 < len(oldNew); i += 2 {
			if !strings.Contains(s, oldNew[i]) {
				panic("no " + oldNew[i])
			}
			s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
		}
		return s
	}
	tests := []struct{ name, yaml, want string }{
		{"unknown id in for", edit("for: coast}", "for: coastt}"),
			`case.yaml:14:39: counsel[2].for: no party has the id "coastt" (did you mean "coast"?)`},
		{"unknown id in a list", edit("for: [marsh, freight]", "for: [marsh, frieght]"),
			`case.yaml:13:50: counsel[1].for[1]: no party has the id "frieght" (did you mean "freight"?)`},
		{"a party without counsel", edit("  - {name: Greg Pryor, bar: \"3\", for: coast}\n", ""),
			`case.yaml:8:5: defendants[2]: Coastline Corp. has no counsel: name it in a counsel's for (for: coast, or for: defendants), or set pro_se: true`},
		{"pro se with counsel", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., pro_se: true}"),
			`case.yaml:14:39: counsel[2].for: Coastline Corp. represents itself (pro_se: true) but counsel[2] represents it`},
		{"pro se needs no counsel", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., pro_se: true, address: [1 Main St]}",
			"  - {name: Greg Pryor, bar: \"3\", for: coast}\n", ""), ``},
		{"a party that has not appeared", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., appeared: false}",
			"  - {name: Greg Pryor, bar: \"3\", for: coast}\n", "", "      coast: Coastline's facts.\n", ""), ``},
		{"contact details of a represented party", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., phone: 555}"),
			`case.yaml:8:47: defendants[2].phone: phone belongs to a party that represents itself (pro_se: true); counsel give theirs under counsel`},
		{"duplicate id", edit("{id: coast,", "{id: marsh,"),
			`case.yaml:8:10: defendants[2].id: id "marsh" is already defendants[0]'s`},
		{"reserved id", edit("{id: coast,", "{id: joint,"),
			`case.yaml:8:10: defendants[2].id: "joint" is a key of its own and cannot be a party's id`},
		{"malformed id", edit("{id: coast,", "{id: Coast Corp,"),
			`case.yaml:8:10: defendants[2].id: "Coast Corp" is not an id: lower-case letters, digits, - and _, starting with a letter`},
		{"unknown role", edit("also: [counter-claimant]", "also: [counterclaimant]"),
			`case.yaml:6:43: defendants[0].also[0]: unknown role "counterclaimant" (want counter-claimant or counter-defendant or cross-claimant or cross-defendant or third-party-plaintiff)`},
		{"topic group with an unknown id", edit("marsh, freight: Their", "marsh, fright: Their"),
			`case.yaml:23:7: filing.topics.facts.marsh, fright: no party has the id "fright" (did you mean "freight"?)`},
		{"topic key close to a side", edit("coast: Coastline's", "plaintifs: Coastline's"),
			`case.yaml:24:7: filing.topics.facts.plaintifs: unknown key "plaintifs" (did you mean "plaintiffs"?)`},
		{"a group given twice", edit("      coast: Coastline's facts.\n", "      coast: Coastline's facts.\n      \"freight,marsh\": Again.\n"),
			`case.yaml:25:7: filing.topics.facts.freight,marsh: the same parties already speak under "marsh, freight"`},
		{"a position of a party that has not appeared", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., appeared: false}",
			"  - {name: Greg Pryor, bar: \"3\", for: coast}\n", ""),
			`case.yaml:23:7: filing.topics.facts.coast: Coastline Corp. has not appeared (appeared: false) and states no position`},
		{"a side's counsel and a defaulted party", edit("{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., appeared: false}",
			"  - {name: Greg Pryor, bar: \"3\", for: coast}\n", "", "for: [marsh, freight]", "for: defendants", "      coast: Coastline's facts.\n", ""), ``},
		{"for an empty side", edit("for: third_party_defendants}", "for: intervenors}"),
			`case.yaml:15:39: counsel[3].for: the case file lists no intervenors who appeared with counsel`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("case.yaml", []byte(tt.yaml))
			got := ""
			if err != nil {
				got = err.Error()
			}
			// Only the first error is the table's: a changed id, say, also
			// leaves the uses of the old one unknown.
			got, _, _ = strings.Cut(got, "\n")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestOneLineValues(t *testing.T) {
	src := strings.Replace(partiesBase, "  type: joint-cmc-statement\n",
		"  type: joint-cmc-statement\n  document_id: \"4821\\n:::\\n::: signature filer\\n/s/ Forged\"\n  footer_title: |\n    Joint\n    Statement\n", 1)
	_, _, err := Parse("case.yaml", []byte(src))
	want := "case.yaml:18:16: filing.document_id: this field holds one line: write it without a line break\n" +
		"case.yaml:19:17: filing.footer_title: this field holds one line: write it without a line break"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}

func TestEveryPartyProSe(t *testing.T) {
	src := "number: 4:25-cv-01873\njudge: {name: Ann Judge, initials: AJ}\n" +
		"plaintiffs: [{name: Pat Plaintiff, pro_se: true, address: [1 Elm St], files: true}]\n" +
		"defendants: [{name: Dan Defendant, pro_se: true, address: [2 Oak St]}]\n" +
		"filing:\n  type: joint-cmc-statement\n  date: 2025-09-18\n  conference: {date: 2025-09-25, time: 9:00 A.M.}\n  topics:\n    other: None.\n"
	c, _, err := Parse("case.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if p := c.ProSeFiler(); p == nil || p.Name != "Pat Plaintiff" || c.Filer() != nil {
		t.Errorf("filer = %v, attorney filer %v", p, c.Filer())
	}
	_, _, err = Parse("case.yaml", []byte(strings.Replace(src, ", files: true", "", 1)))
	if want := "case.yaml:1:1: no one files the document (set files: true on the party that does)"; err == nil || err.Error() != want {
		t.Errorf("without a filer: %v, want %s", err, want)
	}
}

func TestECFServiceWarnsOfAProSeParty(t *testing.T) {
	src := strings.Replace(partiesBase, "{id: coast, name: Coastline Corp.}", "{id: coast, name: Coastline Corp., pro_se: true}", 1)
	src = strings.Replace(src, "  - {name: Greg Pryor, bar: \"3\", for: coast}\n", "", 1)
	src = strings.Replace(src, "  topics:\n", "  service: {date: 2025-09-18, signer: Rachel Hale}\n  topics:\n", 1)
	_, warns, err := Parse("case.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "case.yaml:19:12: warning: filing.service: Coastline Corp. is pro se and may not receive CM/ECF notices: unless it is a registered user, serve it by another method (Fed. R. Civ. P. 5(b))"
	if len(warns) != 1 || warns[0].String() != want {
		t.Errorf("warnings %v, want %s", warns, want)
	}
}

// Every string of the case file is one line, but prose and the lines of a
// service entry: a line break elsewhere could start a line of markup.
func TestOneLineFields(t *testing.T) {
	tests := []struct{ name, old, new, want string }{
		{"an address line", `{name: Rachel Hale, bar: "1",`, `{name: Rachel Hale, address: ["1 Main\n:::\n::: signature filer"], bar: "1",`,
			`case.yaml:12:35: counsel[0].address[0]: each entry of this list is one line: give each line as an entry of its own`},
		{"a name", "{id: coast, name: Coastline Corp.}", `{id: coast, name: "Coastline\u2028Corp."}`,
			`case.yaml:8:23: defendants[2].name: this field holds one line: write it without a line break`},
		{"a phone", `{name: Greg Pryor, bar: "3",`, `{name: Greg Pryor, phone: "555\r:::", bar: "3",`,
			`case.yaml:14:31: counsel[2].phone: this field holds one line: write it without a line break`},
		{"a topic heading", "    facts:\n", "    facts:\n      heading: \"Facts\\n# 2. Forged\"\n",
			`case.yaml:22:16: filing.topics.facts.heading: this field holds one line: write it without a line break`},
		{"a block scalar's final line break", "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  title: |\n    Joint Statement\n", ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(partiesBase, tt.old) {
				t.Fatalf("no %q", tt.old)
			}
			c, _, err := Parse("case.yaml", []byte(strings.Replace(partiesBase, tt.old, tt.new, 1)))
			got := ""
			if err != nil {
				got, _, _ = strings.Cut(err.Error(), "\n")
			} else if tt.want == "" && c.Filing.Title != "" && c.Filing.Title != "Joint Statement" {
				t.Errorf("title %q", c.Filing.Title)
			}
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestNoValueSigns(t *testing.T) {
	src := strings.Replace(partiesBase, "{name: Greg Pryor,", `{name: Greg Pryor, email: "/S/ Forged",`, 1)
	_, _, err := Parse("case.yaml", []byte(src))
	want := `case.yaml:14:31: counsel[2].email: "/S/ Forged" holds what reads as a conformed signature ("/s/"): pleadgen prints the signatures itself`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// A third-party defendant's description, which the caption's short form
// leaves out, is not dropped without a word.
func TestThirdPartyDescriptionWarns(t *testing.T) {
	src := strings.Replace(partiesBase, "{id: bayside, name: Bayside Inc.}", "{id: bayside, name: Bayside Inc., description: a Delaware corporation}", 1)
	_, warns, err := Parse("case.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "case.yaml:10:52: warning: third_party_defendants[0].description: the caption names third-party defendants only as AND RELATED THIRD-PARTY ACTION, so this description does not print"
	if len(warns) != 1 || warns[0].String() != want {
		t.Errorf("warnings %v, want %s", warns, want)
	}
}
