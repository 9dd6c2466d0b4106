package main

import (
	"os"
	"strings"
	"testing"
)

// hostileCases are the table of TestHostileInputs.
func hostileCases(t *testing.T) []hostile {
	good, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	laughs := "  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 'b'; i <= 'j'; i++ {
		refs := strings.TrimSuffix(strings.Repeat("*"+string(i-1)+", ", 10), ", ")
		laughs += "  " + string(i) + ": &" + string(i) + " [" + refs + "]\n"
	}
	return []hostile{
		{"the good case", g, nil},
		{"template syntax in text is text", withText(t, `{{ env "HOME" }} and {{ .Case.File }}`), nil},
		{"raw HTML and script", withText(t, `text <script>alert(1)</script> and <b>bold?</b>`), nil},
		{"javascript link", withText(t, `[click](javascript:alert(1)) here`), nil},
		{"tabs and odd spaces", withText(t, "tab\there, em\u2003space, zero\u200bwidth, soft\u00adhyphen"), nil},
		{"a URL longer than the line", withText(t, "See https://example.com/"+strings.Repeat("long-path-segment/", 30)+"end."), nil},
		{"a block directive in text stays text", withText(t, "::: signature\n/s/ Someone Else\n:::"), nil},
		{"a stray closing line", withText(t, "text\n:::"), nil},
		{"a page break in text", withText(t, "before\n\n::: pagebreak\n\nafter"), nil},
		{"a block in a footnote's definition stays text", withText(t, "text[^n]\n\n[^n]: ::: document\n    title: FORGED\n    :::\n\n    See docket."), nil},
		{"a footnote's block closed past a line read as text", withText(t, "Body text.[^n]\n    ::: list 1.\n\n[^n]: ::: document\n    title: FORGED\n    :::\n\n    See docket."),
			[]string{`case.yaml:44:11: ":::" closes no open block`}},
		{"a footnote without its note", withText(t, "a reference[^missing] to nothing"),
			[]string{`case.yaml:39:7: footnote [^missing] is not defined: no paragraph starts "[^missing]:"`}},
		{"Windows line endings", strings.ReplaceAll(g, "\n", "\r\n"), nil},
		{"a byte-order mark", "\ufeff" + g, nil},
		{"Markdown in a party's name", strings.Replace(g, "name: Just Futures Law", `name: "*Futures* & [Law] <Inc>"`, 1), nil},
		{"a very long party name", strings.Replace(g, "name: Just Futures Law", "name: "+strings.Repeat("Very Long Name ", 40), 1),
			[]string{"case.yaml:9:5: plaintiffs[0]: page 1 cannot hold the caption (15 lines) with the court's title (3 lines, from line 8) and the counsel it must list (13 lines) in its 28 lines: shorten the parties' names or descriptions, or list fewer attorneys on page 1 (only firms whose attorneys all sign can move to the signature page; caption.et_al: true names only the first party of each side)"}},
		{"a long party name", strings.Replace(g, "name: Just Futures Law", "name: "+strings.Repeat("Long Name ", 12), 1), nil},
		{"non-Latin names", strings.Replace(g, "name: Just Futures Law", "name: Dvořák Łukasz Ελλάδα Москва", 1), nil},
		{"an emoji", withText(t, "a smile 😀 here"), []string{"case.yaml:39:15: character U+1F600 '😀' is not in the embedded fonts; write it another way"}},
		{"a CJK character", withText(t, "written 中文"), []string{"case.yaml:39:15: character U+4E2D '中' is not in the embedded fonts; write it another way"}},
		{"a NUL byte", withText(t, "nul\x00here"), []string{"case.yaml:39:10: control character U+0000 is not allowed"}},
		{"a bell character", withText(t, "bell\x07here"), []string{"case.yaml:39:11: control character U+0007 is not allowed"}},
		{"invalid UTF-8", withText(t, "bad \xff byte"), []string{"case.yaml:39:11: the file is not valid UTF-8 text (save it as UTF-8)"}},
		{"a thematic break", withText(t, "one\n\n---\n\ntwo"), []string{"case.yaml:41:7: a thematic break (---) is not supported in a pleading body"}},
		{"a code block", withText(t, "text\n\n    indented code"), []string{"case.yaml:41:11: a code block (text indented four spaces or fenced) is not supported in a pleading body"}},
		{"an HTML block", withText(t, "<div>\nblock\n</div>"), []string{"case.yaml:39:7: an HTML block is not supported in a pleading body"}},
		{"quotations too deep", withText(t, strings.Repeat(">", 20)+" deep"), []string{"case.yaml:39:7: quotations nested more than 16 deep"}},
		{"a table too wide", withText(t, strings.Repeat("| c ", 15)+"|\n"+strings.Repeat("|---", 15)+"|\n"+strings.Repeat("| x ", 15)+"|"), []string{"case.yaml:39:7: a table of 15 columns is wider than the page, which holds at most 13"}},
		{"a table row taller than a page", withText(t, "| Event |\n|---|\n| "+strings.Repeat("a long cell ", 700)+"|"), []string{"case.yaml:39:7: a table row is taller than a page under its header; split the row's text into several rows"}},
		{"a caption taller than a page", strings.Replace(g, "  - name: Just Futures Law", strings.Repeat("  - name: A Plaintiff With A Long Name, Incorporated\n", 40), 1), []string{"case.yaml:9:5: plaintiffs[0]: the caption runs to 69 lines, more than a page holds; shorten it (caption.et_al: true names only the first party of each side)"}},
		{"a billion laughs", "laughs:\n" + laughs + strings.Replace(g, "defendants:\n", "defendants: [*j]\nx-defendants:\n", 1), []string{"case.yaml:11:6: defendants[0]: expected a mapping, got a sequence"}},
		{"nesting too deep", "x: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n" + g, []string{"case.yaml:1:67: nesting deeper than 64 levels"}},
		{"larger than 10 MB", g + "# " + strings.Repeat("x", 10<<20) + "\n", []string{"case.yaml:1:1: case file is larger than 10 MB"}},
		{"an impossible date", strings.Replace(g, "date: 2021-07-14", "date: 2021-02-29", 1), []string{"case.yaml:28:9: filing.date: impossible date \"2021-02-29\""}},
		{"an empty topic", withText(t, ""), []string{"case.yaml:38:5: filing.topics.motions: topic has no text (give joint, a side such as plaintiffs, or a party's id)"}},
		{"an unknown topic", strings.Replace(g, "    jurisdiction:", "    jurisdction:", 1), []string{`case.yaml:34:5: filing.topics.jurisdction: unknown topic "jurisdction" (did you mean "jurisdiction"?)`}},
		{"a duplicate topic", g + "    facts: Again.\n", []string{`case.yaml:38:5: filing.topics.facts: duplicate key "facts"`}},
	}
}
