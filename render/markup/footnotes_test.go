package markup

import (
	"fmt"
	"strings"
	"testing"
)

func TestFootnoteReferences(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"numbered by first reference", "A.[^b] B.[^a]\n\n[^a]: Second.\n[^b]: First.\n",
			`P@1 "A."{0} "1"{8} " B."{0} "2"{8}` + "\nNOTE1 \"First.\"{0}\nNOTE2 \"Second.\"{0}\n"},
		{"from a heading", "# Facts[^a]\n\n[^a]: Note.\n", `H1@1 "Facts"{0} "1"{8}` + "\nNOTE1 \"Note.\"{0}\n"},
		{"referred to twice: one note, its number again", "A.[^a] B.[^b] C.[^a]\n\n[^a]: One.\n[^b]: Two.\n",
			`P@1 "A."{0} "1"{8} " B."{0} "2"{8} " C."{0} "1"{8}` + "\nNOTE1 \"One.\"{0}\nNOTE2 \"Two.\"{0}\n"},
		{"in a table cell, a list item and a quotation", "| A[^a] |\n|---|\n| b[^b] |\n\n- c[^c]\n\n> d[^d]\n\n[^a]: N1.\n[^b]: N2.\n[^c]: N3.\n[^d]: N4.\n",
			"TABLE@1 widths=[] align=[0]\n  | \"A\"{0} \"1\"{8}\n  | \"b\"{0} \"2\"{8}\nLIST@5 • from 1\n  - \"c\"{0} \"3\"{8}\nQ@7 \"d\"{0} \"4\"{8}\nNOTE1 \"N1.\"{0}\nNOTE2 \"N2.\"{0}\nNOTE3 \"N3.\"{0}\nNOTE4 \"N4.\"{0}\n"},
		{"defined inside a list item", "T.[^a]\n\n- item\n\n  [^a]: Nested.\n", `P@1 "T."{0} "1"{8}` + "\nLIST@3 • from 1\n  - \"item\"{0}\nNOTE1 \"Nested.\"{0}\n"},
		{"a mark after an exclamation point", "Wow![^a]\n\n[^a]: N.\n", `P@1 "Wow!"{0} "1"{8}` + "\nNOTE1 \"N.\"{0}\n"},
		{"not a label: spaces", "A [^a b] and [^] stay.\n", `P@1 "A [^a b] and [^] stay."{0}` + "\n"},
		{"escaped", `A \[^a] stays.` + "\n", `P@1 "A [^a] stays."{0}` + "\n"},
		{"in a block of lines, text", "::: lines\nA[^a]\n:::\n\nB.[^a]\n\n[^a]: N.\n", "L0@1 sp=0 al=0 col=0 keep=false filer=false\n  0@2 \"A[^a]\"{0}\nP@5 \"B.\"{0} \"1\"{8}\nNOTE1 \"N.\"{0}\n"},
		{"a note of several paragraphs", "T.[^a]\n\n[^a]: One.\n\n    Two.\n", `P@1 "T."{0} "1"{8}` + "\nNOTE1 \"One.\"{0}\nNOTE1 \"Two.\"{0}\n"},
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
			if len(d.Warnings) > 0 {
				t.Errorf("warnings %v", d.Warnings)
			}
		})
	}
}

func TestFootnoteErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"T.[^a]\n\n[^a]: One.\n\n[^a]: Again.\n", "in.md:5:1: footnote [^a] is defined twice, first on line 3"},
		{"T.[^a]\n\n[^a]: See also[^b].\n\n[^b]: B.\n", "in.md:3:15: footnote [^b] is referred to inside footnote [^a]: a footnote cannot hold another; refer to it from the text"},
		{"T.[^a]\n\n[^a]: Itself[^a].\n", "in.md:3:13: footnote [^a] is referred to inside footnote [^a]: a footnote cannot hold another; refer to it from the text"},
		{"Text [^typo] here.\n", `in.md:1:6: footnote [^typo] is not defined: no paragraph starts "[^typo]:"`},
		{"# Heading[^x]\n", `in.md:1:10: footnote [^x] is not defined: no paragraph starts "[^x]:"`},
		{"T.[^a]\n\n[^a]:\n", "in.md:3:1: footnote [^a] is empty"},
	}
	for _, tt := range tests {
		_, err := Parse("in.md", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestUnreferencedFootnoteWarns(t *testing.T) {
	d, err := Parse("in.md", []byte("T.[^a]\n\n[^a]: Used.\n\n  [^b]: Never used.\n[^c]: Nor this.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range d.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		"in.md:5:3: footnote [^b] is defined but never referred to; it is left out",
		"in.md:6:1: footnote [^c] is defined but never referred to; it is left out",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("warnings\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(d.Notes) != 1 {
		t.Errorf("%d notes, want 1", len(d.Notes))
	}
}

func TestLinksKeepTheirTarget(t *testing.T) {
	tests := []struct{ in, want string }{
		{"See the [ESI Guidelines](https://cand.uscourts.gov/esi).", "See the ESI Guidelines (https://cand.uscourts.gov/esi)."},
		{"At [https://x.org](https://x.org).", "At https://x.org."},
		{"At <https://x.org/a>.", "At https://x.org/a."},
		{"Write to [the clerk](mailto:clerk@x.org) or [clerk@x.org](mailto:clerk@x.org).", "Write to the clerk (mailto:clerk@x.org) or clerk@x.org."},
		{`See [*Smith*](https://x.org/a\_b "the opinion").`, "See Smith (https://x.org/a_b “the opinion”)."},
		{"Exhibit ![map](exhibit-a.png).", "Exhibit map (exhibit-a.png)."},
		{"Empty [target]().", "Empty target."},
	}
	for _, tt := range tests {
		d, err := Parse("in.md", []byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := plain(d.Blocks[0].(*Paragraph).Runs); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNoLinkReferenceDefinitions checks that a paragraph shaped like a
// link reference definition stays text, as does a link to one.
func TestNoLinkReferenceDefinitions(t *testing.T) {
	d, err := Parse("in.md", []byte("[1]: Id.\n\nSee [the rule][1].\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := `P@1 "[1]: Id."{0}` + "\n" + `P@3 "See [the rule][1]."{0}` + "\n"
	if got := dump(d); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTableWidths(t *testing.T) {
	tests := []struct {
		widths string
		want   string // the widths parsed, or the error
	}{
		{"2 1", "[2 1]"},
		{"1.5 .5", "[1.5 0.5]"},
		{"25% 75%", "[25 75]"},
		{"3. 1", "[3 1]"},
		{"999999.999999 1", "[999999.999999 1]"},
		{"NaN 1", `not "NaN"`},
		{"Inf 1", `not "Inf"`},
		{"1e309 1", `not "1e309"`},
		{"1e3 1", `not "1e3"`},
		{"12345678901234567890 1", `not "12345678901234567890"`},
		{"0 1", `not "0"`},
		{"0.0 1", `not "0.0"`},
		{"-1 1", `not "-1"`},
		{"+1 1", `not "+1"`},
		{"0x10 1", `not "0x10"`},
		{"1_0 1", `not "1_0"`},
		{". 1", `not "."`},
		{"1..2 1", `not "1..2"`},
		{"5%% 1", `not "5%%"`},
	}
	for _, tt := range tests {
		d, err := Parse("in.md", []byte("::: table "+tt.widths+"\n| a | b |\n|---|---|\n:::\n"))
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = fmt.Sprint(d.Blocks[0].(*Table).Widths)
		}
		if !strings.HasSuffix(got, tt.want) {
			t.Errorf("widths %q: got %s, want …%s", tt.widths, got, tt.want)
		}
	}
}

func TestTableRowWithTooManyCells(t *testing.T) {
	tests := []struct{ in, want string }{
		{"| a | b |\n|---|---|\n| c | d | e |\n", "in.md:3:1: a table row has 3 cells, but the table has 2 columns: add a column (a header cell and a delimiter) or join the cells"},
		{"::: table 1 1\n| a | b |\n|---|---|\n| c | d |\nc | d | e\n:::\n", "in.md:5:1: a table row has 3 cells, but the table has 2 columns: add a column (a header cell and a delimiter) or join the cells"},
	}
	for _, tt := range tests {
		_, err := Parse("in.md", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
	d, err := Parse("in.md", []byte("| a | b |\n|---|---|\n| c \\| d | e |\n| f |\n"))
	if err != nil {
		t.Fatalf("escaped bar and a short row: %v", err)
	}
	if got := dump(d); !strings.Contains(got, `"c | d"{0} | "e"{0}`) {
		t.Errorf("got\n%s", got)
	}
}
