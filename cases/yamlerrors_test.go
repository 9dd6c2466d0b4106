package cases

import (
	"strings"
	"testing"
)

// yamlBase is a small valid case file the mistakes are made in.
const yamlBase = `number: 4:21-cv-02632
judge:
  name: Donna M. Ryu
  initials: DMR
plaintiffs:
  - name: Just Futures Law
defendants:
  - name: DHS
counsel:
  - name: Vasudha Talla
    for: plaintiffs
    files: true
filing:
  type: joint-cmc-statement
  date: 2021-07-14
  conference:
    date: 2021-07-21
    time: "1:30 P.M."
    place: Oakland
  topics:
    jurisdiction: |
      All parties have been served.
    facts: The facts.
`

// Mistakes people make in YAML are reported at the line that holds the
// mistake, in words that say how to write it, not where the parser gave
// up.
func TestYAMLMistakes(t *testing.T) {
	lines := strings.Split(yamlBase, "\n")
	with := func(edits map[int]string, inserts ...string) string {
		out := append([]string(nil), lines...)
		for n, l := range edits {
			out[n-1] = l
		}
		if len(inserts) == 2 {
			var at int
			for i, l := range out {
				if l == inserts[0] {
					at = i + 1
				}
			}
			out = append(out[:at], append([]string{inserts[1]}, out[at:]...)...)
		}
		return strings.Join(out, "\n")
	}
	tests := []struct {
		name, data, want string
	}{
		{"a key indented too far", with(map[int]string{4: "    initials: DMR"}),
			`4:5: this line is indented more than "name" on line 3, which has its value already: indent it as far as "name" (2 spaces), or move that value under it`},
		{"a key indented too little", with(map[int]string{4: " initials: DMR"}),
			"4:2: this line's indentation (1 space) matches no level above it: indent it as the keys beside it"},
		{"a tab", with(map[int]string{4: "\tinitials: DMR"}), "4:1: a tab indents this line: YAML is indented with spaces only"},
		{"a tab after spaces", with(map[int]string{11: "  \t for: plaintiffs"}), "11:3: a tab indents this line: YAML is indented with spaces only"},
		{"a tab before a block's first key", with(map[int]string{3: "\tname: Donna M. Ryu"}), "3:1: a tab indents this line: YAML is indented with spaces only"},
		{"a tab before a sequence's first item", with(map[int]string{6: "\t- name: Just Futures Law"}), "6:1: a tab indents this line: YAML is indented with spaces only"},
		{"a tab after a sequence's dash", with(map[int]string{6: "  -\tname: Just Futures Law"}), "6:4: a tab indents this line: YAML is indented with spaces only"},
		{"a colon in text", with(map[int]string{19: "    place: Oakland: Courtroom 4"}),
			`19:19: a value cannot hold ": " unquoted: write it in quotes, place: "Oakland: Courtroom 4"`},
		{"an unclosed double quote", with(map[int]string{18: `    time: "1:30 P.M.`}),
			`18:11: the quote " opened here is not closed on this line: end the text with "`},
		{"an unclosed single quote", with(map[int]string{18: `    time: '1:30 P.M.`}),
			`18:11: the quote ' opened here is not closed on this line: end the text with '`},
		{"a dash without a space", with(map[int]string{6: "  -name: Just Futures Law"}),
			`6:3: plaintiffs: expected a sequence, got a mapping (a list item needs a space after its dash: "- name")`},
		{"a list item among keys", with(nil, "  name: Donna M. Ryu", "  - extra"),
			"4:3: a list item among the keys of line 3's mapping: give it a key, or move it under a key"},
		{"an unclosed [", with(map[int]string{6: "  - name: [Just Futures Law"}), "6:11: the [ opened here is not closed with ] on its line"},
		{"an unclosed {", with(map[int]string{2: "judge: {name: Donna M. Ryu, initials: DMR"}), "2:8: the { opened here is not closed with } on its line"},
		{"block text indented as its key", with(map[int]string{22: "    All parties have been served."}),
			"22:5: this line is in the text that line 21 opens (|), so it is indented more than that line's key: 5 spaces or more"},
		{"a value starting with @", with(map[int]string{23: "    facts: @the facts"}), `23:12: a value cannot start with '@' unquoted: write it in quotes`},
		{"a value starting with a backtick", with(map[int]string{23: "    facts: `the facts`"}), "23:12: a value cannot start with '`' unquoted: write it in quotes"},
		{"a key without its colon", with(map[int]string{11: "    for plaintiffs"}), `11:5: this line has no ": " after its key: write for: plaintiffs`},
		{"a key at a list's indentation", with(map[int]string{7: "  defendants:"}),
			`7:3: a key at the indentation of the list items above (line 6), without "- ": start it with "- " to make it an item, or indent it as the list's key`},
		{"a key under a value", with(nil, "  name: Donna M. Ryu", "    extra: 1"),
			`4:5: this line is indented more than "name" on line 3, which has its value already: indent it as far as "name" (2 spaces), or move that value under it`},
	}
	if len(tests) < 15 {
		t.Fatal("fewer than 15 mistakes")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Parse("case.yaml", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			first := strings.SplitN(err.Error(), "\n", 2)[0]
			if first != "case.yaml:"+tt.want {
				t.Errorf("first error:\n%s\nwant:\ncase.yaml:%s", first, tt.want)
			}
		})
	}
}
