package markup

import (
	"regexp"
	"testing"
)

// TestLabels puts a run-in label before every kind of block, with and
// without a blank line between them, and checks the blocks made: a
// paragraph takes the label as its start; any other block gets the label
// as a paragraph of its own kept with it (PK), except a page break or the
// end of the document, before which it stands alone (P).
func TestLabels(t *testing.T) {
	const label = "::: label\n<u>Defendants’ Statement:</u>\n:::\n"
	const lbl = `"Defendants’ Statement:"{4}`
	tests := []struct{ name, next, want string }{
		{"paragraph", "Defendants contend *otherwise*.\n",
			`P ` + lbl + ` " "{0} "Defendants contend "{0} "otherwise"{2} "."{0}` + "\n"},
		{"bullet list", "- one\n- two\n",
			"PK " + lbl + "\nLIST • from 1\n  - \"one\"{0}\n  - \"two\"{0}\n"},
		{"numbered list", "1. one\n2. two\n",
			"PK " + lbl + "\nLIST 1. from 1\n  - \"one\"{0}\n  - \"two\"{0}\n"},
		{"list block", "::: list (a)\n1. one\n:::\n",
			"PK " + lbl + "\nLIST (a) from 1\n  - \"one\"{0}\n"},
		{"pipe table", "| A | B |\n|---|---|\n| c | d |\n",
			"PK " + lbl + "\nTABLE widths=[] align=[0 0]\n  | \"A\"{0} | \"B\"{0}\n  | \"c\"{0} | \"d\"{0}\n"},
		{"table block", "::: table 2 1\n| A | B |\n|---|---|\n| c | d |\n:::\n",
			"PK " + lbl + "\nTABLE widths=[2 1] align=[0 0]\n  | \"A\"{0} | \"B\"{0}\n  | \"c\"{0} | \"d\"{0}\n"},
		{"quotation", "> Quoted.\n",
			"PK " + lbl + "\nQ \"Quoted.\"{0}\n"},
		{"sub-heading", "## A. Sub\n",
			"PK " + lbl + "\nH2 \"A. Sub\"{0}\n"},
		{"lines block", "::: lines keep\nDated: May 1\n:::\n",
			"PK " + lbl + "\nL0 sp=0 al=0 col=0 keep=true filer=false\n  0 \"Dated: May 1\"{0}\n"},
		{"page break", "::: pagebreak\n",
			"BREAK\nP " + lbl + "\n"},
		{"page break, then a paragraph", "::: pagebreak\nText.\n",
			"BREAK\nP " + lbl + ` " "{0} "Text."{0}` + "\n"},
		{"nothing", "",
			"P " + lbl + "\n"},
		{"footer title, then a paragraph", "::: footer\nCERTIFICATE\n:::\nText.\n",
			"FOOTER \"CERTIFICATE\"\nP " + lbl + ` " "{0} "Text."{0}` + "\n"},
		{"another label, then a paragraph", "::: label\nSecond:\n:::\nText.\n",
			"PK " + lbl + "\nP \"Second:\"{0} \" \"{0} \"Text.\"{0}\n"},
	}
	noLines := regexp.MustCompile(`@\d+`)
	for _, tt := range tests {
		for _, sep := range []string{"", "\n"} {
			d, err := Parse("in.md", []byte(label+sep+tt.next))
			if err != nil {
				t.Fatalf("%s (sep %q): %v", tt.name, sep, err)
			}
			if got := noLines.ReplaceAllString(dump(d), ""); got != tt.want {
				t.Errorf("%s (sep %q): got\n%s\nwant\n%s", tt.name, sep, got, tt.want)
			}
		}
	}
}

// TestLabelLines checks the source lines of labelled paragraphs: a
// paragraph that takes a label keeps its own line; a label alone has its
// text's line.
func TestLabelLines(t *testing.T) {
	d, err := Parse("in.md", []byte("::: label\nA:\n:::\n\nText.\n\n::: label\nB:\n:::\n- item\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "P@5 \"A:\"{0} \" \"{0} \"Text.\"{0}\nPK@8 \"B:\"{0}\nLIST@10 • from 1\n  - \"item\"{0}\n"
	if got := dump(d); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestLabelInListItem checks that a label inside a list item runs into the
// item's next paragraph.
func TestLabelInListItem(t *testing.T) {
	d, err := Parse("in.md", []byte("- item\n\n  ::: label\n  L:\n  :::\n  para\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "LIST@1 • from 1\n  - \"item\"{0}\n  - \"L:\"{0} \" \"{0} \"para\"{0}\n"
	if got := dump(d); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
