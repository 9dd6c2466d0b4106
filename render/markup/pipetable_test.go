package markup

import (
	"fmt"
	"testing"

	east "github.com/yuin/goldmark/extension/ast"
)

func TestPipeTables(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"alignments", "| L | C | R | N |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n",
			"TABLE@1 widths=[] align=[0 1 2 0]\n  | \"L\"{0} | \"C\"{0} | \"R\"{0} | \"N\"{0}\n  | \"1\"{0} | \"2\"{0} | \"3\"{0} | \"4\"{0}\n"},
		{"no pipes at the ends", "a | b\n--- | :---:\n1 | 2\n",
			"TABLE@1 widths=[] align=[0 1]\n  | \"a\"{0} | \"b\"{0}\n  | \"1\"{0} | \"2\"{0}\n"},
		{"escaped pipes", "| a \\| b | c |\n|---|---|\n| `x\\|y` | z |\n",
			"TABLE@1 widths=[] align=[0 0]\n  | \"a | b\"{0} | \"c\"{0}\n  | \"x|y\"{0} | \"z\"{0}\n"},
		{"escaped backslash before a pipe in code", "| `a\\\\|b` |\n|---|\n",
			"TABLE@1 widths=[] align=[0]\n  | \"a\\\\|b\"{0}\n"},
		{"inline styles in cells", "| **b** | *i* | <u>u</u> |\n|---|---|---|\n| ***bi*** and \"q\" | `c` | [l](http://x.org) |\n",
			"TABLE@1 widths=[] align=[0 0 0]\n  | \"b\"{1} | \"i\"{2} | \"u\"{4}\n  | \"bi\"{3} \" and “q”\"{0} | \"c\"{0} | \"l (http://x.org)\"{0}\n"},
		{"short rows are padded", "| a | b | c |\n|---|---|---|\n| 1 |\n|\n",
			"TABLE@1 widths=[] align=[0 0 0]\n  | \"a\"{0} | \"b\"{0} | \"c\"{0}\n  | \"1\"{0} |  | \n  |  |  | \n"},
		{"a short header row is padded", "| a |\n|---|---|\n| 1 |\n",
			"TABLE@1 widths=[] align=[0 0]\n  | \"a\"{0} | \n  | \"1\"{0} | \n"},
		{"a long header row is no table", "| a | b |\n|---|\n",
			"P@1 \"| a | b | |—|\"{0}\n"},
		{"no delimiter row", "| a |\n| -x- |\n",
			"P@1 \"| a | | -x- |\"{0}\n"},
		{"a delimiter row indented four columns", "| a |\n    |---|\n",
			"P@1 \"| a | |—|\"{0}\n"},
		{"after a paragraph's lines", "One.\nTwo.\n| a | b |\n|---|---|\n| 1 | 2 |\n",
			"P@1 \"One. Two.\"{0}\nTABLE@1 widths=[] align=[0 0]\n  | \"a\"{0} | \"b\"{0}\n  | \"1\"{0} | \"2\"{0}\n"},
		{"ended by a blank line", "| a |\n|---|\n| 1 |\n\nAfter.\n",
			"TABLE@1 widths=[] align=[0]\n  | \"a\"{0}\n  | \"1\"{0}\nP@5 \"After.\"{0}\n"},
		{"ended by a list", "| a |\n|---|\n| 1 |\n- x\n",
			"TABLE@1 widths=[] align=[0]\n  | \"a\"{0}\n  | \"1\"{0}\nLIST@4 • from 1\n  - \"x\"{0}\n"},
		{"in a table block", "::: table 1 3\n| a | b |\n|---|---|\n| 1 | 2 |\n:::\n",
			"TABLE@1 widths=[1 3] align=[0 0]\n  | \"a\"{0} | \"b\"{0}\n  | \"1\"{0} | \"2\"{0}\n"},
		{"in a list item", "- item\n\n  | a |\n  |---|\n  | 1 |\n- next\n",
			"LIST@1 • from 1\n  - \"item\"{0}\n    TABLE@3 widths=[] align=[0]\n      | \"a\"{0}\n      | \"1\"{0}\n  - \"next\"{0}\n"},
		{"as a list item", "- | a |\n  |--:|\n  | 1 |\n",
			"LIST@1 • from 1\n    TABLE@1 widths=[] align=[2]\n      | \"a\"{0}\n      | \"1\"{0}\n"},
		{"in a footnote", "T.[^n]\n\n[^n]: | a | b |\n    |---|---|\n    | 1 | 2 |\n",
			"P@1 \"T.\"{0} \"1\"{8}\nNOTE1 \"a\"{1} \" — \"{0} \"b\"{1}\nNOTE1 \"1\"{0} \" — \"{0} \"2\"{0}\n"},
		{"line ends", "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n",
			"TABLE@1 widths=[] align=[0 0]\n  | \"a\"{0} | \"b\"{0}\n  | \"1\"{0} | \"2\"{0}\n"},
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

func TestPipeTableErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"| a |\n|---|\n| 1 | 2 |\n", "in.md:3:1: a table row has 2 cells, but the table has 1 columns: add a column (a header cell and a delimiter) or join the cells"},
		{"| a | b |\n|---|---|\n| 1 | 2 \\| 3 | 4 |\n", "in.md:3:1: a table row has 3 cells, but the table has 2 columns: add a column (a header cell and a delimiter) or join the cells"},
		{"> | a |\n> |---|\n", "in.md:1:3: a block quotation holds paragraphs only, not a Table element"},
		{"::: table\nx\n| a |\n|---|\n:::\n", "in.md:1:1: a table block holds one pipe table"},
	}
	for _, tt := range tests {
		_, err := Parse("in.md", []byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

func TestDelimiterRow(t *testing.T) {
	tests := []struct{ line, want string }{
		{"|---|:--|--:|:-:|\n", "[none left right center]"},
		{"--- | ---\n", "[none none]"},
		{"| - |\n", "[none]"},
		{"   |---|\n", "[none]"},
		{"|  :---:  |\t---\t|\n", "[center none]"},
		{"---", "[]"},       // dashes alone
		{"    |---|", "[]"}, // indented four columns
		{"|---||---|", "[]"},
		{"| -x- |", "[]"},
		{"| : |", "[]"},
		{"| :-: : |", "[]"},
		{"|", "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(alignNames(delimiterRow([]byte(tt.line)))); got != tt.want {
			t.Errorf("delimiterRow(%q) = %s, want %s", tt.line, got, tt.want)
		}
	}
}

func alignNames(aligns []east.Alignment) []string {
	out := []string{}
	for _, a := range aligns {
		out = append(out, a.String())
	}
	return out
}
