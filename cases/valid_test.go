package cases

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
)

func TestParseValid(t *testing.T) {
	c, warns, err := Load("testdata/valid.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	check("File", c.File, "testdata/valid.yaml")
	check("Pos", c.Pos, Pos{Line: 3, Col: 1})
	check("Court", c.Court, "cand")
	check("Division", c.Division, "Oakland")
	check("Number", c.Number.String(), "4:21-cv-02632")
	check("caption number", c.Number.WithInitials(c.Judge.Initials), "4:21-cv-02632-DMR")
	check("Judge.Magistrate", c.Judge.Magistrate, true)
	check("Judge.Pos", c.Judge.Pos, Pos{Line: 5, Col: 3})
	check("plaintiffs", len(c.Plaintiffs), 4)
	check("defendants[2].Short", c.Defendants[2].Short, "DHS")
	check("Filing.Date", c.Filing.Date.Long(), "July 14, 2021")
	check("Conference.Date", c.Filing.Conference.Date.Long(), "July 21, 2021")
	check("Conference.Time", c.Filing.Conference.Time, "1:30 P.M.")
	check("ProposedOrder", c.Filing.ProposedOrder, true)
	check("Intro", c.Filing.Intro, "The parties jointly submit this Case Management Statement and Proposed Order pursuant to Civil Local Rule 16-9.")

	if len(c.Counsel) != 2 {
		t.Fatalf("got %d counsel, want 2", len(c.Counsel))
	}
	talla, iyengar := c.Counsel[0], c.Counsel[1]
	check("Talla.For", talla.For.Side, Plaintiffs)
	check("Talla.Files", talla.Files, true)
	check("Talla.Signing", talla.Signing(), true)
	check("Talla.Bar", talla.Bar, "123456")
	check("Talla.Address[1]", talla.Address[1], "San Francisco, CA 94111")
	check("Talla.Phone", talla.Phone, "415-621-2493")
	check("Iyengar.For", iyengar.For.Side, Defendants)
	check("Iyengar.Signing", iyengar.Signing(), true)
	check("Iyengar.Pos", iyengar.Pos, Pos{Line: 31, Col: 5})
	if iyengar.Under == nil || iyengar.Under.Title != "Acting United States Attorney" {
		t.Errorf("Iyengar.Under = %+v", iyengar.Under)
	}

	if len(warns) != 1 {
		t.Fatalf("warnings = %v, want one", warns)
	}
	check("warning", warns[0].String(), "testdata/valid.yaml:31:5: warning: counsel[1].bar: no state bar number: Civil L.R. 3-4(a)(1) asks for it")
}

func TestParseValidTopics(t *testing.T) {
	c, _, err := Load("testdata/valid.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	want := []struct {
		key, heading string
		pos          Pos
		sides        []Side
		textPos      []Pos
	}{
		{"jurisdiction", "", Pos{Line: 50, Col: 5}, []Side{Joint}, []Pos{{Line: 50, Col: 19}}},
		{"facts", "", Pos{Line: 53, Col: 5}, []Side{Plaintiffs, Defendants}, []Pos{{Line: 54, Col: 19}, {Line: 55, Col: 19}}},
		{"relief", "Relief Sought", Pos{Line: 56, Col: 5}, []Side{Defendants, Plaintiffs}, []Pos{{Line: 58, Col: 19}, {Line: 59, Col: 19}}},
		{"class_actions", "", Pos{Line: 60, Col: 5}, []Side{Joint}, []Pos{{Line: 60, Col: 20}}},
	}
	if len(c.Filing.Topics) != len(want) {
		t.Fatalf("got %d topics, want %d", len(c.Filing.Topics), len(want))
	}
	for i, w := range want {
		got := c.Filing.Topics[i]
		if got.Key != w.key || got.Heading != w.heading || got.Pos != w.pos || len(got.Positions) != len(w.sides) {
			t.Errorf("topic %d = %s %q at %v with %d texts, want %s %q at %v with %d", i,
				got.Key, got.Heading, got.Pos, len(got.Positions), w.key, w.heading, w.pos, len(w.sides))
			continue
		}
		for j, p := range got.Positions {
			if p.Side != w.sides[j] || p.Pos != w.textPos[j] || p.Text == "" {
				t.Errorf("topic %s text %d = %s at %v, want %s at %v", w.key, j, p.Side, p.Pos, w.sides[j], w.textPos[j])
			}
		}
	}
	if got := c.Filing.Topics[1].Positions[1].Text; got != "Defendants are currently working to respond to the Request." {
		t.Errorf("facts defendants text = %q", got)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, _, err := Load("testdata/no-such-file.yaml")
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want a wrapped not-exist error", err)
	}
	var errs Errors
	if errors.As(err, &errs) {
		t.Errorf("a read failure is not an Errors value")
	}
}

func TestParseFull(t *testing.T) {
	c, warns, err := Load("testdata/full.yaml")
	if err != nil || len(warns) != 0 {
		t.Fatalf("Load: %v, warnings %v", err, warns)
	}
	if c.Referral != "KAW" || c.Judge.Title != "Chief Magistrate Judge" || !c.Counsel[2].Signing() {
		t.Errorf("referral %q, judge title %q, signing %v", c.Referral, c.Judge.Title, c.Counsel[2].Signing())
	}
	if !c.Counsel[0].LocalCounsel || !c.Counsel[1].ProHacVice || c.Counsel[0].ProHacVice {
		t.Errorf("counsel marks: %+v", c.Counsel[:2])
	}
	s := c.Filing.Topics[2]
	if s.Key != "settlement" || s.Heading != "Settlement and ADR Efforts" || len(s.Positions) != 2 || s.Positions[0].Side != Joint {
		t.Errorf("settlement topic = %+v", s)
	}
}

func TestParseFullFiling(t *testing.T) {
	c, _, err := Load("testdata/full.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	f := c.Filing
	if f.Type != CMCStatement || f.FiledBy != Plaintiffs || !strings.HasPrefix(f.Reason, "Plaintiffs file this statement alone") {
		t.Errorf("type %q, filed by %q, reason %q", f.Type, f.FiledBy, f.Reason)
	}
	if f.Numbering != Roman || f.CounselBlock != BothSides || f.SignatureDates != DatedAbove || !f.Caption.EtAl {
		t.Errorf("numbering %q, counsel block %q, signature dates %v, et al. %v", f.Numbering, f.CounselBlock, f.SignatureDates, f.Caption.EtAl)
	}
	if r := f.Caption.Related; len(r) != 1 || r[0].Number.String() != "4:21-cv-03000" || r[0].Initials != "JST" || r[0].Label != "Related Case No." || r[0].Pos != (Pos{Line: 64, Col: 9}) {
		t.Errorf("related = %+v", r)
	}
	if f.ProposedOrder || !f.ProposesOrder() || f.Order == nil || len(f.Order.Choices) != 2 || f.Order.Choices[1] != "Defendants' schedule" || f.Order.Text == "" {
		t.Errorf("order = %+v (short form %v)", f.Order, f.ProposedOrder)
	}
	sv := f.Service
	if sv == nil || sv.Date.String() != "2021-07-14" || sv.Signer != "Vasudha Talla" || len(sv.Served) != 1 || !strings.Contains(sv.Method, "CM/ECF") {
		t.Errorf("service = %+v", sv)
	}
	if f.Footnotes != Double || f.Quotations != Single || f.Widows == nil || *f.Widows != 2 {
		t.Errorf("footnotes %q, quotations %q, widows %v", f.Footnotes, f.Quotations, f.Widows)
	}
}

// TestParseDefaults checks what a case file that leaves the new keys out
// gets: nothing set, so that the court profile decides.
func TestParseDefaults(t *testing.T) {
	c, _, err := Parse("case.yaml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	f := c.Filing
	if f.Numbering != "" || f.CounselBlock != "" || f.Footnotes != "" || f.Quotations != "" || f.Widows != nil || f.Order != nil || f.Service != nil || f.ProposesOrder() {
		t.Errorf("defaults = %+v", f)
	}
	c, _, err = Parse("case.yaml", []byte(edit("  topics:", "  widows: 0\n  topics:")))
	if err != nil || c.Filing.Widows == nil || *c.Filing.Widows != 0 {
		t.Errorf("widows: 0 = %v, %v", c.Filing.Widows, err)
	}
}

func TestParseWarnings(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"pro hac vice without a bar number", edit(`    bar: "123456"`+"\n", "", "    files: true", "    files: true\n  - {name: Jane Doe, for: plaintiffs}\n  - {name: John Roe, for: plaintiffs, pro_hac_vice: true}"),
			[]string{
				`case.yaml:6:5: warning: counsel[0].bar: no state bar number: Civil L.R. 3-4(a)(1) asks for it`,
				`case.yaml:10:5: warning: counsel[1].bar: no state bar number: Civil L.R. 3-4(a)(1) asks for it`,
			}},
		{"only pro hac vice counsel", edit("    files: true", "    files: true\n    pro_hac_vice: true"),
			[]string{`case.yaml:11:19: warning: counsel[0].pro_hac_vice: plaintiffs have only pro hac vice counsel: Civil L.R. 11-3(a)(3) asks for co-counsel who is a member of this Court's bar`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, warns, err := Parse("case.yaml", []byte(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range warns {
				got = append(got, w.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
