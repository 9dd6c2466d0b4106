package check

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/court"
	"pleadgen/pdffile"
	"pleadgen/render"
	"pleadgen/render/markup"
	"pleadgen/templates"
)

// loadCand returns the rules of the cand profile.
func loadCand(t testing.TB) *Rules {
	t.Helper()
	ct, _ := court.Builtin().Lookup("cand")
	rs, err := LoadRules(ct)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// topicTexts are the texts of the statement in baseCase, by topic key.
var topicTexts = map[string]string{
	"evidence":            "The parties have reviewed the ESI Guidelines and will preserve evidence.",
	"interested_entities": "Each party has filed the Certification of Conflicts and Interested Entities or Persons.",
}

// baseYAML is a joint statement that breaks no rule: every topic, both
// sides signing, filed on time.
func baseYAML() string {
	var b strings.Builder
	b.WriteString(`number: 4:21-cv-02632
judge:
  name: Donna M. Ryu
  initials: DMR
plaintiffs:
  - name: Acme Corp.
defendants:
  - name: Widget LLC
counsel:
  - name: Ada Lovelace
    bar: "123456"
    firm: Lovelace LLP
    address: [1 Main Street, "Oakland, CA 94612"]
    phone: 510-555-0100
    email: ada@lovelace.example
    for: plaintiffs
    files: true
  - name: Charles Babbage
    bar: "654321"
    firm: Babbage LLP
    address: [2 Main Street, "Oakland, CA 94612"]
    phone: 510-555-0101
    email: cb@babbage.example
    for: defendants
filing:
  type: joint-cmc-statement
  date: 2021-07-14
  conference:
    date: 2021-07-21
    time: 1:30 P.M.
  topics:
`)
	for _, def := range court.Builtin().Default().OutlineFor("joint-cmc-statement", "").Topics {
		text, ok := topicTexts[def.Key]
		if !ok {
			text = "None."
		}
		fmt.Fprintf(&b, "    %s: %s\n", def.Key, text)
	}
	return b.String()
}

// parseCase parses a case file's text.
func parseCase(t testing.TB, yaml string) *cases.Case {
	t.Helper()
	c, _, err := cases.Parse("case.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("%v\n%s", err, yaml)
	}
	return c
}

// renderCase renders a case as the render command does.
func renderCase(t testing.TB, c *cases.Case) []byte {
	t.Helper()
	set, err := templates.Load(templates.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text, err := set.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markup.Parse("case.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := render.PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// runRule applies the cand rule of that id alone to a case and facts.
func runRule(t *testing.T, id string, c *cases.Case, facts *pdffile.Facts) []Finding {
	t.Helper()
	rs := loadCand(t)
	r := rs.byID[id]
	if r == nil {
		t.Fatalf("cand has no rule %q", id)
	}
	k := &checker{c: c, rules: rs, facts: facts}
	if r.Topic != "" {
		checkMentions(k, r)
	} else {
		checks[id](k, r)
	}
	return k.out
}

// messages lists findings as "severity: field: message" lines, without
// file, position or rule, for comparing.
func messages(fs []Finding) string {
	var lines []string
	for _, f := range fs {
		s := string(f.Severity) + ": "
		if f.Field != "" {
			s += f.Field + ": "
		}
		lines = append(lines, s+f.Message)
	}
	return strings.Join(lines, "\n")
}

// page builds the facts of a page of the cand grid: the line numbers 1 to
// lines, a text on each of the given numbered lines, and the footer.
func page(lines int, body ...int) pdffile.PageFacts {
	pg := pdffile.PageFacts{Width: 612, Height: 792}
	for n := 1; n <= lines; n++ {
		pg.Texts = append(pg.Texts, pdffile.TextFacts{S: fmt.Sprint(n), X: 80.4, Y: baseline(n), Size: 12, Font: "LiberationSerif"})
	}
	for _, n := range body {
		pg.Texts = append(pg.Texts, pdffile.TextFacts{S: "Some words.", X: 108, Y: baseline(n), Size: 12, Font: "LiberationSerif"})
	}
	pg.Texts = append(pg.Texts,
		pdffile.TextFacts{S: "1", X: 303, Y: 762, Size: 10, Font: "LiberationSerif"},
		pdffile.TextFacts{S: "JOINT CASE MANAGEMENT STATEMENT", X: 108, Y: 776, Size: 10, Font: "LiberationSerif"})
	return pg
}

// baseline is the cand baseline of numbered line n.
func baseline(n int) float64 { return 89 + 24*float64(n-1) }

// withText adds a text to a page.
func withText(pg pdffile.PageFacts, s string, y, size float64) pdffile.PageFacts {
	pg.Texts = append(pg.Texts, pdffile.TextFacts{S: s, X: 108, Y: y, Size: size, Font: "LiberationSerif"})
	return pg
}

// ruleCase is a row of a rule's table: how to edit the base case file
// (nil for none) and the messages the rule must give, one per line.
type ruleCase struct {
	name string
	edit func(string) string
	want string
}

// runRuleTable runs one rule on each row's case file.
func runRuleTable(t *testing.T, rule string, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := baseYAML()
			if tt.edit != nil {
				y = tt.edit(y)
			}
			if got := messages(runRule(t, rule, parseCase(t, y), nil)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// courtWithRules loads N.D. Cal.'s court file with its rules replaced by
// rules (YAML, or JSON, which YAML reads too) from a directory of its own,
// and readies them.
func courtWithRules(t testing.TB, rules string) (*Rules, error) {
	t.Helper()
	ct, _ := court.Builtin().Lookup("cand")
	src := string(ct.Source)
	src = src[:strings.Index(src, "\nrules:")] + "\nrules: " + rules + "\n"
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cand.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := court.Load(dir)
	if err != nil {
		return nil, err
	}
	c, _ := set.Lookup("cand")
	return LoadRules(c)
}
