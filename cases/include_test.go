package cases

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// folder writes files, by path relative to a new directory, and returns
// the directory.
func folder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for rel, text := range files {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const sharedCase = `court: cand
number: 4:21-cv-02632
judge: {name: Donna M. Ryu, initials: DMR, magistrate: true}
plaintiffs:
  - name: Acme Corp.
defendants:
  - name: Beta LLC
counsel:
  - ref: alee
    for: plaintiffs
    files: true
  - ref: bkim
    for: defendants
filing:
  conference: {date: 2021-07-21, time: "1:30 P.M.", place: Oakland}
`

const people = `alee:
  name: Ann Lee
  bar: "123456"
  firm: Lee LLP
  address: [1 Main Street, "Oakland, CA 94612"]
  email: alee@example.com
bkim:
  name: Bo Kim
  bar: "654321"
  firm: Kim PC
  address: [2 Main Street, "Oakland, CA 94612"]
  email: bkim@example.com
`

const jointFiling = `case: case.yaml
filing:
  type: joint-cmc-statement
  date: 2021-07-14
  positions:
    defendants: defendants.yaml
  topics:
    jurisdiction: All parties have been served.
    facts:
      plaintiffs: Acme says one thing.
`

// A filing laid over its shared case file, with counsel from the people
// directory and a side's texts from its own file, decodes as one case
// file would, each value at its place in the file that writes it.
func TestFilingWithIncludes(t *testing.T) {
	dir := folder(t, map[string]string{
		"people.yaml":          people,
		"acme/case.yaml":       sharedCase,
		"acme/jcms.yaml":       jointFiling,
		"acme/defendants.yaml": "facts: Beta says another.\njurisdiction: Beta agrees.\n",
	})
	in, err := Read(filepath.Join(dir, "acme/jcms.yaml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := in.Decode()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range in.Files {
		names = append(names, strings.TrimPrefix(f.Path, dir+"/"))
	}
	if got := strings.Join(names, " "); got != "acme/jcms.yaml acme/case.yaml acme/defendants.yaml people.yaml" {
		t.Errorf("files read: %s", got)
	}
	if c.Counsel[0].Name != "Ann Lee" || c.Counsel[1].Firm != "Kim PC" || !c.Counsel[0].Files {
		t.Errorf("counsel: %+v", c.Counsel)
	}
	if c.Filing.Conference.Place != "Oakland" || c.Filing.Type != CMCStatement && c.Filing.Type != "joint-cmc-statement" {
		t.Errorf("the case's filing defaults and the filing's own keys do not both hold: %+v", c.Filing.Conference)
	}
	texts := map[string]string{}
	for _, tp := range c.Filing.Topics {
		for _, p := range tp.Positions {
			texts[tp.Key+"/"+p.Key] = p.Text + " @" + strings.TrimPrefix(p.Pos.String("filing"), dir+"/")
		}
	}
	for key, want := range map[string]string{
		"jurisdiction/joint":      "All parties have been served. @filing:8:19",
		"jurisdiction/defendants": "Beta agrees. @acme/defendants.yaml:2:15",
		"facts/plaintiffs":        "Acme says one thing. @filing:10:19",
		"facts/defendants":        "Beta says another. @acme/defendants.yaml:1:8",
	} {
		if texts[key] != want {
			t.Errorf("%s: %q, want %q", key, texts[key], want)
		}
	}
	if p, _ := c.At("counsel[0].email"); !strings.HasSuffix(p.File, "people.yaml") || p.Line != 6 {
		t.Errorf("counsel[0].email is at %+v, want people.yaml line 6", p)
	}
}

// The merge rule: mappings merge by key, the filing's value winning; a
// list replaces the list; KEY+ adds to it.
func TestMergeRule(t *testing.T) {
	dir := folder(t, map[string]string{
		"people.yaml": people,
		"case.yaml":   sharedCase,
		"replace.yaml": "case: case.yaml\nplaintiffs:\n  - name: Gamma Inc.\njudge: {initials: XYZ}\n" +
			"filing: {type: joint-cmc-statement, date: 2021-07-14, topics: {jurisdiction: Served.}}\n",
		"add.yaml": "case: case.yaml\nplaintiffs+:\n  - name: Gamma Inc.\ncounsel+:\n  - ref: bkim\n    for: plaintiffs\n" +
			"filing: {type: joint-cmc-statement, date: 2021-07-14, topics: {jurisdiction: Served.}}\n",
	})
	for name, want := range map[string]string{
		"replace.yaml": "plaintiffs [Gamma Inc.] judge Donna M. Ryu/XYZ counsel 2",
		"add.yaml":     "plaintiffs [Acme Corp. Gamma Inc.] judge Donna M. Ryu/DMR counsel 3",
	} {
		in, err := Read(filepath.Join(dir, name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		c, _, err := in.Decode()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var ps []string
		for _, p := range c.Plaintiffs {
			ps = append(ps, p.Name)
		}
		got := "plaintiffs [" + strings.Join(ps, " ") + "] judge " + c.Judge.Name + "/" + c.Judge.Initials + " counsel " + string(rune('0'+len(c.Counsel)))
		if got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}

// Problems in an included file are reported at its own line and column,
// with the key it was read through.
func TestIncludeErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string // a line of the errors, with DIR for the directory
	}{
		{"unknown key in the people directory", map[string]string{
			"people.yaml": strings.Replace(people, "  email: bkim", "  emial: bkim", 1), "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/people.yaml:12:3: counsel[1].emial: unknown key "emial" (did you mean "email"?) (read through DIR/case.yaml:9:10)`},
		{"an empty people file", map[string]string{
			"people.yaml": "", "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/people.yaml:1:1: included file is empty (read through DIR/case.yaml:9:10)`},
		{"a people file that is a list", map[string]string{
			"people.yaml": "- a\n", "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/people.yaml:1:1: an included file is a mapping of keys, got a sequence (read through DIR/case.yaml:9:10)`},
		{"a ref no one has", map[string]string{
			"people.yaml": people, "case.yaml": strings.Replace(sharedCase, "ref: bkim", "ref: bkin", 1),
			"f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/case.yaml:12:10: no one in the people directory DIR/people.yaml has the ID "bkin" (did you mean "bkim"?) (read through DIR/f.yaml:1:7)`},
		{"a ref without a people directory", map[string]string{
			"case.yaml": sharedCase, "f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/case.yaml:9:10: counsel given by ref need a people directory: there is no people.yaml in DIR or a folder above it; name one with people: or --people (read through DIR/f.yaml:1:7)`},
		{"a side's text given in two files", map[string]string{
			"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml":          strings.Replace(jointFiling, "    defendants: defendants.yaml\n", "    defendants: defendants.yaml\n    defendants: more.yaml\n", 1),
			"defendants.yaml": "facts: Beta says another.\n", "more.yaml": "motions: None.\nfacts: Beta again.\n"},
			`DIR/f.yaml:7:5: filing.positions.defendants: duplicate key "defendants"`},
		{"a text given in the filing and the side's file", map[string]string{
			"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml":          strings.Replace(jointFiling, "      plaintiffs: Acme says one thing.", "      plaintiffs: Acme says one thing.\n      defendants: Beta here.", 1),
			"defendants.yaml": "facts: Beta says another.\n"},
			`DIR/defendants.yaml:1:8: filing.topics.facts.defendants: the text is given twice: here and at DIR/f.yaml:11:19 (read through DIR/f.yaml:6:17)`},
		{"an include cycle", map[string]string{
			"a.yaml": "case: b.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n", "b.yaml": "case: a.yaml\n"},
			`DIR/b.yaml:1:7: case: a.yaml includes itself: DIR/a.yaml → DIR/b.yaml → DIR/a.yaml (read through DIR/a.yaml:1:7)`},
		{"a missing file", map[string]string{
			"f.yaml": "case: nowhere.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/f.yaml:1:7: case: cannot read nowhere.yaml: no such file or directory`},
		{"a directory", map[string]string{
			"f.yaml": "case: sub\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n", "sub/x.yaml": ""},
			`DIR/f.yaml:1:7: case: cannot read sub: not a regular file (a directory)`},
		{"a positions file that is not texts", map[string]string{
			"people.yaml": people, "case.yaml": sharedCase, "f.yaml": jointFiling,
			"defendants.yaml": "facts:\n  nested: no\n"},
			`DIR/defendants.yaml:2:3: filing.positions.defendants: a positions file holds one text for each topic key, got a mapping under "facts" (read through DIR/f.yaml:6:17)`},
		{"a side's file that sets more than its texts", map[string]string{
			"people.yaml": people, "case.yaml": sharedCase, "f.yaml": jointFiling,
			"defendants.yaml": "facts: Beta says another.\ncounsel: Forged Counsel\n"},
			`DIR/defendants.yaml:2:1: filing.topics.counsel: unknown topic "counsel" (known topics: jurisdiction, facts, legal_issues, motions, amendment, evidence, disclosures, discovery, class_actions, related_cases, relief, settlement, consent, other_references, narrowing, expedited_trial, scheduling, trial, interested_entities, professional_conduct, other) (read through DIR/f.yaml:6:17)`},
		{"a syntax error in the shared case file", map[string]string{
			"case.yaml": "court: [cand\n", "f.yaml": "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14}\n"},
			`DIR/case.yaml:1:8: the [ opened here is not closed with ] on its line (read through DIR/f.yaml:1:7)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := folder(t, tt.files)
			main := filepath.Join(dir, "f.yaml")
			if _, ok := tt.files["a.yaml"]; ok {
				main = filepath.Join(dir, "a.yaml")
			}
			in, err := Read(main, Options{})
			if err != nil {
				t.Fatal(err)
			}
			_, _, err = in.Decode()
			want := strings.ReplaceAll(tt.want, "DIR", dir)
			if err == nil || !strings.Contains(err.Error()+"\n", want+"\n") {
				t.Errorf("errors:\n%v\nwant a line\n%s", err, want)
			}
		})
	}
}
