package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/court"
)

func TestTopics(t *testing.T) {
	tests := []ruleCase{
		{"every topic", nil, ""},
		{"a topic renamed still counts",
			func(s string) string {
				return strings.Replace(s, "    relief: None.\n", "    relief:\n      heading: Relief Sought\n      joint: None.\n", 1)
			}, ""},
		{"a missing topic",
			func(s string) string { return strings.Replace(s, "    disclosures: None.\n", "", 1) },
			`error: filing.topics: topic 7, "Disclosures", is missing: add disclosures under filing.topics`},
		{"two missing topics",
			func(s string) string {
				s = strings.Replace(s, "    trial: None.\n", "", 1)
				return strings.Replace(s, "    other: None.\n", "", 1)
			},
			"error: filing.topics: topic 18, \"Trial\", is missing: add trial under filing.topics\n" +
				`error: filing.topics: topic 21, "Other", is missing: add other under filing.topics`},
		{"many missing topics",
			func(s string) string { return s[:strings.Index(s, "    legal_issues:")] },
			"error: filing.topics: 19 of the Standing Order's 21 topics are missing: add legal_issues, motions, amendment, evidence, disclosures, discovery, class_actions, related_cases, relief, settlement, consent, other_references, narrowing, expedited_trial, scheduling, trial, interested_entities, professional_conduct, other"},
		{"a topic without a word",
			func(s string) string { return strings.Replace(s, "    motions: None.\n", "    motions: \"—\"\n", 1) },
			`error: filing.topics.motions: topic "Motions" is empty: say what the parties report, even if it is only "None."`},
		{"a side's statement is content",
			func(s string) string {
				return strings.Replace(s, "    motions: None.\n", "    motions:\n      joint: \"...\"\n      defendants: No motions.\n", 1)
			}, ""},
	}
	runRuleTable(t, "topics", tests)
}

func TestMissingTopicsPointAtTheTopics(t *testing.T) {
	y := strings.Replace(baseYAML(), "    facts: None.\n", "", 1)
	c := parseCase(t, y)
	fs := runRule(t, "topics", c, nil)
	if len(fs) != 1 || fs[0].Line != c.Filing.Topics[0].Pos.Line || fs[0].Col != 5 {
		t.Fatalf("got %+v, want one finding at the first topic, %+v", fs, c.Filing.Topics[0].Pos)
	}
	if fs[0].Rule != "Standing Order for All Judges of the N.D. Cal., Contents of Joint Case Management Statement" {
		t.Errorf("rule %q", fs[0].Rule)
	}
}

// A judge's own outline — the court's with a topic renamed, one left out
// and one added — is the one the statement is checked against.
func TestTopicsOfAJudgesOutline(t *testing.T) {
	ct, _ := court.Builtin().Lookup("cand")
	src := strings.Replace(string(ct.Source), "\nrules:", `
  - name: judge-dmr
    title: Judge Ryu's Standing Order
    rule: Standing Order of Judge Ryu
    base: standing-order-2023
    judges: [DMR]
    rename: {facts: Background}
    remove: [expedited_trial]
    add: [{key: budget, heading: Litigation Budget, after: discovery}]
rules:`, 1)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cand.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := court.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	y := strings.Replace(baseYAML(), "    expedited_trial: None.\n", "", 1)
	c, _, err := cases.ReadBytes("case.yaml", []byte(y), cases.Options{Courts: set}).Decode()
	if err != nil {
		t.Fatal(err)
	}
	if o := c.Outline(); o == nil || o.Name != "judge-dmr" {
		t.Fatalf("outline in force: %v", o)
	}
	cand, _ := set.Lookup("cand")
	rs, err := LoadRules(cand)
	if err != nil {
		t.Fatal(err)
	}
	k := &checker{c: c, rules: rs}
	checkTopics(k, rs.byID["topics"])
	want := `error: filing.topics: topic 9, "Litigation Budget", is missing: add budget under filing.topics (Standing Order of Judge Ryu)`
	if got := messages(k.out); !strings.Contains(got+" ("+k.out[0].Rule+")", want) {
		t.Errorf("got\n%s (%s)\nwant\n%s", got, k.out[0].Rule, want)
	}
}

func TestMentions(t *testing.T) {
	tests := []struct {
		rule, text string
		ok         bool
	}{
		{"esi-certification", "The parties certify that they have reviewed the Guidelines Relating to the Discovery\n      of Electronically Stored Information (“ESI Guidelines”).", true},
		{"esi-certification", "The parties have REVIEWED the esi guidelines.", true},
		{"esi-certification", "The parties will review the ESI Guidelines.", false},
		{"esi-certification", "The parties have reviewed their duty to preserve evidence.", false},
		{"interested-entities", "Plaintiff has filed the Certification of Interested Entities or Persons (Dkt. No. 3).", true},
		{"interested-entities", "Defendants are exempt under Civil L.R. 3-15.", true},
		{"interested-entities", "Each party filed the Certification of Conflicts and Interested\n      Entities or Persons.", true},
		{"interested-entities", "None.", false},
	}
	for _, tt := range tests {
		key := map[string]string{"esi-certification": "evidence", "interested-entities": "interested_entities"}[tt.rule]
		y := strings.Replace(baseYAML(), "    "+key+": "+topicTexts[key]+"\n", "    "+key+": |\n      "+tt.text+"\n", 1)
		fs := runRule(t, tt.rule, parseCase(t, y), nil)
		if (len(fs) == 0) != tt.ok {
			t.Errorf("%s on %q: %v, want ok %v", tt.rule, tt.text, fs, tt.ok)
		}
		if len(fs) == 1 && fs[0].Field != "filing.topics."+key {
			t.Errorf("%s: field %q", tt.rule, fs[0].Field)
		}
	}
}
