package court

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Every built-in court loads, the default court first.
func TestBuiltinCourts(t *testing.T) {
	names := Builtin().Names()
	want := []string{"cand", "azd", "ca-superior", "cacd", "caed", "casd"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("courts %v, want %v", names, want)
	}
	if Builtin().Default().Name != "cand" {
		t.Errorf("default court %s", Builtin().Default().Name)
	}
	for _, n := range names {
		c, _ := Builtin().Lookup(n)
		if c.File != "courts/"+n+".yaml" || len(c.Source) == 0 || c.Oath == "" {
			t.Errorf("%s: file %q, %d bytes, oath %q", n, c.File, len(c.Source), c.Oath)
		}
	}
}

func TestTitleLines(t *testing.T) {
	cand, _ := Builtin().Lookup("cand")
	sup, _ := Builtin().Lookup("ca-superior")
	tests := []struct {
		c                *Court
		division, county string
		want             string
	}{
		{cand, "Oakland", "", "UNITED STATES DISTRICT COURT|NORTHERN DISTRICT OF CALIFORNIA|OAKLAND DIVISION"},
		{cand, "", "", "UNITED STATES DISTRICT COURT|NORTHERN DISTRICT OF CALIFORNIA"},
		{sup, "", "Los Angeles", "SUPERIOR COURT OF THE STATE OF CALIFORNIA|FOR THE COUNTY OF LOS ANGELES"},
		{sup, "", "", "SUPERIOR COURT OF THE STATE OF CALIFORNIA"},
	}
	for _, tt := range tests {
		if got := strings.Join(tt.c.TitleLines(tt.division, tt.county), "|"); got != tt.want {
			t.Errorf("%s %q %q: %s, want %s", tt.c.Name, tt.division, tt.county, got, tt.want)
		}
	}
}

func TestCountyNumbers(t *testing.T) {
	sup, _ := Builtin().Lookup("ca-superior")
	tests := []struct {
		county, number string
		ok             bool
	}{
		{"Los Angeles", "24STCV18342", true},
		{"Los Angeles", "BC451138", true},
		{"Los Angeles", "24-STCV-18342", false},
		{"San Francisco", "CGC-24-612345", true},
		{"San Francisco", "CGC-2024-612345", false},
		{"San Diego", "37-2024-00012345-CU-BC-CTL", true},
		{"Alpine", "anything at all", true}, // no known form: as written
	}
	for _, tt := range tests {
		msg := sup.CheckCountyNumber(tt.county, tt.number)
		if (msg == "") != tt.ok {
			t.Errorf("%s %q: %q, want ok %v", tt.county, tt.number, msg, tt.ok)
		}
	}
	cand, _ := Builtin().Lookup("cand")
	if msg := cand.CheckFederalNumber("2:21-cv-00001", 2, "cv"); !strings.Contains(msg, "unknown office code 2") {
		t.Errorf("office 2 in N.D. Cal.: %q", msg)
	}
}

// A court file is read strictly: an unknown or repeated key is an error at
// its line and column, and what decoding alone cannot check is checked.
func TestCourtFileErrors(t *testing.T) {
	cand, _ := Builtin().Lookup("cand")
	src := string(cand.Source)
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown key", "short: N.D. Cal.\n", "short: N.D. Cal.\nshorter: X\n", `cand.yaml:7:1: unknown key "shorter" in the court file (known:`},
		{"unknown nested key", "  widows: 2\n", "  widows: 2\n  orphans: 2\n", `unknown key "orphans" in paper`},
		{"key twice", "short: N.D. Cal.\n", "short: N.D. Cal.\nshort: X\n", `cand.yaml:7:1: short: key "short" given twice`},
		{"unknown key in a list", "  - {key: facts, heading: \"Facts\"}", "  - {key: facts, heading: \"Facts\", note: x}", `unknown key "note" in outlines[0].topics[1]`},
		{"file named otherwise", "name: cand", "name: cand2", "names the court \"cand2\": name the file cand2.yaml"},
		{"no title", "title: [UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA, \"{division} DIVISION\"]", "title: []", "title: give the lines"},
		{"grid below the footer", "grid: {lines: 28,", "grid: {lines: 29,", "cand.yaml:22:9: paper: grid: 29 lines of 24 pt from 72 end at 768, below the footer's rule"},
		{"not a number", "text: {left: 108, right: 576, size: 12,", "text: {left: 108, right: 576, size: .nan,", "cand.yaml:21:3: paper: a length of the paper is NaN"},
		{"an office code twice", "  - {code: 4, division: Oakland}\n", "  - {code: 4, division: Oakland}\n  - {code: 4, division: Oakland2}\n", "cand.yaml:14:5: offices[3]: code 4 is given twice"},
		{"a word for a number", "{code: 4, division: Oakland}", "{code: four, division: Oakland}", "cand.yaml:13:12: cannot unmarshal !!str `four` into int"},
		{"a long word for a number", "height: 792}", "height: seventy-nine-two}", "cand.yaml:21:30: cannot unmarshal !!str `seventy...` into float64"},
		{"an unclosed mapping", "page: {width: 612, height: 792}", "page: {width: 612, height: 792", "cand.yaml:21:3: did not find expected ',' or '}'"},
		{"a word for a truth", "default: true", "default: maybe", "cand.yaml:8:10: cannot unmarshal !!str `maybe` into bool"},
		{"a tab indenting a key", "\n  page: ", "\n\tpage: ", "cand.yaml:21:1: found character that cannot start any token"},
		{"not UTF-8", "name: cand", "name: cand\xff", "cand.yaml:5:11: invalid leading UTF-8 octet"},
		{"a page no reader draws", "page: {width: 612, height: 792}", "page: {width: 1e300, height: 1e300}", "page: width and height may be at most 14400 points"},
		{"signature off the text", "signature: {left: 342}", "signature: {left: 9000}", "cand.yaml:29:14: paper: signature: the blocks' left edge (9000)"},
		{"a placeholder misspelt", "\"{division} DIVISION\"", "\"{divison} DIVISION\"", "title: unknown placeholder {divison}"},
		{"an empty outline", "outlines:\n", "outlines:\n  - ~\n", "outlines[0] is empty"},
		{"numbers over the text", "numbers: {right: 86.4,", "numbers: {right: 120,", "numbers: the line numbers must end"},
		{"paper breaks its own limits", "text: {left: 108, right: 576, size: 12,", "text: {left: 108, right: 576, size: 11,", "limits: the court's own paper breaks them"},
		{"unknown outline base", "    base: standing-order-2023\n", "    base: standing-order-2020\n", `base "standing-order-2020" is not an outline`},
		{"topic twice", "  - {key: other, heading: \"Other\"}", "  - {key: other, heading: \"Other\"}\n      - {key: facts, heading: \"Facts\"}", `topic "facts" given twice`},
		{"unknown calendar", "calendar: federal", "calendar: lunar", `unknown calendar "lunar"`},
		{"bad case form", "numbers: {form: federal,", "numbers: {form: roman,", `form "roman"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(src, tt.from) {
				t.Fatalf("cand.yaml lacks %q", tt.from)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "cand.yaml"), []byte(strings.Replace(src, tt.from, tt.to, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// A judge's outline is its base's with topics renamed, added and left out.
func TestDerivedOutline(t *testing.T) {
	c := &Court{Outlines: []*Outline{
		{Name: "base", Title: "The Order", Filings: []string{"s"}, Topics: []Topic{{"a", "A"}, {"b", "B"}, {"c", "C"}}},
		{Name: "judge", Base: "base", Judges: []string{"XYZ"}, Rename: map[string]string{"b": "Bee"}, Remove: []string{"c"},
			Add: []AddedTopic{{Key: "d", Heading: "D", After: "a"}, {Key: "e", Heading: "E"}}},
	}}
	if err := c.resolveOutlines(); err != nil {
		t.Fatal(err)
	}
	o := c.OutlineFor("s", "XYZ")
	var got []string
	for _, tp := range o.Topics {
		got = append(got, tp.Key+"="+tp.Heading)
	}
	if want := "e=E a=A d=D b=Bee"; strings.Join(got, " ") != want {
		t.Errorf("topics %v, want %s", got, want)
	}
	if o.Title != "The Order" || c.OutlineFor("s", "ABC").Name != "base" || c.OutlineFor("t", "") != nil {
		t.Errorf("title %q; ABC's %v", o.Title, c.OutlineFor("s", "ABC"))
	}
	cyc := &Court{Outlines: []*Outline{{Name: "x", Base: "y", Title: "X", Filings: []string{"s"}}, {Name: "y", Base: "x", Title: "Y", Filings: []string{"s"}}}}
	if err := cyc.resolveOutlines(); err == nil || !strings.Contains(err.Error(), "circle") {
		t.Errorf("outlines based on each other: %v", err)
	}
}

// A firm's paper moves the text, the numbers and the rules together, and
// a change the court's limits forbid is a LimitError naming the key.
func TestApplyFirmPaper(t *testing.T) {
	cand, _ := Builtin().Lookup("cand")
	azd, _ := Builtin().Lookup("azd")
	p, err := cand.Apply(FirmPaper{Left: 72, Numbers: 50.4, Rules: "single", Right: 36})
	if err != nil {
		t.Fatal(err)
	}
	if p.Text.Left != 72 || p.Numbers.Right != 50.4 || !reflect.DeepEqual(p.Rules.Left, []float64{64.8}) || p.Text.Right != 576 {
		t.Errorf("paper: text %v, numbers %v, rules %v", p.Text, p.Numbers, p.Rules)
	}
	if cand.Paper.Text.Left != 108 || len(cand.Paper.Rules.Left) != 2 {
		t.Errorf("the court's own paper changed: %v %v", cand.Paper.Text, cand.Paper.Rules)
	}
	moved, _ := cand.Apply(FirmPaper{Left: 90})
	if moved.Numbers.Right != 86.4-18 || moved.Rules.Left[0] != 99.36-18 {
		t.Errorf("numbers and rules do not move with the text: %v %v", moved.Numbers, moved.Rules)
	}
	tests := []struct {
		c       *Court
		f       FirmPaper
		key     string
		wantMsg string
	}{
		{cand, FirmPaper{Size: 11}, "size", "the type size is 11pt; the court's rule wants at least 12pt"},
		{azd, FirmPaper{Left: 72}, "left", "the left margin is 1 in; the court's rule wants at least 1.5 in"},
		{azd, FirmPaper{Right: 18}, "right", "the right margin is 0.25 in"},
	}
	for _, tt := range tests {
		_, err := tt.c.Apply(tt.f)
		var le *LimitError
		if !errors.As(err, &le) || le.Key != tt.key || !strings.Contains(le.Msg, tt.wantMsg) || le.Rule == "" {
			t.Errorf("%s %+v: %v, want %s: %s", tt.c.Name, tt.f, err, tt.key, tt.wantMsg)
		}
	}
	if _, err := cand.Apply(FirmPaper{Numbers: 200}); err == nil {
		t.Error("line numbers over the text: accepted")
	}
}

// A firm paper's spec reads back as written, for any values.
func TestFirmPaperSpecRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	pick := func(list ...string) string { return list[r.Intn(len(list))] }
	num := func() float64 {
		if r.Intn(3) == 0 {
			return 0
		}
		return float64(r.Intn(20000)+1) / 100
	}
	for i := 0; i < 500; i++ {
		f := FirmPaper{Left: num(), Right: num(), Numbers: num(), Size: num(),
			Rules: pick("", "double", "single", "none"), RightRule: pick("", "single", "none"),
			FooterPage: pick("", "{n}", "Page {n} of {of}", `- {n} - "q" \ x`)}
		got, err := ParseFirmPaper(f.String())
		if err != nil || got != f {
			t.Fatalf("%+v: spec %q reads back as %+v, %v", f, f.String(), got, err)
		}
	}
	for _, bad := range []string{"left", "left=-1", "left=x", "rules=dotted", "footer_page=\"Page\"", "colour=red"} {
		if _, err := ParseFirmPaper(bad); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
}

func TestPageNumber(t *testing.T) {
	p := Builtin().Default().Paper
	if got := p.PageNumber(3, 9); got != "3" {
		t.Errorf("%q", got)
	}
	p.Footer.Page = "Page {n} of {of}"
	if got := p.PageNumber(3, 9); got != "Page 3 of 9" {
		t.Errorf("%q", got)
	}
}
