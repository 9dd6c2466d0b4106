package cases

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

var updateSchema = flag.Bool("update", false, "rewrite cases/schema.json and docs/case-file.md from the Go types")

// schemaURL is where the tests put the schema; nothing is fetched from it.
const schemaURL = "https://pleadgen.invalid/case-file.schema.json"

// compiledSchema compiles the generated schema, and the compiler, to
// compile its parts with.
func compiledSchema(t *testing.T) (*jsonschema.Schema, *jsonschema.Compiler) {
	t.Helper()
	data, err := Schema()
	if err != nil {
		t.Fatalf("Schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		t.Fatalf("the schema does not compile: %v", err)
	}
	return sch, c
}

// instance is a YAML value as a JSON Schema validator sees it: the JSON
// of yamlJSON, read back as JSON.
func instance(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("to JSON: %v", err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// yamlInstance is a YAML document's instance.
func yamlInstance(t *testing.T, data []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("YAML: %v", err)
	}
	return instance(t, yamlJSON(&doc))
}

// TestSchemaFiles is the drift test: the committed schema and key
// reference are what the Go types generate. With -update it rewrites
// them.
func TestSchemaFiles(t *testing.T) {
	if *updateSchema {
		if err := writeSchemaFiles("."); err != nil {
			t.Fatal(err)
		}
		return
	}
	files, err := schemaFiles(".")
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range files {
		got, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v (run go test ./cases -run TestSchemaFiles -update)", err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what the Go types generate: run go test ./cases -run TestSchemaFiles -update", path)
		}
	}
	if !bytes.Equal(SchemaJSON(), files["schema.json"]) {
		t.Errorf("the embedded schema is not what the Go types generate: run go test ./cases -run TestSchemaFiles -update")
	}
	if s, err := Schema(); err != nil || !bytes.Equal(s, files["schema.json"]) {
		t.Errorf("Schema() differs from the generated schema.json (err %v)", err)
	}
}

// TestSchemaAcceptsExamples checks that every example and every valid
// case file of testdata validates, as written and, for a filing that
// includes other files, as laid together with them. Of the files a
// filing includes, a shared case file validates as the part of a filing
// that names it; a people directory and a side's texts are no case files.
func TestSchemaAcceptsExamples(t *testing.T) {
	sch, _ := compiledSchema(t)
	var paths []string
	for _, pattern := range []string{"../examples/*.yaml", "../examples/*/*.yaml", "testdata/*.yaml"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	filings, shared := 0, 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		in := ReadBytes(path, data, Options{})
		if in.IsShared() {
			if !in.OnlyShared() || in.ownTop == nil || lookup(in.ownTop, "number") == nil {
				continue // a people directory or a side's texts
			}
			v := yamlInstance(t, data).(map[string]any)
			v["case"] = "(a filing names this file)"
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s, as a shared case file: %v", path, err)
			}
			shared++
			continue
		}
		if _, _, err := in.Decode(); err != nil {
			t.Logf("%s: not a valid case file, so not checked: %v", path, err)
			continue
		}
		filings++
		if err := sch.Validate(yamlInstance(t, data)); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		if len(in.Files) > 1 {
			if err := sch.Validate(instance(t, yamlJSON(in.root))); err != nil {
				t.Errorf("%s, laid together with %d files it includes: %v", path, len(in.Files)-1, err)
			}
		}
	}
	if filings < 8 || shared < 1 {
		t.Errorf("checked %d filings and %d shared case files; the examples have more", filings, shared)
	}
}

// schemaBase is a small valid case file that the tables below change.
const schemaBase = `number: 4:21-cv-02632
judge: {name: Donna M. Ryu, initials: DMR}
plaintiffs: [{name: ACLU of Northern California, id: aclu}]
defendants: [{name: ICE, id: ice}]
counsel:
  - name: Vasudha Talla
    bar: "123456"
    email: vtalla@aclunc.org
    for: plaintiffs
    files: true
  - name: Savith Iyengar
    bar: "654321"
    for: defendants
filing:
  type: joint-cmc-statement
  date: 2021-07-14
  conference: {date: 2021-07-21, time: "1:30 P.M."}
  topics:
    facts: The facts.
`

// schemaEdit returns schemaBase with each old text replaced by the new
// text after it.
func schemaEdit(t *testing.T, oldNew ...string) string {
	t.Helper()
	s := schemaBase
	for i := 0; i+1 < len(oldNew); i += 2 {
		if !strings.Contains(s, oldNew[i]) {
			t.Fatalf("schemaEdit: no %q", oldNew[i])
		}
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	return s
}

// The files a shared case file's tests include.
const (
	schemaSharedCase = `number: 4:21-cv-02632
judge: {name: Donna M. Ryu, initials: DMR}
plaintiffs: [{name: ACLU of Northern California, id: aclu}]
defendants: [{name: ICE, id: ice}]
counsel:
  - ref: talla
    for: plaintiffs
    files: true
  - name: Savith Iyengar
    bar: "654321"
    for: defendants
filing:
  conference: {time: "1:30 P.M."}
`
	schemaSharedPeople = `talla:
  name: Vasudha Talla
  bar: "123456"
  address: [39 Drumm Street]
`
	schemaStipulation = `  type: stipulation
  date: 2021-07-14
  recitals: [the parties met;]
  terms: [The conference is continued.]
`
	schemaDeclaration = `  type: declaration
  date: 2021-07-14
  declarant: Vasudha Talla
  in_support_of: the Stipulation
  paragraphs: [I am counsel for Plaintiff.]
  executed_at: San Francisco, California
`
)

// schemaCase is a case file for the agreement tests: the filing, and the
// files it includes, by name.
type schemaCase struct {
	name   string
	filing string
	want   string // in Parse's errors, when it rejects the file
}

// checkAgreement checks that Parse and the schema both accept a case
// file, or both reject it. The filing is laid beside a shared case file
// and a people directory, which it may include.
func checkAgreement(t *testing.T, sch *jsonschema.Schema, tc schemaCase, accept bool) {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{"case.yaml": schemaSharedCase, "people.yaml": schemaSharedPeople, "filing.yaml": tc.filing} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, _, perr := Load(filepath.Join(dir, "filing.yaml"))
	serr := sch.Validate(yamlInstance(t, []byte(tc.filing)))
	if accept {
		if perr != nil {
			t.Fatalf("Parse rejects the file: %v\n%s", perr, tc.filing)
		}
		if serr != nil {
			t.Errorf("Parse accepts the file, the schema rejects it: %v\n%s", serr, tc.filing)
		}
		return
	}
	if perr == nil {
		t.Fatalf("Parse accepts the file\n%s", tc.filing)
	}
	if !strings.Contains(perr.Error(), tc.want) {
		t.Fatalf("Parse rejects the file for another reason than %q: %v", tc.want, perr)
	}
	if serr == nil {
		t.Errorf("Parse rejects the file (%v), the schema accepts it\n%s", perr, tc.filing)
	}
}

// TestSchemaAgreesOnRejections checks that what Parse rejects for a
// value's type, an enumeration, a required key or a key of its own, the
// schema rejects too.
func TestSchemaAgreesOnRejections(t *testing.T) {
	sch, _ := compiledSchema(t)
	filing := "filing:\n  type: joint-cmc-statement\n  date: 2021-07-14\n"
	typed := func(kind string) string {
		return schemaEdit(t, "  type: joint-cmc-statement\n  date: 2021-07-14\n  conference: {date: 2021-07-21, time: \"1:30 P.M.\"}\n  topics:\n    facts: The facts.\n", kind)
	}
	tests := []schemaCase{
		{"judge a list", schemaEdit(t, "judge: {name: Donna M. Ryu, initials: DMR}", "judge: [Donna M. Ryu]"), "expected a mapping"},
		{"unknown filing type", schemaEdit(t, "type: joint-cmc-statement", "type: motion"), "unknown filing type"},
		{"no filing date", schemaEdit(t, "  date: 2021-07-14\n", ""), "filing.date: missing required field"},
		{"counsel without a name", schemaEdit(t, "  - name: Savith Iyengar\n", "  - firm: U.S. Attorney's Office\n"), "counsel[1].name: missing required field"},
		{"bad case number", schemaEdit(t, "number: 4:21-cv-02632", "number: 4:21-cv-2632"), "malformed case number"},
		{"case number with initials", schemaEdit(t, "number: 4:21-cv-02632", "number: 4:21-cv-02632-DMR"), "without the judge's initials"},
		{"office code the court lacks", schemaEdit(t, "number: 4:21-cv-02632", "number: 2:21-cv-02632"), "unknown office code"},
		{"case type the court lacks", schemaEdit(t, "number: 4:21-cv-02632", "number: 4:21-xx-02632"), "unknown case type"},
		{"unknown division", schemaEdit(t, "number:", "division: Fresno\nnumber:"), "unknown division"},
		{"signature style fancy", schemaEdit(t, "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  signature_style: fancy\n"), "unknown signature style"},
		{"signature dates sometimes", schemaEdit(t, "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  signature_dates: sometimes\n"), "unknown place of the dates"},
		{"numbering greek", schemaEdit(t, "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  numbering: greek\n"), "unknown numbering"},
		{"a topic a list", schemaEdit(t, "facts: The facts.", "facts: [The facts.]"), "expected a string or a mapping"},
		{"a topic with no text", schemaEdit(t, "facts: The facts.", "facts:"), "topic has no text"},
		{"a topic with only a heading", schemaEdit(t, "facts: The facts.", "facts: {heading: Facts}"), "topic has no text"},
		{"unknown topic", schemaEdit(t, "facts: The facts.", "fact: The facts."), "unknown topic"},
		{"unknown key of a topic", schemaEdit(t, "facts: The facts.", "facts: {Plaintiffs: The facts.}"), "unknown key"},
		{"unknown key at the top", schemaBase + "colour: blue\n", "unknown key \"colour\""},
		{"unknown key of filing", schemaBase + "  colour: blue\n", "unknown key \"colour\""},
		{"merge key", schemaEdit(t, "plaintiffs: [{", "plaintiffs: [&p {", "defendants: [{", "defendants: [{<<: *p, "), "merge keys"},
		{"conference date not a date", schemaEdit(t, "date: 2021-07-21", "date: next week"), "YYYY-MM-DD"},
		{"impossible date", schemaEdit(t, "date: 2021-07-21", "date: 2021-04-31"), "impossible date"},
		{"no plaintiffs", schemaEdit(t, "plaintiffs: [{name: ACLU of Northern California, id: aclu}]\n", "", "for: plaintiffs", "for: defendants"), "plaintiffs: missing required field"},
		{"no parties in plaintiffs", schemaEdit(t, "plaintiffs: [{name: ACLU of Northern California, id: aclu}]", "plaintiffs: []", "for: plaintiffs", "for: defendants"), "plaintiffs: missing required field"},
		{"no judge's initials", schemaEdit(t, ", initials: DMR", ""), "judge.initials: missing required field"},
		{"lower-case initials", schemaEdit(t, "initials: DMR", "initials: dmr"), "initials must be 2 to 4 capital letters"},
		{"for an empty list", schemaEdit(t, "for: defendants", "for: []"), "empty sequence"},
		{"for a party named twice", schemaEdit(t, "for: defendants", "for: [ice, ice]"), "named twice"},
		{"for a reserved word", schemaEdit(t, "for: defendants", "for: joint"), "no party has the id"},
		{"party id reserved", schemaEdit(t, "id: ice", "id: joint", "for: defendants", "for: joint"), "is a key of its own"},
		{"party id malformed", schemaEdit(t, "id: ice", "id: ICE"), "is not an id"},
		{"unknown role", schemaEdit(t, "id: ice}", "id: ice, also: [counter-plaintiff]}"), "unknown role"},
		{"address of a party with counsel", schemaEdit(t, "id: ice}", "id: ice, phone: 555-0100}"), "belongs to a party that represents itself"},
		{"pro se and not appeared", schemaEdit(t, "id: ice}", "id: ice, pro_se: true, appeared: false}", "for: defendants", "for: plaintiffs"), "has not appeared"},
		{"bad email", schemaEdit(t, "email: vtalla@aclunc.org", "email: vtalla-at-aclunc.org"), "does not look like an email address"},
		{"two filers", schemaEdit(t, "    for: defendants\n", "    for: defendants\n    files: true\n"), "only one attorney files"},
		{"filer who does not sign", schemaEdit(t, "    files: true\n", "    files: true\n    signs: false\n"), "must sign it"},
		{"pro hac vice local counsel", schemaEdit(t, "    files: true\n", "    files: true\n    pro_hac_vice: true\n    local_counsel: true\n"), "local counsel is a member"},
		{"a one-line field with a line break", schemaEdit(t, "name: Donna M. Ryu", `name: "Donna M.\nRyu"`), "holds one line"},
		{"a conformed signature", schemaEdit(t, "name: ICE", "name: /s/ ICE"), "conformed signature"},
		{"a control character", schemaEdit(t, "name: ICE", `name: "I\aCE"`), "control character"},
		{"draft yes", schemaBase + "  draft: yes\n", "expected true or false"},
		{"widows 11", schemaBase + "  widows: 11\n", "want a number of lines from 0 to 10"},
		{"widows a fraction", schemaBase + "  widows: 2.5\n", "expected a whole number"},
		{"order and proposed_order", schemaBase + "  proposed_order: true\n  order: {choices: [A]}\n", "give order or proposed_order, not both"},
		{"unknown marker", schemaBase + "  order: {marker: \"<>\"}\n", "unknown marker"},
		{"a blank choice", schemaBase + "  order: {choices: [\" \"]}\n", "a choice needs text"},
		{"service by mail without served", schemaBase + "  service: {date: 2021-07-14, method: mail, signer: Vasudha Talla}\n", "names who was served"},
		{"service by ECF with served", schemaBase + "  service: {date: 2021-07-14, served: [Savith Iyengar], signer: Vasudha Talla}\n", "list who was served only with another method"},
		{"service without signer", schemaBase + "  service: {date: 2021-07-14}\n", "signer: missing required field"},
		{"due without by", schemaBase + "  due: {date: 2021-07-14}\n", "due.by: missing required field"},
		{"related case number with initials", schemaBase + "  caption: {related: [{number: 4:21-cv-03000-JST}]}\n", "without the judge's initials"},
		{"related case without number", schemaBase + "  caption: {related: [{initials: JST}]}\n", "number: missing required field"},
		{"statement without conference", schemaEdit(t, "  conference: {date: 2021-07-21, time: \"1:30 P.M.\"}\n", ""), "filing.conference: missing required field"},
		{"statement without conference time", schemaEdit(t, ", time: \"1:30 P.M.\"", ""), "conference.time: missing required field"},
		{"statement without topics", schemaEdit(t, "  topics:\n    facts: The facts.\n", ""), "filing.topics: missing required field"},
		{"cmc-statement without filed_by", schemaEdit(t, "type: joint-cmc-statement", "type: cmc-statement"), "names the side that files it"},
		{"filed_by on a joint statement", schemaBase + "  filed_by: plaintiffs\n", "filed_by names the side"},
		{"reason on a joint statement", schemaBase + "  reason: We could not agree.\n", "reason belongs to a cmc-statement"},
		{"supplemental without last_statement", schemaEdit(t, "type: joint-cmc-statement", "type: supplemental-cmc-statement"), "missing required field of a supplemental-cmc-statement"},
		{"topics in a stipulation", typed(schemaStipulation + "  topics: {facts: The facts.}\n"), "topics belong to a case management statement"},
		{"stipulation without terms", typed(strings.Replace(schemaStipulation, "  terms: [The conference is continued.]\n", "", 1)), "missing required field of a stipulation"},
		{"a table row short of cells", typed(schemaStipulation + "  dates: [[Conference, \"July 21, 2021\"]]\n"), "has a cell for each of its 3 columns"},
		{"changes_time a string", typed(schemaStipulation + "  changes_time: sure\n"), "expected true or false"},
		{"order of a stipulation", typed(schemaStipulation + "  proposed_order: true\n"), "does not end with a proposed order"},
		{"declaration without declarant", typed(strings.Replace(schemaDeclaration, "  declarant: Vasudha Talla\n", "", 1)), "missing required field of a declaration"},
		{"a key of another type", typed(schemaDeclaration + "  recitals: [the parties met;]\n"), "unknown key \"recitals\""},
		{"KEY+ without a shared case file", schemaEdit(t, "counsel:", "counsel+:"), "unknown key \"counsel+\""},
		{"KEY+ of a type key without a shared case file", typed(schemaStipulation + "  terms+: [The parties shall confer.]\n"), "duplicate key"},
		{"KEY and KEY+", "case: case.yaml\ncounsel:\n  - {name: A, bar: \"1\", for: plaintiffs, files: true}\ncounsel+:\n  - {name: B, bar: \"2\", for: defendants}\n" + filing + "  conference: {date: 2021-07-21}\n  topics: {facts: The facts.}\n", "duplicate key"},
		{"unknown key with a shared case file", "case: case.yaml\n" + filing + "  conference: {date: 2021-07-21}\n  topics: {facts: The facts.}\n  colour: blue\n", "unknown key \"colour\""},
		{"case not a path", "case: [case.yaml]\n" + filing, "names a file by its path"},
		{"ref entry without for", strings.Replace(schemaBase, "  - name: Vasudha Talla\n    bar: \"123456\"\n    email: vtalla@aclunc.org\n    for: plaintiffs\n", "  - ref: talla\n", 1), "for: missing required field"},
		{"unknown key of a ref entry", strings.Replace(schemaBase, "  - name: Vasudha Talla\n", "  - ref: talla\n    nickname: Vas\n", 1), "unknown key \"nickname\""},
		{"positions not a mapping", schemaBase + "  positions: [plaintiffs.yaml]\n", "expected a mapping of sides"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkAgreement(t, sch, tc, false) })
	}
}

// TestSchemaAgreesOnAcceptance checks that what Parse accepts at the
// edges of what the schema says, the schema accepts too.
func TestSchemaAgreesOnAcceptance(t *testing.T) {
	sch, _ := compiledSchema(t)
	filing := "filing:\n  type: joint-cmc-statement\n  date: 2021-07-14\n"
	typed := func(kind string) string {
		return schemaEdit(t, "  type: joint-cmc-statement\n  date: 2021-07-14\n  conference: {date: 2021-07-21, time: \"1:30 P.M.\"}\n  topics:\n    facts: The facts.\n", kind)
	}
	tests := []schemaCase{
		{name: "the base", filing: schemaBase},
		{name: "a bar number as a number", filing: schemaEdit(t, `bar: "123456"`, "bar: 123456")},
		{name: "a name as a block scalar", filing: schemaEdit(t, "  - name: Vasudha Talla\n", "  - name: |\n      Vasudha Talla\n")},
		{name: "court and division in any case", filing: schemaEdit(t, "number:", "court: cand\ndivision: oakland\nnumber:")},
		{name: "an empty court", filing: schemaEdit(t, "number:", "court: \"\"\nnumber:")},
		{name: "signature dates", filing: schemaBase + "  signature_dates: beside\n"},
		{name: "signature dates true", filing: schemaBase + "  signature_dates: true\n"},
		{name: "signature dates quoted", filing: schemaBase + "  signature_dates: \"false\"\n"},
		{name: "for a list of ids", filing: schemaEdit(t, "for: defendants", "for: [ice]")},
		{name: "for an id", filing: schemaEdit(t, "for: defendants", "for: ice")},
		{name: "a draft without a date", filing: schemaEdit(t, "  date: 2021-07-14\n", "  draft: true\n")},
		{name: "texts by party and group", filing: schemaEdit(t, "defendants: [{name: ICE, id: ice}]", "defendants: [{name: ICE, id: ice}, {name: CBP, id: cbp}]",
			"facts: The facts.", "facts:\n      heading: The Facts\n      aclu: Theirs.\n      ice, cbp: Ours.\n      joint: \"\"")},
		{name: "an empty topics mapping", filing: schemaEdit(t, "  topics:\n    facts: The facts.\n", "  topics: {}\n")},
		{name: "a number as a topic's text", filing: schemaEdit(t, "facts: The facts.", "facts: 42")},
		{name: "a pro se party", filing: schemaEdit(t, "defendants: [{name: ICE, id: ice}]", "defendants: [{name: Pat Doe, pro_se: true, address: [1 Main St], phone: 555-0100, email: pat@example.com}]",
			"  - name: Savith Iyengar\n    bar: \"654321\"\n    for: defendants\n", "")},
		{name: "a party not appeared", filing: schemaEdit(t, "defendants: [{name: ICE, id: ice}]", "defendants: [{name: ICE, appeared: false}]",
			"  - name: Savith Iyengar\n    bar: \"654321\"\n    for: defendants\n", "")},
		{name: "service by ECF", filing: schemaBase + "  service: {date: 2021-07-14, signer: Vasudha Talla, served: []}\n"},
		{name: "service in words of its own", filing: schemaBase + "  service: {date: 2021-07-14, method: by fax to, signer: Vasudha Talla, served: [\"Savith Iyengar\\n450 Golden Gate Avenue\"]}\n"},
		{name: "an order with choices", filing: schemaBase + "  order: {heading: ORDER, text: So ordered., choices: [A, B], marker: \"☐\", new_page: true}\n"},
		{name: "layout", filing: schemaBase + "  footnotes: single\n  quotations: double\n  widows: 0\n  body_on_new_page: true\n  signature_spacing: single\n  counsel_block: both\n  numbering: roman\n"},
		{name: "related cases", filing: schemaBase + "  caption: {et_al: true, related: [{number: 4:21-cv-03000, initials: JST, label: Consolidated Case No.}]}\n"},
		{name: "a cmc-statement", filing: schemaEdit(t, "type: joint-cmc-statement", "type: cmc-statement\n  filed_by: plaintiffs\n  reason: They did not answer.")},
		{name: "a stipulation", filing: typed(schemaStipulation + "  dates: [[Conference, \"July 21, 2021\", \"August 4, 2021\"]]\n  changes_time: true\n")},
		{name: "a declaration", filing: typed(schemaDeclaration)},
		{name: "a filing over a shared case file", filing: "case: case.yaml\n" + filing + "  conference: {date: 2021-07-21}\n  topics: {facts: The facts.}\n"},
		{name: "KEY+ over a shared case file", filing: "case: case.yaml\ndefendants+: [{name: CBP, id: cbp}]\ncounsel+:\n  - {name: Julie Mao, bar: \"7\", for: cbp}\n" + filing + "  conference: {date: 2021-07-21}\n  topics: {facts: The facts.}\n"},
		{name: "KEY+ that has nothing to add to", filing: "case: case.yaml\nintervenors+: [{name: State of California}]\ncounsel+:\n  - {name: Julie Mao, bar: \"7\", for: intervenors}\n" + filing + "  conference: {date: 2021-07-21}\n  topics: {facts: The facts.}\n"},
		{name: "a type key's KEY+ over a shared case file", filing: "case: case.yaml\nfiling:\n  type: stipulation\n  date: 2021-07-14\n  recitals+: [the parties met;]\n  terms: [The conference is continued.]\n"},
		{name: "a ref entry with keys of its own", filing: strings.Replace(schemaBase, "  - name: Vasudha Talla\n    bar: \"123456\"\n", "  - ref: talla\n    address+: [\"San Francisco, CA 94111\"]\n    phone: 415-621-2493\n", 1)},
		{name: "people named", filing: "people: people.yaml\n" + schemaBase},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkAgreement(t, sch, tc, true) })
	}
}

// TestSchemaDescribesEveryKey checks that every property of the schema
// has a description, and that every example and default validates
// against the schema it stands in.
func TestSchemaDescribesEveryKey(t *testing.T) {
	_, c := compiledSchema(t)
	data, err := Schema()
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	plain := regexp.MustCompile(`^[A-Za-z0-9_$+-]+$`)
	checked := 0
	var walk func(v any, ptr []string)
	walk = func(v any, ptr []string) {
		switch v := v.(type) {
		case []any:
			for i, x := range v {
				walk(x, append(slices.Clip(ptr), strconv.Itoa(i)))
			}
		case map[string]any:
			if len(ptr) >= 2 && ptr[len(ptr)-2] == "properties" && definesValue(v) && !slices.Contains(ptr, "if") && !slices.Contains(ptr, "not") {
				if _, ok := v["description"]; !ok {
					t.Errorf("#/%s has no description", strings.Join(ptr, "/"))
				}
			}
			var values []any
			if ex, ok := v["examples"].([]any); ok {
				values = append(values, ex...)
			}
			if d, ok := v["default"]; ok {
				values = append(values, d)
			}
			if len(values) > 0 && allPlain(plain, ptr) {
				sch, err := c.Compile(schemaURL + "#/" + strings.Join(ptr, "/"))
				if err != nil {
					t.Fatalf("#/%s: %v", strings.Join(ptr, "/"), err)
				}
				for _, x := range values {
					checked++
					if err := sch.Validate(instance(t, x)); err != nil {
						t.Errorf("#/%s: example or default %v: %v", strings.Join(ptr, "/"), x, err)
					}
				}
			}
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(v[k], append(slices.Clip(ptr), k))
			}
		}
	}
	walk(doc, nil)
	if checked < 50 {
		t.Errorf("checked %d examples and defaults; the schema has more", checked)
	}
}

func allPlain(re *regexp.Regexp, ptr []string) bool {
	for _, p := range ptr {
		if !re.MatchString(p) {
			return false
		}
	}
	return true
}

// definesValue reports whether a property's schema says what its value
// is, rather than only adding a rule to a value said elsewhere.
func definesValue(v map[string]any) bool {
	for _, k := range []string{"$ref", "type", "enum", "anyOf", "oneOf"} {
		if _, ok := v[k]; ok {
			return true
		}
	}
	return false
}

// TestSchemaNeverStricterThanParse changes testdata/full.yaml, which has
// every key, one value or one key at a time, and checks that whatever Parse
// accepts of the results, the schema accepts too.
func TestSchemaNeverStricterThanParse(t *testing.T) {
	if testing.Short() {
		t.Skip("changes the files a few thousand times")
	}
	sch, _ := compiledSchema(t)
	values := []string{`""`, "x", "5", "true", "null", "[a]", "{a: b}", "2021-07-14", "plaintiffs", "above", "single", "DMR"}
	tried, accepted := 0, 0
	for _, path := range []string{"testdata/full.yaml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		try := func(change string) {
			out, err := yaml.Marshal(&doc)
			if err != nil {
				return
			}
			tried++
			if _, _, err := Parse(path, out); err != nil {
				return
			}
			accepted++
			if err := sch.Validate(yamlInstance(t, out)); err != nil {
				t.Errorf("%s with %s: Parse accepts it, the schema does not: %v", path, change, err)
			}
		}
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			switch n.Kind {
			case yaml.ScalarNode:
				saved := *n
				for _, v := range values {
					var r yaml.Node
					if err := yaml.Unmarshal([]byte("v: "+v), &r); err != nil {
						t.Fatal(err)
					}
					*n = *r.Content[0].Content[1]
					n.Line, n.Column = saved.Line, saved.Column
					try(fmt.Sprintf("%q (line %d) as %s", saved.Value, saved.Line, v))
				}
				*n = saved
			case yaml.MappingNode:
				for i := 0; i+1 < len(n.Content); i += 2 {
					saved := n.Content
					n.Content = slices.Delete(slices.Clone(saved), i, i+2)
					try(fmt.Sprintf("no %q (line %d)", saved[i].Value, saved[i].Line))
					n.Content = saved
				}
			}
			for _, c := range n.Content {
				walk(c)
			}
		}
		walk(&doc)
	}
	if accepted < 100 {
		t.Errorf("Parse accepted %d of %d changed files; the test changes too much", accepted, tried)
	}
	t.Logf("Parse accepted %d of %d changed files", accepted, tried)
}
