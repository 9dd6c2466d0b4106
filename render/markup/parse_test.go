package markup

import (
	"fmt"
	"strings"
	"testing"
)

// dump writes blocks compactly: one line per block or line, runs as
// text{style}.
func dump(d *Doc) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		switch bl := bl.(type) {
		case *Paragraph:
			kind := "P"
			if bl.Keep {
				kind = "PK" // kept with the next block
			}
			fmt.Fprintf(&b, "%s@%d %s\n", kind, bl.Line, runs(bl.Runs))
		case *Heading:
			fmt.Fprintf(&b, "H%d@%d %s\n", bl.Level, bl.Line, runs(bl.Runs))
		case *LineBlock:
			fmt.Fprintf(&b, "L%d@%d sp=%d al=%d col=%d keep=%v filer=%v", bl.Kind, bl.Line, bl.Spacing, bl.Align, bl.Column, bl.Keep, bl.Filer)
			if bl.Part != CounselFiler {
				fmt.Fprintf(&b, " part=%d", bl.Part)
			}
			b.WriteString("\n")
			dumpLines(&b, "<", bl.Beside)
			dumpLines(&b, "", bl.Lines)
		case *Caption:
			fmt.Fprintf(&b, "C@%d\n", bl.Line)
			dumpLines(&b, "<", bl.Left)
			dumpLines(&b, ">", bl.Right)
		case *PageBreak:
			fmt.Fprintf(&b, "BREAK@%d\n", bl.Line)
		case *FooterTitle:
			fmt.Fprintf(&b, "FOOTER@%d %q\n", bl.Line, bl.Title)
		case *Quote, *List, *Table:
			dumpMore(&b, bl, "")
		default:
			panic(fmt.Sprintf("dump: block %T not handled", bl))
		}
	}
	for i, n := range d.Notes {
		for _, para := range n.Paras {
			fmt.Fprintf(&b, "NOTE%d %s\n", i+1, runs(para))
		}
	}
	return b.String()
}

// dumpMore writes quotations, lists and tables, nesting lists by indent.
func dumpMore(b *strings.Builder, bl Block, indent string) {
	switch bl := bl.(type) {
	case *Quote:
		for _, p := range bl.Paras {
			fmt.Fprintf(b, "%sQ@%d %s\n", indent, bl.Line, runs(p))
		}
	case *List:
		fmt.Fprintf(b, "%sLIST@%d %s from %d\n", indent, bl.Line, bl.Style, bl.Start)
		for _, it := range bl.Items {
			for _, c := range it.Blocks {
				if p, ok := c.(*Paragraph); ok {
					fmt.Fprintf(b, "%s  - %s\n", indent, runs(p.Runs))
				} else {
					dumpMore(b, c, indent+"    ")
				}
			}
		}
	case *Table:
		fmt.Fprintf(b, "%sTABLE@%d widths=%v align=%v\n", indent, bl.Line, bl.Widths, bl.Align)
		for _, row := range append([][]Cell{bl.Header}, bl.Rows...) {
			var cells []string
			for _, c := range row {
				cells = append(cells, runs(c))
			}
			fmt.Fprintf(b, "%s  | %s\n", indent, strings.Join(cells, " | "))
		}
	default:
		panic(fmt.Sprintf("dump: block %T not handled", bl))
	}
}

func dumpLines(b *strings.Builder, side string, lines []Line) {
	for _, l := range lines {
		fmt.Fprintf(b, "  %s%d@%d %s\n", side, l.Indent, l.Line, runs(l.Runs))
	}
}

func runs(rs []Run) string {
	var parts []string
	for _, r := range rs {
		parts = append(parts, fmt.Sprintf("%q{%d}", r.Text, r.Style))
	}
	return strings.Join(parts, " ")
}

func TestParse(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraph joins lines", "One\ntwo *three*.\n", `P@1 "One two "{0} "three"{2} "."{0}` + "\n"},
		{"escapes and references", `A \*b\* &amp; &#167; 1\.`, `P@1 "A *b* & §\u00a01."{0}` + "\n"},
		{"bold italic underline", "**b** ***bi*** <u>u *ui*</u>", `P@1 "b"{1} " "{0} "bi"{3} " "{0} "u "{4} "ui"{6}` + "\n"},
		{"heading keeps its number", "# 1. Jurisdiction & Service\n\n## A. Sub", "H1@1 \"1. Jurisdiction & Service\"{0}\nH2@3 \"A. Sub\"{0}\n"},
		{"hard break", "a\\\nb", `P@1 "a\nb"{0}` + "\n"},
		{"other html is text", "x <b>y</b>", `P@1 "x <b>y</b>"{0}` + "\n"},
		{"counsel block", "::: counsel\nNAME\n\n>> Attorneys *for*\n:::\n", "L1@1 sp=1 al=0 col=0 keep=false filer=false\n  0@2 \"NAME\"{0}\n  0@3 \n  2@4 \"Attorneys \"{0} \"for\"{2}\n"},
		{"plain and marked lines", "::: lines\nPlain line, Hon. Ryu\nA -- dash... and \"quotes\"\n:::", "L0@1 sp=0 al=0 col=0 keep=false filer=false\n  0@2 \"Plain line, Hon.\\u00a0Ryu\"{0}\n  0@3 \"A – dash… and “quotes”\"{0}\n"},
		{"line that looks like a list", "::: lines\n1. not a list\n# not a heading\n:::", "L0@1 sp=0 al=0 col=0 keep=false filer=false\n  0@2 \"1. not a list\"{0}\n  0@3 \"# not a heading\"{0}\n"},
		{"signature filer", "::: signature filer\n/s/ A\n:::", "L3@1 sp=0 al=0 col=1 keep=true filer=true\n  0@2 \"/s/ A\"{0}\n"},
		{"lines options", "::: lines keep single center right\nx\n:::", "L0@1 sp=1 al=1 col=1 keep=true filer=false\n  0@2 \"x\"{0}\n"},
		{"caption", "::: caption\nA,\n>>> Plaintiffs,\n|||\nCase No. 1\n:::", "C@1\n  <0@2 \"A,\"{0}\n  <3@3 \"Plaintiffs,\"{0}\n  >0@5 \"Case No.\\u00a01\"{0}\n"},
		{"odd spaces", "a\u2003b\u2009c\u200bd\u00ade\tf\u00a0g", `P@1 "a b cde\tf\u00a0g"{0}` + "\n"}, // a tab stays: it moves to a tab stop
		{"plural possessive", "the parties' resources", `P@1 "the parties’ resources"{0}` + "\n"},
		{"typographic quotes and dashes", `"Quoted" -- it's---done...`, `P@1 "“Quoted” – it’s—done…"{0}` + "\n"},
		{"ties", "Dkt. No. 3, ECF No. 16 ¶ 36 and § 552 before Hon. Ryu; No. more", `P@1 "Dkt.\u00a0No.\u00a03, ECF No.\u00a016 ¶\u00a036 and §\u00a0552 before Hon.\u00a0Ryu; No. more"{0}` + "\n"},
		{"footnotes", "Text.[^a] More.[^b]\n\n[^b]: Second.\n[^a]: First *note*.\n", `P@1 "Text."{0} "1"{8} " More."{0} "2"{8}` + "\nNOTE1 \"First \"{0} \"note\"{2} \".\"{0}\nNOTE2 \"Second.\"{0}\n"},
		{"quotation", "> One.\n>\n> Two.\n", "Q@1 \"One.\"{0}\nQ@1 \"Two.\"{0}\n"},
		{"nested lists", "1. one\n   - a\n   - b\n2. two\n", "LIST@1 1. from 1\n  - \"one\"{0}\n    LIST@2 – from 1\n      - \"a\"{0}\n      - \"b\"{0}\n  - \"two\"{0}\n"},
		{"list style", "::: list (a)\n3. c\n4. d\n:::\n", "LIST@2 (a) from 3\n  - \"c\"{0}\n  - \"d\"{0}\n"},
		{"table", "::: table 2 1\n| Event | Date |\n|---|--:|\n| Trial | *May* |\n:::\n", "TABLE@1 widths=[2 1] align=[0 2]\n  | \"Event\"{0} | \"Date\"{0}\n  | \"Trial\"{0} | \"May\"{2}\n"},
		{"footer", "::: pagebreak\n::: footer\nCERTIFICATE OF SERVICE\n:::\n", "BREAK@1\nFOOTER@2 \"CERTIFICATE OF SERVICE\"\n"},
		{"page break between paragraphs", "a\n\n::: pagebreak\nb\n", "P@1 \"a\"{0}\nBREAK@3\nP@4 \"b\"{0}\n"},
		{"attestation", "::: attestation\n/s/ A\n:::", "L4@1 sp=0 al=0 col=1 keep=true filer=false\n  0@2 \"/s/ A\"{0}\n"},
		{"signature with a date beside it", "::: signature single\nDated: May 1\n|||\n/s/ A\nA\n:::", "L3@1 sp=1 al=0 col=1 keep=true filer=false\n  <0@2 \"Dated: May 1\"{0}\n  0@4 \"/s/ A\"{0}\n  0@5 \"A\"{0}\n"},
		{"counsel parts", "::: counsel\nA\n:::\n::: counsel more\nB\n:::\n::: counsel notice\nC\n:::", "L1@1 sp=1 al=0 col=0 keep=false filer=false\n  0@2 \"A\"{0}\nL1@4 sp=1 al=0 col=0 keep=false filer=false part=1\n  0@5 \"B\"{0}\nL1@7 sp=1 al=0 col=0 keep=false filer=false part=2\n  0@8 \"C\"{0}\n"},
		{"a bar in a lines block is text", "::: lines\n|||\n:::", "L0@1 sp=0 al=0 col=0 keep=false filer=false\n  0@2 \"|||\"{0}\n"},
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

func TestParseMeta(t *testing.T) {
	d, err := Parse("in.md", []byte("::: document\ntitle: T: sub\ncase: 4:21-cv-02632-DMR\ndocument_id: SF 4817-2210-9934 v.2\n:::\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := Meta{Title: "T: sub", Case: "4:21-cv-02632-DMR", DocumentID: "SF 4817-2210-9934 v.2"}
	if d.Meta != want {
		t.Errorf("meta = %+v, want %+v", d.Meta, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"::: counsel\nx\n", `in.md:1:1: "counsel" block is not closed with ":::"`},
		{"x\n:::\n", `in.md:2:1: ":::" closes no open block`},
		{"::: frame\nx\n:::", `in.md:1:5: unknown block "frame" (known: attestation, caption, counsel, court, document, footer, heading, label, lines, list, pagebreak, paragraphs, signature, table)`},
		{"::: lines bold\nx\n:::", `in.md:1:1: unknown option "bold" for lines (known: center, double, filer, keep, more, notice, right, single)`},
		{"::: lines filer\nx\n:::", `in.md:1:1: option "filer" belongs to signature blocks`},
		{"::: caption\nA\n:::", `in.md:1:1: a caption needs a "|||" line between its left and right columns`},
		{"::: caption\nA\n|||\nB\n|||\n:::", `in.md:5:1: a caption has two columns: a second "|||" is one too many`},
		{"::: lines\na\n::: court\n:::", `in.md:3:1: "lines" block opened on line 1 is not closed before this one`},
		{"::: document\nfoo: bar\n:::", `in.md:2:1: unknown document field "foo" (known: author, case, date, document_id, draft, footer, footnotes, paper, profile, quotes, tables, title, widows)`},
		{"::: document\nnothing\n:::", `in.md:2:1: want "key: value" in a document block`},
		{"para\n\n---\n", `in.md:3:1: a thematic break (---) is not supported in a pleading body`},
		{"::: list (z)\n- a\n:::", `in.md:1:1: a list block names one style (known: 1. (1) a. (a) A. i. (i) I. • –), and may add flush`},
		{"::: list (a)\npara\n:::", `in.md:2:1: a list block holds lists only, not a Paragraph element`},
		{"::: table 1 x\n| a | b |\n|---|---|\n:::", `in.md:1:1: a table block takes column proportions (positive numbers of up to six digits, such as 2, 1.5 or 25%), borderless, headless and keep (or keep=ROWS, such as keep=2-4), not "x"`},
		{"::: table keep=3\n| a |\n|---|\n| 1 |\n| 2 |\n| 3 |\n:::", `in.md:1:1: table: keep=3: the table has 3 rows (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)`},
		{"::: table keep=2-5\n| a |\n|---|\n| 1 |\n| 2 |\n| 3 |\n:::", `in.md:1:1: table: keep=2-5: the table has 3 rows (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)`},
		{"::: table keep=3-2\n| a |\n|---|\n| 1 |\n:::", `in.md:1:1: table: keep=3-2: "3-2" is not a range of rows from the first (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)`},
		{"::: table keep=x\n| a |\n|---|\n| 1 |\n:::", `in.md:1:1: table: keep=x: "x" is not a row number or a range of them (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)`},
		{"::: table keep=\n| a |\n|---|\n| 1 |\n:::", `in.md:1:1: table: keep=: "" is not a row number or a range of them (write keep=ROWS, such as keep=2-4,7: rows 2 to 4 on one page, row 7 with row 8)`},
		{"::: table 1\n| a | b |\n|---|---|\n:::", `in.md:1:1: the table has 2 columns but 1 widths`},
		{"::: footer\n:::", `in.md:1:1: a footer block holds one line: the footer's title`},
		{"::: document\nfootnotes: triple\n:::", `in.md:2:1: footnotes: want single or double, not "triple"`},
		{"::: document\nwidows: many\n:::", `in.md:2:1: widows: want a number of lines from 0 to 10, not "many"`},
		{"> - a list in a quote\n", `in.md:1:3: a block quotation holds paragraphs only, not a List element`},
		{"::: pagebreak now\n", `in.md:1:1: pagebreak takes no options`},
		{"::: label x\nA:\n:::", `in.md:1:1: a label block takes no options`},
		{"::: label\nA:\nB:\n:::", `in.md:1:1: a label block holds one line: the label`},
		{"::: label\n\n:::", `in.md:1:1: a label block holds one line: the label`},
		{"::: lines more\nx\n:::", `in.md:1:1: option "more" belongs to counsel blocks`},
		{"::: counsel more notice\nx\n:::", `in.md:1:1: a counsel block is either "more" or "notice", not both`},
		{"::: signature\nA\n|||\nB\n|||\n:::", `in.md:5:1: a signature block has two columns: a second "|||" is one too many`},
		{"T.[^a]\n\n[^a]: ::: pagebreak\n", `in.md:3:1: a footnote cannot hold a page break`},
		{"x\n\n" + strings.Repeat(">", 17) + " deep\n", `in.md:3:1: quotations nested more than 16 deep`},
		{"- a\n" + strings.Repeat(" ", 66) + "- b\n", `in.md:2:1: a line indented more than 64 columns: lists nest too deeply`},
	}
	for _, tt := range tests {
		_, err := Parse("in.md", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

// An escaped character is never part of a character reference.
func TestLiteralEscapesAndReferences(t *testing.T) {
	tests := []struct{ in, want string }{
		{`&amp; \&amp; &#47; \&#47; &\#47; \\&amp;`, `& &amp; / &#47; &#47; \&`},
		{`AT\&T &sol;s&sol; \&sol;`, `AT&T /s/ &sol;`},
	}
	for _, tt := range tests {
		if got := literal([]byte(tt.in)); got != tt.want {
			t.Errorf("literal(%q) = %q, want %q", tt.in, got, tt.want)
		}
		doc, err := Parse("in.md", []byte("::: lines\n"+tt.in+"\n:::\n"))
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, r := range doc.Blocks[0].(*LineBlock).Lines[0].Runs {
			got += r.Text
		}
		if got != tt.want {
			t.Errorf("line %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTableKeep reads a table's keep option into the rows kept with the
// next: all but the last, or those the ranges name.
func TestTableKeep(t *testing.T) {
	rows := "| h |\n|---|\n| 1 |\n| 2 |\n| 3 |\n| 4 |\n| 5 |\n"
	tests := []struct{ opt, want string }{
		{"", "[]"},
		{"keep", "[true true true true false]"},
		{"keep=2", "[false true false false false]"},
		{"keep=2-4", "[false true true false false]"},
		{"keep=1,3-5", "[true false true true false]"},
		{"headless keep=1", "[true false false false false false]"},
	}
	for _, tt := range tests {
		doc, err := Parse("in.md", []byte("::: table "+tt.opt+"\n"+rows+":::\n"))
		if err != nil {
			t.Fatalf("%q: %v", tt.opt, err)
		}
		if got := fmt.Sprint(doc.Blocks[0].(*Table).Keep); got != tt.want {
			t.Errorf("%q: keep %s, want %s", tt.opt, got, tt.want)
		}
	}
}
