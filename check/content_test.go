package check

import (
	"strings"
	"testing"

	"pleadgen/cases"
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

// A court whose Standing Order lists the topics in another order, or other
// topics, hears of every difference.
func TestTopicsOfAnotherOrder(t *testing.T) {
	rs := loadCand(t)
	r := *rs.byID["topics"]
	r.Topics = []TopicDef{{"facts", "Facts"}, {"jurisdiction", "Jurisdiction"}, {"settlement", "ADR"}}
	c := parseCase(t, baseYAML())
	c.Filing.Topics = c.Filing.Topics[:2] // jurisdiction, facts
	c.Filing.Topics = append(c.Filing.Topics, cases.Topic{Key: "other", Positions: []cases.Position{{Side: cases.Joint, Text: "x"}}})
	k := &checker{c: c, rules: rs}
	checkTopics(k, &r)
	want := `error: filing.topics.other: "other" is not a topic of the Standing Order
error: filing.topics.facts: the statement prints "facts" after "jurisdiction", but the Standing Order puts it first
error: filing.topics: topic 3, "ADR", is missing: add settlement under filing.topics`
	if got := messages(k.out); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
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
