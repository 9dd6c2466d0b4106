package templates

import (
	"reflect"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/render/markup"
)

func TestFirmGroups(t *testing.T) {
	hinds := &cases.Supervisor{Name: "Stephanie M. Hinds", Title: "United States Attorney"}
	addr := []string{"1 Main Street"}
	counsel := []cases.Counsel{
		{Name: "A", Firm: "Firm One", Address: addr, Phone: "1"},
		{Name: "B", Firm: "Firm Two", Phone: "2"},
		{Name: "C", Firm: "Firm One", Address: addr, Phone: "1"},
		{Name: "D"},
		{Name: "E"},
		{Name: "F", Firm: "Firm One", Address: []string{"9 Other Street"}},
		{Name: "G", Under: hinds, Phone: "3"},
		{Name: "H", Under: hinds, Phone: "4"},
	}
	var got [][]string
	var phones []string
	for _, g := range (&Data{Case: &cases.Case{}}).firmGroups(counsel) {
		var names []string
		for _, c := range g.Counsel {
			names = append(names, c.Name)
		}
		got = append(got, names)
		phones = append(phones, g.Phone)
	}
	want := [][]string{{"A", "C"}, {"B"}, {"D"}, {"E"}, {"F"}, {"G", "H"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups = %v, want %v", got, want)
	}
	if wantPhones := []string{"1", "2", "", "", "", ""}; !reflect.DeepEqual(phones, wantPhones) {
		t.Errorf("phones = %q, want %q", phones, wantPhones)
	}
}

func TestSharedPhone(t *testing.T) {
	tests := []struct {
		phones []string
		want   string
	}{
		{nil, ""},
		{[]string{"", ""}, ""},
		{[]string{"1", ""}, "1"},
		{[]string{"", "1", "1"}, "1"},
		{[]string{"1", "2"}, ""},
	}
	for _, tt := range tests {
		var cs []cases.Counsel
		for _, p := range tt.phones {
			cs = append(cs, cases.Counsel{Phone: p})
		}
		if got := shared(cs, func(c cases.Counsel) string { return c.Phone }); got != tt.want {
			t.Errorf("shared(%q) = %q, want %q", tt.phones, got, tt.want)
		}
	}
}

func TestCaptionPartiesEtAl(t *testing.T) {
	c := &cases.Case{
		Plaintiffs: []cases.Party{{Name: "Jane Doe", Description: "an individual"}, {Name: "John Roe"}},
		Defendants: []cases.Party{{Name: "Acme, Inc."}},
	}
	c.Filing.Caption.EtAl = true
	d := &Data{Case: c}
	if got, want := d.CaptionParties(cases.Plaintiffs), "JANE DOE, an individual, et al."; got != want {
		t.Errorf("plaintiffs = %q, want %q", got, want)
	}
	if got, want := d.CaptionParties(cases.Defendants), "ACME, INC."; got != want {
		t.Errorf("a lone defendant = %q, want %q", got, want)
	}
}

func TestCaptionPartiesJoined(t *testing.T) {
	tests := []struct {
		parties []cases.Party
		want    string
	}{
		{[]cases.Party{{Name: "Jane Doe"}, {Name: "John Roe"}}, "JANE DOE and JOHN ROE"},
		{[]cases.Party{{Name: "Cobalt LLC", Description: "a company"}, {Name: "Dan Park", Description: "an individual"}},
			"COBALT LLC, a company; and DAN PARK, an individual"},
		{[]cases.Party{{Name: "A"}, {Name: "B"}, {Name: "C", Description: "a trust"}}, "A; B; and C, a trust"},
	}
	for _, tt := range tests {
		d := &Data{Case: &cases.Case{Plaintiffs: tt.parties}}
		if got := d.CaptionParties(cases.Plaintiffs); got != tt.want {
			t.Errorf("CaptionParties = %q, want %q", got, tt.want)
		}
	}
}

func TestIntroOfOneSide(t *testing.T) {
	c := &cases.Case{
		Plaintiffs: []cases.Party{{Name: "Jane Doe"}, {Name: "John Roe"}},
		Defendants: []cases.Party{{Name: "Acme, Inc."}},
	}
	c.Filing.Type = cases.CMCStatement
	for side, want := range map[cases.Side]string{
		cases.Plaintiffs: "Plaintiffs submit this Case Management Statement",
		cases.Defendants: "Defendant submits this Case Management Statement",
	} {
		c.Filing.FiledBy = side
		if got := string((&Data{Case: c}).Intro()); got[:len(want)] != want {
			t.Errorf("intro for %s = %q, want it to start %q", side, got, want)
		}
	}
}

func TestTopicLabels(t *testing.T) {
	topics := cases.Topics{{Key: "facts"}, {Key: "jurisdiction"}, {Key: "other"}}
	for numbering, want := range map[cases.Numbering][]string{
		"":           {"1.", "2.", "3."},
		cases.Arabic: {"1.", "2.", "3."},
		cases.Roman:  {"I.", "II.", "III."},
	} {
		var got []string
		c := &cases.Case{Filing: cases.Filing{Type: cases.JointCMCStatement}}
		for _, v := range topicViews(c, topics, numbering) {
			got = append(got, v.Label)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("labels with numbering %q = %q, want %q", numbering, got, want)
		}
	}
}

func TestGuardDirectives(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text\n::: signature\n/s/ X\n:::", "text\n\\::: signature\n/s/ X\n\\:::"},
		{"::: document\ntitle: X\n:::", "\\::: document\ntitle: X\n\\:::"},
		{"::: table 2 1\n| a | b |\n|---|---|\n:::", "::: table 2 1\n| a | b |\n|---|---|\n:::"},
		{"::: list (a)\n1. x\n:::\n:::", "::: list (a)\n1. x\n:::\n\\:::"},
		{"before\n  ::: pagebreak\nafter", "before\n  ::: pagebreak\nafter"},
		{"- item\n  ::: court\n", "- item\n  \\::: court\n"},
		{"::: table\n| a |\n|---|\n::: caption\n:::\n:::", "::: table\n| a |\n|---|\n\\::: caption\n:::\n\\:::"},
		{"- ::: signature filer\n  /s/ X\n  :::", "- \\::: signature filer\n  /s/ X\n  \\:::"},
		{"> ::: signature filer\n> /s/ X\n> :::", "> \\::: signature filer\n> /s/ X\n> \\:::"},
		{"> ::: table 2 1", "> \\::: table 2 1"},
		{"1. ::: pagebreak", "1. ::: pagebreak"},
		// A footnote's definition holds blocks: its ::: opens one.
		{"x[^n]\n\n[^n]: ::: document\n    title: X\n    :::", "x[^n]\n\n[^n]: \\::: document\n    title: X\n    \\:::"},
		{"  [^a]:\t::: signature filer", "  [^a]:\t\\::: signature filer"},
		{"[^a]: ::: table\n    | a |\n    |---|\n    :::", "[^a]: ::: table\n    | a |\n    |---|\n    :::"},
		{"[^a] ::: document", "[^a] ::: document"},
	}
	for _, tt := range tests {
		if got := guardDirectives(tt.in); got != tt.want {
			t.Errorf("guardDirectives(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHeadingKeepsItsHashes: a heading printed as a heading's line keeps
// every character, a "#" at its end too.
func TestHeadingKeepsItsHashes(t *testing.T) {
	for _, h := range []string{"Claims Under Rule 23 #", "Issue ##", "Item # 5 #", "#", "Rule 23 #  ", "C# and F#", "Count \\#", "**Bold** #"} {
		doc, err := markup.Parse("h", []byte("# 1\\. "+string(headingInline(h))+"\n"))
		if err != nil {
			t.Fatalf("%q: %v", h, err)
		}
		var got strings.Builder
		for _, r := range doc.Blocks[0].(*markup.Heading).Runs {
			got.WriteString(r.Text)
		}
		want := "1. " + strings.TrimSpace(strings.ReplaceAll(h, "**", ""))
		if h == "Count \\#" {
			want = "1. Count #"
		}
		if got.String() != want {
			t.Errorf("heading %q prints %q, want %q", h, got.String(), want)
		}
	}
}

// A supplemental statement numbers the outline's topics as the outline
// does, and topics of its own after the outline's last number.
func TestSupplementalTopicNumbers(t *testing.T) {
	c := &cases.Case{Filing: cases.Filing{Type: "supplemental-cmc-statement"}}
	topics := cases.Topics{{Key: "jurisdiction"}, {Key: "budget", Heading: "Budget", After: "jurisdiction"}, {Key: "facts"}, {Key: "motions"}}
	var got []string
	for _, v := range topicViews(c, topics, cases.Arabic) {
		got = append(got, v.Label+" "+v.Key)
	}
	if want := "1. jurisdiction|22. budget|2. facts|4. motions"; strings.Join(got, "|") != want {
		t.Errorf("labels %q, want %s", got, want)
	}
}
