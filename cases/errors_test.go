package cases

import (
	"strings"
	"testing"
)

// base is a small valid case file; the table below breaks it in one place or
// several. Its lines, for reading the positions in the table:
//
//	 1 number: 4:21-cv-02632
//	 2 judge: {name: Donna M. Ryu, initials: DMR}
//	 3 plaintiffs: [{name: ACLU of Northern California}]
//	 4 defendants: [{name: ICE, appeared: false}]
//	 5 counsel:
//	 6   - name: Vasudha Talla
//	 7     bar: "123456"
//	 8     email: vtalla@aclunc.org
//	 9     for: plaintiffs
//	10     files: true
//	11 filing:
//	12   type: joint-cmc-statement
//	13   date: 2021-07-14
//	14   conference: {date: 2021-07-21, time: "1:30 P.M."}
//	15   topics:
//	16     facts: The facts.
const base = `number: 4:21-cv-02632
judge: {name: Donna M. Ryu, initials: DMR}
plaintiffs: [{name: ACLU of Northern California}]
defendants: [{name: ICE, appeared: false}]
counsel:
  - name: Vasudha Talla
    bar: "123456"
    email: vtalla@aclunc.org
    for: plaintiffs
    files: true
filing:
  type: joint-cmc-statement
  date: 2021-07-14
  conference: {date: 2021-07-21, time: "1:30 P.M."}
  topics:
    facts: The facts.
`

// edit returns base with each old text replaced by the new text after it.
func edit(oldNew ...string) string {
	s := base
	for i := 0; i+1 < len(oldNew); i += 2 {
		if !strings.Contains(s, oldNew[i]) {
			panic("edit: no " + oldNew[i])
		}
		s = strings.Replace(s, oldNew[i], oldNew[i+1], 1)
	}
	return s
}

// secondCounsel is a second attorney, appended to base's counsel.
const secondCounsel = `    files: true
  - name: Savith Iyengar
    bar: "654321"
    for: defendants
    files: true
`

// single makes base's statement one that plaintiffs file alone.
const single = "cmc-statement\n  filed_by: plaintiffs\n  reason: Defendants did not respond."

// related returns a caption with one related case, to put before base's
// topics key.
func related(number, initials string) string {
	return "  caption:\n    related:\n      - number: " + number + "\n        initials: " + initials + "\n  topics:"
}

// service returns a certificate of service with the signer part given, to
// put before base's topics key.
func service(signer string) string {
	return "  service: {date: 2021-07-14, method: by mail, served: [Jane Doe]" + signer + "}\n  topics:"
}

var brokenCases = []struct {
	name string
	in   string
	want []string
}{
	{"syntax error", edit("  date: 2021-07-14", "  date: [2021-07-14"),
		[]string{`case.yaml:13:9: the [ opened here is not closed with ] on its line`}},
	{"bad indentation", "number: 4:21-cv-02632\njudge:\n  name: Donna M. Ryu\n initials: DMR\n",
		[]string{`case.yaml:4:2: this line's indentation (1 space) matches no level above it: indent it as the keys beside it`}},
	{"unknown key", edit("    email:", "    emial:"),
		[]string{`case.yaml:8:5: counsel[0].emial: unknown key "emial" (did you mean "email"?)`}},
	{"unknown key far from any", edit("DMR}", "DMR, court: cand}"),
		[]string{`case.yaml:2:44: judge.court: unknown key "court" (known keys: name, initials, department, magistrate, title)`}},
	{"unknown topic", edit("    facts:", "    factz:"),
		[]string{`case.yaml:16:5: filing.topics.factz: unknown topic "factz" (did you mean "facts"?)`}},
	{"mapping for a string", edit("{name: ICE,", "{name: {short: ICE},"),
		[]string{`case.yaml:4:21: defendants[0].name: expected a string, got a mapping`}},
	{"sequence for a struct", edit("judge: {name: Donna M. Ryu, initials: DMR}", "judge: [Donna M. Ryu, DMR]"),
		[]string{`case.yaml:2:8: judge: expected a mapping, got a sequence`}},
	{"null for a string", edit("Vasudha Talla", ""),
		[]string{`case.yaml:6:10: counsel[0].name: expected a string, got null`}},
	{"missing required fields", edit("    for: plaintiffs\n", "", `, time: "1:30 P.M."`, ""),
		[]string{
			`case.yaml:6:5: counsel[0].for: missing required field`,
			`case.yaml:13:15: filing.conference.time: missing required field`,
		}},
	{"empty required field", edit("{name: ICE,", `{name: "",`),
		[]string{`case.yaml:4:21: defendants[0].name: missing required field`}},
	{"no defendants", edit("[{name: ICE, appeared: false}]", "[]"),
		[]string{`case.yaml:4:13: defendants: missing required field`}},
	{"impossible date", edit("2021-07-14", "2021-02-30"),
		[]string{`case.yaml:13:9: filing.date: impossible date "2021-02-30"`}},
	{"date in the wrong form", edit("date: 2021-07-21", "date: July 21"),
		[]string{`case.yaml:14:22: filing.conference.date: date must be written as YYYY-MM-DD, got "July 21"`}},
	{"malformed case number", edit("4:21-cv-02632", "4:21-cv-2632"),
		[]string{`case.yaml:1:9: number: malformed case number "4:21-cv-2632" (want e.g. 4:21-cv-02632)`}},
	{"case number with initials", edit("4:21-cv-02632", "4:21-cv-02632-DMR"),
		[]string{`case.yaml:1:9: number: write the case number without the judge's initials (put them in judge.initials)`}},
	{"bad office code", edit("4:21-cv-02632", "2:21-cv-02632"),
		[]string{`case.yaml:1:9: number: unknown office code 2 in case number "2:21-cv-02632" (N.D. Cal. uses 1 Eureka–McKinleyville, 3 San Francisco, 4 Oakland, 5 San Jose)`}},
	{"bad case type", edit("4:21-cv-02632", "4:21-xx-02632"),
		[]string{`case.yaml:1:9: number: unknown case type "xx" in case number "4:21-xx-02632" (want cv, cr, mc, mj, md)`}},
	{"duplicate key", edit("    for:", "    bar: \"654321\"\n    for:"),
		[]string{`case.yaml:9:5: counsel[0].bar: duplicate key "bar"`}},
	{"bad side", edit("for: plaintiffs", "for: plaintiff"),
		[]string{`case.yaml:9:10: counsel[0].for: no party has the id "plaintiff" (did you mean "plaintiffs"?)`}},
	{"no filer", edit("    files: true\n", ""),
		[]string{`case.yaml:6:3: counsel: no attorney files the document (set files: true on one)`}},
	{"two filers", edit("    files: true\n", secondCounsel, ", appeared: false", ""),
		[]string{`case.yaml:14:12: counsel[1].files: only one attorney files the document, and counsel[0] already does`}},
	{"filer does not sign", edit("    files: true", "    files: true\n    signs: false"),
		[]string{`case.yaml:11:12: counsel[0].signs: the attorney who files the document must sign it`}},
	{"not a boolean", edit("files: true", "files: yes"),
		[]string{`case.yaml:10:12: counsel[0].files: expected true or false, got "yes"`}},
	{"empty file", "", []string{`case.yaml:1:1: case file is empty`}},
	{"only comments", "# nothing yet\n", []string{`case.yaml:1:1: case file is empty`}},
	{"not a mapping", "- number: 4:21-cv-02632\n",
		[]string{`case.yaml:1:1: a case file is a mapping of keys (court, number, judge, …), got a sequence`}},
	{"two documents", base + "---\nnumber: 4:21-cv-02633\n",
		[]string{`case.yaml:17:1: a case file holds one YAML document; found a second one`}},
	{"bad email", edit("vtalla@aclunc.org", "vtalla.aclunc.org"),
		[]string{`case.yaml:8:12: counsel[0].email: "vtalla.aclunc.org" does not look like an email address`}},
	{"topic without text", edit("facts: The facts.", "facts: {heading: The Facts}"),
		[]string{`case.yaml:16:5: filing.topics.facts: topic has no text (give joint, a side such as plaintiffs, or a party's id)`}},
	{"topic with a null text", edit("facts: The facts.", "facts:"),
		[]string{`case.yaml:16:5: filing.topics.facts: topic has no text (give joint, a side such as plaintiffs, or a party's id)`}},
	{"topic with an unknown side", edit("facts: The facts.", "facts: {plaintifs: The facts.}"),
		[]string{`case.yaml:16:13: filing.topics.facts.plaintifs: unknown key "plaintifs" (did you mean "plaintiffs"?)`}},
	{"bad judge initials", edit("initials: DMR", "initials: dmr"),
		[]string{`case.yaml:2:39: judge.initials: initials must be 2 to 4 capital letters, got "dmr"`}},
	{"bad referral", edit("plaintiffs:", "referral: Kandis Westmore\nplaintiffs:"),
		[]string{`case.yaml:3:11: referral: initials must be 2 to 4 capital letters, got "Kandis Westmore"`}},
	{"unknown court", "court: cadc\n" + base,
		[]string{`case.yaml:1:8: court: unknown court "cadc" (known courts: cand, azd, ca-superior, cacd, caed, casd)`}},
	{"unknown division", "division: Los Angeles\n" + base,
		[]string{`case.yaml:1:11: division: unknown division "Los Angeles" (known divisions: Eureka, San Francisco, Oakland, San Jose)`}},
	{"unknown filing type", edit("joint-cmc-statement", "joint-statement"),
		[]string{`case.yaml:12:9: filing.type: unknown filing type "joint-statement" (known filing types: cmc-statement, declaration, joint-cmc-statement, joint-rule-26f-report, joint-status-report, pleading, stipulation, supplemental-cmc-statement)`}},
	{"control character", edit("The facts.", "The\x07facts."),
		[]string{`case.yaml:16:15: control character U+0007 is not allowed`}},
	{"unknown anchor", edit("{name: ICE, appeared: false}", "*ice"),
		[]string{`case.yaml:4:14: unknown anchor 'ice' referenced`}},
	{"merge key", edit("{name: ICE, appeared: false}", "{<<: {name: ICE}, appeared: false}"),
		[]string{
			`case.yaml:4:14: defendants[0].name: missing required field`,
			`case.yaml:4:15: defendants[0]: merge keys (<<) are not supported: write the keys out`,
		}},
	{"unknown numbering", edit("  topics:", "  numbering: greek\n  topics:"),
		[]string{`case.yaml:15:14: filing.numbering: unknown numbering "greek" (want arabic or roman)`}},
	{"unknown footnote spacing", edit("  topics:", "  footnotes: triple\n  topics:"),
		[]string{`case.yaml:15:14: filing.footnotes: unknown spacing "triple" (want single or double)`}},
	{"boolean quotation spacing", edit("  topics:", "  quotations: true\n  topics:"),
		[]string{`case.yaml:15:15: filing.quotations: expected single or double, got a boolean`}},
	{"widows not a number", edit("  topics:", "  widows: two\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: expected a whole number, got "two"`}},
	{"too many widows", edit("  topics:", "  widows: 12\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: want a number of lines from 0 to 10, got 12`}},
	{"negative widows", edit("  topics:", "  widows: -1\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: want a number of lines from 0 to 10, got -1`}},
	{"fractional widows", edit("  topics:", "  widows: 2.5\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: expected a whole number, got "2.5"`}},
	{"quoted widows", edit("  topics:", "  widows: \"2\"\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: expected a whole number, got "2"`}},
	{"widows tagged as a number", edit("  topics:", "  widows: !!int abc\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: expected a whole number, got "abc"`}},
	{"huge widows", edit("  topics:", "  widows: 99999999999999999999\n  topics:"),
		[]string{`case.yaml:15:11: filing.widows: number 99999999999999999999 is too large`}},
	{"unknown counsel block", edit("  topics:", "  counsel_block: all\n  topics:"),
		[]string{`case.yaml:15:18: filing.counsel_block: unknown counsel block "all" (want filer or both)`}},
	{"et al. not a boolean", edit("  topics:", "  caption: {et_al: yes}\n  topics:"),
		[]string{`case.yaml:15:20: filing.caption.et_al: expected true or false, got "yes"`}},
	{"malformed related number", edit("  topics:", related("4:21-cv-3000", "JST")),
		[]string{`case.yaml:17:17: filing.caption.related[0].number: malformed case number "4:21-cv-3000" (want e.g. 4:21-cv-02632)`}},
	{"related number with initials", edit("  topics:", related("4:21-cv-03000-JST", "JST")),
		[]string{`case.yaml:17:17: filing.caption.related[0].number: write the case number without the judge's initials (put them in filing.caption.related[0].initials)`}},
	{"bad related initials", edit("  topics:", related("4:21-cv-03000", "jst")),
		[]string{`case.yaml:18:19: filing.caption.related[0].initials: initials must be 2 to 4 capital letters, got "jst"`}},
	{"related to itself", edit("  topics:", related("4:21-cv-02632", "DMR")),
		[]string{`case.yaml:17:17: filing.caption.related[0].number: 4:21-cv-02632 is this case's own number`}},
	{"related case twice", edit("  topics:", strings.Replace(related("4:21-cv-03000", "JST"), "  topics:", "      - number: 4:21-cv-03000\n  topics:", 1)),
		[]string{`case.yaml:19:17: filing.caption.related[1].number: 4:21-cv-03000 is already listed at filing.caption.related[0]`}},
	{"related case without a number", edit("  topics:", "  caption: {related: [{label: Consolidated with}]}\n  topics:"),
		[]string{`case.yaml:15:23: filing.caption.related[0].number: missing required field`}},
	{"pro hac vice local counsel", edit("    files: true", "    files: true\n    pro_hac_vice: true\n    local_counsel: true"),
		[]string{`case.yaml:12:20: counsel[0].local_counsel: local counsel is a member of this Court's bar, not admitted pro hac vice`}},
	{"single-party statement without side or reason", edit("joint-cmc-statement", "cmc-statement"),
		[]string{
			`case.yaml:12:3: filing.filed_by: missing required field: a cmc-statement names the side that files it (plaintiffs or defendants)`,
		}},
	{"single-party statement with the other side's statement", edit("joint-cmc-statement", single,
		"facts: The facts.", "facts: {plaintiffs: Ours., defendants: Theirs.}", "ICE, appeared: false}", "ICE, pro_se: true}"),
		[]string{`case.yaml:18:44: filing.topics.facts.defendants: a cmc-statement filed by plaintiffs holds no statement of ICE, who is not one of them (give joint, plaintiffs or their ids)`}},
	{"a side's statement when none of it appeared", edit("facts: The facts.", "facts: {plaintiffs: Ours., defendants: Theirs.}"),
		[]string{`case.yaml:16:44: filing.topics.facts.defendants: no defendants have appeared (appeared: false), so none states a position`}},
	{"single-party statement filed by the other side", edit("joint-cmc-statement", strings.Replace(single, "plaintiffs", "defendants", 1)),
		[]string{`case.yaml:13:13: filing.filed_by: the statement is filed by defendants, but the attorney who files it, counsel[0], is counsel for plaintiffs`}},
	{"single-party statement with an unknown side", edit("joint-cmc-statement", strings.Replace(single, "plaintiffs", "both", 1)),
		[]string{`case.yaml:13:13: filing.filed_by: unknown side "both" (want plaintiffs, defendants, third_party_defendants or intervenors)`}},
	{"joint statement with a side and a reason", edit("joint-cmc-statement", "joint-cmc-statement\n  filed_by: plaintiffs\n  reason: Why."),
		[]string{
			`case.yaml:13:13: filing.filed_by: filed_by names the side that signs a paper one side files; a joint-cmc-statement is signed by every side`,
			`case.yaml:14:11: filing.reason: reason belongs to a cmc-statement, which one side files alone, not to a joint-cmc-statement`,
		}},
	{"order twice", edit("  topics:", "  proposed_order: true\n  order: {choices: [Plaintiffs' schedule]}\n  topics:"),
		[]string{`case.yaml:16:10: filing.order: give order or proposed_order, not both (order proposes the order by itself)`}},
	{"blank order choice", edit("  topics:", "  order: {choices: [Plaintiffs' schedule, \"\"]}\n  topics:"),
		[]string{`case.yaml:15:43: filing.order.choices[1]: a choice needs text`}},
	{"order choices as a string", edit("  topics:", "  order: {choices: Plaintiffs' schedule}\n  topics:"),
		[]string{`case.yaml:15:20: filing.order.choices: expected a sequence, got a string`}},
	{"service without a signer", edit("  topics:", service("")),
		[]string{`case.yaml:15:12: filing.service.signer: missing required field`}},
	{"service signed by a near miss", edit("  topics:", service(", signer: Vasudha Tala")),
		[]string{`case.yaml:15:76: filing.service.signer: "Vasudha Tala" names none of the counsel (did you mean "Vasudha Talla"?)`}},
	{"service signed by a stranger", edit("  topics:", service(", signer: Jane Doe")),
		[]string{`case.yaml:15:76: filing.service.signer: "Jane Doe" names none of the counsel (counsel: Vasudha Talla)`}},
	{"service on nobody", edit("  topics:", "  service: {date: 2021-07-14, method: by mail, served: [], signer: Vasudha Talla}\n  topics:"),
		[]string{`case.yaml:15:56: filing.service.served: missing required field: service by mail names who was served, one entry each (only method: ecf needs no list)`}},
	{"service on a blank entry", edit("  topics:", "  service: {date: 2021-07-14, method: by mail, served: [\" \"], signer: Vasudha Talla}\n  topics:"),
		[]string{`case.yaml:15:57: filing.service.served[0]: an entry needs the name or address of who was served`}},
	{"many problems at once", edit(
		"4:21-cv-02632", "4:21-cv-02632-DMR",
		"    email:", "    emial:",
		"2021-07-14", "2021-02-30",
		"facts:", "factz:"),
		[]string{
			`case.yaml:1:9: number: write the case number without the judge's initials (put them in judge.initials)`,
			`case.yaml:8:5: counsel[0].emial: unknown key "emial" (did you mean "email"?)`,
			`case.yaml:13:9: filing.date: impossible date "2021-02-30"`,
			`case.yaml:16:5: filing.topics.factz: unknown topic "factz" (did you mean "facts"?)`,
		}},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range brokenCases {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := Parse("case.yaml", []byte(tc.in))
			if c != nil {
				t.Errorf("got a case, want none")
			}
			errs, ok := err.(Errors)
			if !ok {
				t.Fatalf("error = %v (%T), want Errors", err, err)
			}
			got := strings.Split(errs.Error(), "\n")
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestParseBase(t *testing.T) {
	c, warns, err := Parse("case.yaml", []byte(base))
	if err != nil || len(warns) != 0 {
		t.Fatalf("base: %v, warnings %v", err, warns)
	}
	if c.Division != "Oakland" || c.Court != "cand" {
		t.Errorf("defaults: court %q, division %q", c.Court, c.Division)
	}
}
