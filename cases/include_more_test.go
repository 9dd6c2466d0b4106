package cases

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// decodeIn reads and decodes the file main of a folder.
func decodeIn(t *testing.T, files map[string]string, main string) error {
	t.Helper()
	dir := folder(t, files)
	in, err := Read(filepath.Join(dir, main), Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = in.Decode()
	if err != nil {
		return errorsIn(err, dir)
	}
	return nil
}

// errorsIn writes errors with DIR for the directory.
func errorsIn(err error, dir string) error {
	return stringError(strings.ReplaceAll(err.Error(), dir, "DIR"))
}

type stringError string

func (s stringError) Error() string { return string(s) }

// What the merge of included files must not lose or let through: a key
// given twice stays an error; a people entry says who a person is, not
// what they do; positions in a paper that has no topics are refused at
// their key; filed_by is refused where every side signs.
func TestIncludeRefusals(t *testing.T) {
	filing := "case: case.yaml\nfiling: {type: joint-cmc-statement, date: 2021-07-14, topics: {jurisdiction: Served.}}\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"a key twice beside case:", map[string]string{"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nnumber: 4:21-cv-02632\nnumber: 4:21-cv-02633\nfiling: {type: joint-cmc-statement, date: 2021-07-14, topics: {jurisdiction: Served.}}\n"},
			`DIR/f.yaml:3:1: number: duplicate key "number"`},
		{"counsel+ then counsel", map[string]string{"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\ncounsel+: [{ref: alee, for: defendants}]\ncounsel: [{ref: bkim, for: defendants}]\nfiling: {type: joint-cmc-statement, date: 2021-07-14, topics: {jurisdiction: Served.}}\n"},
			`DIR/f.yaml:3:1: counsel: duplicate key "counsel"`},
		{"a people entry that says who signs", map[string]string{"people.yaml": strings.Replace(people, "  email: bkim@example.com", "  email: bkim@example.com\n  signs: false", 1),
			"case.yaml": sharedCase, "f.yaml": filing},
			`DIR/people.yaml:13:3: a people directory says who a person is (name, bar, firm, title, under, address, phone, fax, email); "signs" belongs in the case file, under the person's ref (read through DIR/case.yaml:9:10)`},
		{"positions in a stipulation", map[string]string{"people.yaml": people, "case.yaml": sharedCase, "d.yaml": "facts: Beta.\n",
			"f.yaml": "case: case.yaml\nfiling:\n  type: stipulation\n  date: 2021-07-14\n  recitals: [a]\n  terms: [b]\n  positions:\n    defendants: d.yaml\n"},
			`DIR/f.yaml:7:3: filing.topics: topics belong to a case management statement, not a stipulation`},
		{"a ref that is null", map[string]string{"people.yaml": people, "case.yaml": strings.Replace(sharedCase, "ref: bkim", "ref: ~", 1), "f.yaml": filing},
			`DIR/case.yaml:12:10: ref is the ID of an entry of the people directory, got null (read through DIR/f.yaml:1:7)`},
		{"filed_by on a stipulation", map[string]string{"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nfiling: {type: stipulation, date: 2021-07-14, recitals: [a], terms: [b], filed_by: defendants}\n"},
			`DIR/f.yaml:2:84: filing.filed_by: filed_by names the side that signs a paper one side files; a stipulation is signed by every side`},
		{"a proposed order on a declaration", map[string]string{"people.yaml": people, "case.yaml": sharedCase,
			"f.yaml": "case: case.yaml\nfiling: {type: declaration, date: 2021-07-14, declarant: X, in_support_of: Y, executed_at: Z, paragraphs: [p], proposed_order: true}\n"},
			`DIR/f.yaml:2:128: filing.proposed_order: a declaration does not end with a proposed order of its own type`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			main := "f.yaml"
			err := decodeIn(t, tt.files, main)
			if err == nil || !strings.Contains(err.Error()+"\n", tt.want+"\n") {
				t.Errorf("errors:\n%v\nwant a line\n%s", err, tt.want)
			}
		})
	}
}

// A title's placeholders are filled once: a value's own braces stay.
func TestTitlePlaceholdersOnce(t *testing.T) {
	ft := BuiltinTypes()["declaration"]
	f := Filing{Fields: map[string]Field{"declarant": {Text: "{in_support_of}"}, "in_support_of": {Text: "Motion"}}}
	if got := ft.TitleFor(f); got != "Declaration of {in_support_of} in Support of Motion" {
		t.Errorf("TitleFor = %q", got)
	}
}

// An alias used over and over stops at a bound of text, at once.
func TestAliasTextBound(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	data := "number: 4:21-cv-02632\njudge: {name: A, initials: AB}\nplaintiffs: [{name: P}]\ndefendants: [{name: D}]\n" +
		"counsel: [{name: C, for: plaintiffs, files: true}]\nfiling:\n  type: declaration\n  date: 2021-07-14\n" +
		"  declarant: X\n  in_support_of: Y\n  executed_at: Z\n  paragraphs: [&x \"" + big + "\"" + strings.Repeat(", *x", 5000) + "]\n"
	start := time.Now()
	_, _, err := Parse("bomb.yaml", []byte(data))
	if err == nil || !strings.Contains(err.Error(), "an alias is used too often") {
		t.Fatalf("err = %.300v", err)
	}
	t.Logf("refused in %s", time.Since(start))
}
