package check

import (
	"strings"
	"testing"

	"pleadgen/pdffile"
)

func TestSigners(t *testing.T) {
	tests := []ruleCase{
		{"both sides sign", nil, ""},
		{"defendants' counsel does not sign",
			func(s string) string {
				return strings.Replace(s, "    for: defendants\n", "    for: defendants\n    signs: false\n", 1)
			},
			"error: counsel[1].signs: no attorney signs for Widget LLC, whom the statement speaks for"},
		{"a defendant that has not appeared needs no signature",
			func(s string) string {
				s = strings.Replace(s, "  - name: Widget LLC\n", "  - name: Widget LLC\n    appeared: false\n", 1)
				return s[:strings.Index(s, "  - name: Charles Babbage")] + s[strings.Index(s, "filing:"):]
			}, ""},
		{"one of two defendants' counsel does not sign",
			func(s string) string {
				s = strings.Replace(s, "  - name: Widget LLC\n", "  - name: Widget LLC\n    id: widget\n  - name: Gadget Inc.\n    id: gadget\n", 1)
				s = strings.Replace(s, "    for: defendants\n", "    for: widget\n", 1)
				return strings.Replace(s, "filing:", "  - name: Grace Hopper\n    bar: \"999999\"\n    for: gadget\n    signs: false\nfiling:", 1)
			},
			"error: counsel[2].signs: no attorney signs for Gadget Inc., whom the statement speaks for"},
		{"a statement one side files needs that side only",
			func(s string) string {
				s = strings.Replace(s, "    for: defendants\n", "    for: defendants\n    signs: false\n", 1)
				return strings.Replace(s, "type: joint-cmc-statement", "type: cmc-statement\n  filed_by: plaintiffs\n  reason: Defendants did not respond.", 1)
			}, ""},
	}
	runRuleTable(t, "signers", tests)
}

// The case loader makes the filer sign; a case built in code may not.
func TestFilerSigns(t *testing.T) {
	c := parseCase(t, baseYAML())
	no := false
	c.Counsel[0].Signs = &no
	want := "error: counsel[0].signs: no attorney signs for Acme Corp., whom the statement speaks for\n" +
		"error: counsel[0].files: Ada Lovelace files the statement but does not sign it"
	if got := messages(runRule(t, "signers", c, nil)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCounselBlock(t *testing.T) {
	tests := []ruleCase{
		{"complete", nil, ""},
		{"the filer's side only is on page 1",
			func(s string) string { return strings.Replace(s, "    email: cb@babbage.example\n", "", 1) }, ""},
		{"both sides on page 1",
			func(s string) string {
				s = strings.Replace(s, "    email: cb@babbage.example\n", "", 1)
				return strings.Replace(s, "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  counsel_block: both\n", 1)
			},
			"warning: counsel[1].email: page 1 lists Charles Babbage without an email address"},
		{"everything missing",
			func(s string) string {
				for _, l := range []string{`    bar: "123456"`, "    address: [1 Main Street, \"Oakland, CA 94612\"]", "    phone: 510-555-0100", "    email: ada@lovelace.example"} {
					s = strings.Replace(s, l+"\n", "", 1)
				}
				return s
			},
			"warning: counsel[0].bar: page 1 lists Ada Lovelace without a state bar number\n" +
				"warning: counsel[0].address: page 1 lists Ada Lovelace without an address\n" +
				"warning: counsel[0].phone: page 1 lists Ada Lovelace without a telephone number\n" +
				"warning: counsel[0].email: page 1 lists Ada Lovelace without an email address"},
		{"pro hac vice counsel give no bar number",
			func(s string) string {
				s = strings.Replace(s, `    bar: "123456"`+"\n", "    pro_hac_vice: true\n", 1)
				return strings.Replace(s, "    for: defendants\n", "    for: plaintiffs\n  - name: Local Counsel\n    bar: \"1\"\n    for: defendants\n", 1)
			}, ""},
	}
	runRuleTable(t, "counsel", tests)
}

func TestDivision(t *testing.T) {
	tests := []struct {
		number, division, want string
	}{
		{"4:21-cv-02632", "", ""},
		{"4:21-cv-02632", "Oakland", ""},
		{"3:21-cv-02632", "san francisco", ""},
		{"1:21-cv-02632", "Eureka", ""},
		{"5:21-cv-02632", "Oakland", "error: division: the case number 5:21-cv-02632, office code 5, belongs to the San Jose Division, not the Oakland Division"},
		{"4:21-cv-02632", "San Francisco", "error: division: the case number 4:21-cv-02632, office code 4, belongs to the Oakland Division, not the San Francisco Division"},
	}
	for _, tt := range tests {
		y := strings.Replace(baseYAML(), "number: 4:21-cv-02632", "number: "+tt.number, 1)
		if tt.division != "" {
			y = "division: " + tt.division + "\n" + y
		}
		if got := messages(runRule(t, "division", parseCase(t, y), nil)); got != tt.want {
			t.Errorf("%s in %q: got %q, want %q", tt.number, tt.division, got, tt.want)
		}
	}
}

// The caption checks read page 1 of the rendered PDF.
func TestCaptionOnPageOne(t *testing.T) {
	c := parseCase(t, "referral: JCS\n"+baseYAML())
	facts, err := pdffile.Inspect(renderCase(t, c))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"case-number", "court-title", "counsel", "attestation"} {
		if fs := runRule(t, id, c, facts); len(fs) > 0 {
			t.Errorf("%s: %s", id, messages(fs))
		}
	}
	// The same facts do not fit a case of another number, judge or division.
	c.Referral = ""
	c.Division = "San Jose"
	c.Filing.CounselBlock = "both"
	want := map[string]string{
		"case-number": "error: page 1 does not show the case number with the judge's initials, 4:21-cv-02632-DMR",
		"court-title": `error: page 1 does not show the court's title: "SAN JOSE DIVISION" is missing`,
		"counsel":     `warning: counsel: page 1 does not say whom the counsel for defendants represent ("Attorneys for …")`,
	}
	for id, w := range want {
		if got := messages(runRule(t, id, c, facts)); got != w {
			t.Errorf("%s: got %q, want %q", id, got, w)
		}
	}
}

func TestAttestation(t *testing.T) {
	c := parseCase(t, baseYAML())
	facts := &pdffile.Facts{Pages: []pdffile.PageFacts{page(28, 1, 2)}}
	want := "error: filing: 2 attorneys sign with /s/, but the PDF holds no attestation that the filer obtained the others' concurrence"
	if got := messages(runRule(t, "attestation", c, facts)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// The text may break across lines, with line numbers beside it.
	text := c.PaperOf().Attestation.Text
	half := strings.Index(text, " has been")
	pg := withText(page(28), text[:half], baseline(3), 12)
	pg = withText(pg, text[half+1:], baseline(4), 12)
	facts.Pages[0] = pg
	if fs := runRule(t, "attestation", c, facts); len(fs) > 0 {
		t.Errorf("attestation over two lines: %s", messages(fs))
	}
	// One signer needs no attestation.
	c.Counsel = c.Counsel[:1]
	facts.Pages[0] = page(28)
	if fs := runRule(t, "attestation", c, facts); len(fs) > 0 {
		t.Errorf("one signer: %s", messages(fs))
	}
}

func TestNamesRepresented(t *testing.T) {
	const court = "unitedstatesdistrictcourt"
	tests := []struct {
		page, word string
		want       bool
	}{
		{"annlee attorneysfordefendants " + court + " defendants.", "defendant", true},
		{"annlee attorneyforplaintiffpandthird-partydefendantt " + court, "third-partydefendant", true},
		{"annlee attorneyforplaintiffp " + court + " acme,defendant.", "defendant", false},
		{"annlee defendant,prose " + court, "defendant", false},
	}
	for _, tt := range tests {
		if got := namesRepresented(tt.page, tt.word, court); got != tt.want {
			t.Errorf("namesRepresented(%q, %q) = %v", tt.page, tt.word, got)
		}
	}
}
