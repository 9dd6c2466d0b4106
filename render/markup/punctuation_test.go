package markup

import "testing"

func TestPunctuation(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dashes, ellipses and angle quotes", "A -- B --- C ---- D ... E .... F << G >> H < I > J",
			`P@1 "A – B — C —- D … E …. F « G » H < I > J"{0}` + "\n"},
		{"quotes", `"Double" and 'single' quotes; "'nested'" ones.`,
			`P@1 "“Double” and ‘single’ quotes; “’nested’” ones."{0}` + "\n"},
		{"apostrophes", "It's, don't, O'Brien, rock 'n' roll, 'twas, the '90s, I'm, you're, we've, they'll.",
			`P@1 "It’s, don’t, O’Brien, rock ’n’ roll, ’twas, the ’90s, I’m, you’re, we’ve, they’ll."{0}` + "\n"},
		{"possessives and measures", `The parties' resources; the Smiths' car; 5' 6" tall; Monitor 21"".`,
			`P@1 "The parties’ resources; the Smiths’ car; 5’ 6\" tall; Monitor 21\"\"."{0}` + "\n"},
		{"doubled quotes", `''double'' and ""two""`,
			`P@1 "‘‘double’’ and ““two””"{0}` + "\n"},
		{"escapes and code", "Escaped \\-- \\... \\\" \\' stay; `code -- \"x\"` too.",
			`P@1 "Escaped -- ... \" ' stay; code -- \"x\" too."{0}` + "\n"},
		{"links, autolinks and HTML", `<http://a--b.org> and [a -- "link"](http://x--y.org "t -- 'q'") and <span title='x'>--</span>`,
			`P@1 "http://a--b.org and a – “link” (http://x--y.org “t -- 'q’”) and <span title='x’>–</span>"{0}` + "\n"},
		{"heading", `# Plaintiffs' "Motion" -- Part 1`,
			`H1@1 "Plaintiffs’ “Motion” – Part 1"{0}` + "\n"},
		{"at a paragraph's start", "-- start\n\n--- em\n",
			`P@1 "– start"{0}` + "\n" + `P@3 "— em"{0}` + "\n"},
		{"lines block", "::: lines\nA -- dash... and \"quotes\" 'single' it's\n:::\n",
			"L0@1 sp=0 al=0 col=0 keep=false filer=false\n  0@2 \"A – dash… and “quotes” ‘single’ it’s\"{0}\n"},
		// A quote at a line's end after punctuation closes a quote left
		// open anywhere before it in the document, and is kept otherwise.
		{"open quotes count across blocks", "He said 'yes\n\nNo.'\n",
			`P@1 "He said ‘yes"{0}` + "\n" + `P@3 "No.’"{0}` + "\n"},
		{"no open quote", "No.'\n", `P@1 "No.'"{0}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("in.md", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := dump(d); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
