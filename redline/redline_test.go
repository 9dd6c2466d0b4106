package redline

import (
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Defendants’ Statement:", "Defendants’|Statement|:"},
		{"28 U.S.C. § 1331,", "28|U|.|S|.|C|.|§|1331|,"},
		{"(“ESI Guidelines”).", "(|“|ESI|Guidelines|”|)|."},
		{"don't stop", "don't|stop"},
		{"  ", ""},
	} {
		var got []string
		for _, tok := range tokens(tt.in) {
			got = append(got, tok.text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("tokens(%q) = %q, want %q", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
}

// Joined words read as they stood: spaces where the line had them.
func TestJoinKeepsSpacing(t *testing.T) {
	var ws []Word
	for _, tok := range tokens("Cal. Civ. Code § 3426.4 (“the Act”), and /s/ Name") {
		ws = append(ws, Word{Text: tok.text, Space: tok.space})
	}
	if got := join(ws); got != "Cal. Civ. Code § 3426.4 (“the Act”), and /s/ Name" {
		t.Errorf("join = %q", got)
	}
}

func TestCite(t *testing.T) {
	for _, tt := range []struct {
		from, to Place
		want     string
	}{
		{Place{3, 12}, Place{3, 12}, "p. 3:12"},
		{Place{3, 12}, Place{3, 18}, "p. 3:12–18"},
		{Place{3, 27}, Place{4, 2}, "pp. 3:27–4:2"},
	} {
		if got := Cite(tt.from, tt.to); got != tt.want {
			t.Errorf("Cite(%v, %v) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestSummary(t *testing.T) {
	for _, tt := range []struct {
		c    Change
		want string
	}{
		{Change{From: Place{3, 12}, To: Place{3, 18}, Context: "8. Discovery — Defendants’ Statement", Deleted: 2, Inserted: 14},
			"p. 3:12–18 (8. Discovery — Defendants’ Statement): 2 words deleted, 14 inserted"},
		{Change{From: Place{1, 4}, To: Place{1, 4}, Context: "the caption", Inserted: 1}, "p. 1:4 (the caption): 1 word inserted"},
		{Change{From: Place{5, 12}, To: Place{5, 12}, Context: "11. Relief", Deleted: 1}, "p. 5:12 (11. Relief): 1 word deleted"},
	} {
		if got := tt.c.Summary(); got != tt.want {
			t.Errorf("Summary = %q, want %q", got, tt.want)
		}
	}
}

// Edits a few unchanged words apart on near lines are one passage;
// farther apart, two.
func TestGrowJoinsNearEdits(t *testing.T) {
	wb := make([]Word, 40)
	for i := range wb {
		wb[i] = Word{Page: 1, Line: 1 + i/10}
	}
	es := grow(nil, edit{0, 1, 0, 1}, wb)
	es = grow(es, edit{3, 4, 3, 4}, wb)     // two words between: joined
	es = grow(es, edit{20, 21, 20, 21}, wb) // far: its own
	if len(es) != 2 || es[0] != (edit{0, 4, 0, 4}) {
		t.Errorf("edits %+v", es)
	}
}
