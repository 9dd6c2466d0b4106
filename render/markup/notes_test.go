package markup

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// TestFootnoteBlocks starts a footnote with each kind of block and checks
// the note's paragraphs, and that every word of the note's source (w1, w2
// …) is in the note once and in order.
func TestFootnoteBlocks(t *testing.T) {
	tests := []struct{ name, note, want string }{
		{"paragraph", "w1 *w2*\n", `"w1 "{0} "w2"{2}`},
		{"bullet list", "- w1\n    - w2\n", `"• "{0} "w1"{0}|"• "{0} "w2"{0}`},
		{"numbered list, nested", "1. w1 w2\n         1. w3\n    2. w4\n\n         w5\n",
			`"1. "{0} "w1 w2"{0}|"(a) "{0} "w3"{0}|"2. "{0} "w4"{0}|"w5"{0}`},
		{"list item holding a list first", "1. - w1\n         - w2\n",
			`"1. "{0} "– "{0} "w1"{0}|"– "{0} "w2"{0}`},
		{"list block", "::: list (a)\n    1. w1\n    2. w2\n    :::\n", `"(a) "{0} "w1"{0}|"(b) "{0} "w2"{0}`},
		{"quotation", "> w1\n    >\n    > w2\n", `"w1"{0}|"w2"{0}`},
		{"heading", "# w1 *w2*\n    w3\n", `"w1 "{1} "w2"{3}|"w3"{0}`},
		{"table", "| w1 | w2 |\n    |---|---|\n    | w3 |  |\n    | w4 | w5 |\n",
			`"w1"{1} " — "{0} "w2"{1}|"w3"{0}|"w4"{0} " — "{0} "w5"{0}`},
		{"lines block", "::: lines\n    w1\n\n    w2\n    :::\n", `"w1"{0}|"w2"{0}`},
		{"paragraph, then a list", "w1:\n    1. w2;\n    2. w3.\n", `"w1:"{0}|"1. "{0} "w2;"{0}|"2. "{0} "w3."{0}`},
		{"label, then a table", "::: label\n    w1:\n    :::\n    | w2 | w3 |\n    |---|---|\n",
			`"w1:"{0}|"w2"{1} " — "{0} "w3"{1}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("in.md", []byte("Text.[^n]\n\n[^n]: "+tt.note))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Notes) != 1 {
				t.Fatalf("%d notes, want 1", len(d.Notes))
			}
			var paras []string
			for _, p := range d.Notes[0].Paras {
				paras = append(paras, runs(p))
			}
			if got := strings.Join(paras, "|"); got != tt.want {
				t.Errorf("note\n got %s\nwant %s", got, tt.want)
			}
			checkNoteWords(t, tt.note, d.Notes[0])
		})
	}
}

// checkNoteWords asserts the words w1, w2 … of a note's source appear in
// the note once each and in order.
func checkNoteWords(t *testing.T, src string, n Note) {
	t.Helper()
	word := regexp.MustCompile(`w\d+`)
	want := word.FindAllString(src, -1)
	var text []string
	for _, p := range n.Paras {
		text = append(text, plain(p))
	}
	got := word.FindAllString(strings.Join(text, " "), -1)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("note words %v, want %v", got, want)
	}
}

func plain(rs []Run) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	return b.String()
}

func TestFootnoteRefusals(t *testing.T) {
	tests := []struct{ note, want string }{
		{"::: caption\n    A\n    |||\n    B\n    :::\n", "in.md:3:1: a footnote cannot hold a caption"},
		{"::: footer\n    X\n    :::\n", "in.md:3:1: a footnote cannot hold a footer block"},
	}
	for _, tt := range tests {
		_, err := Parse("in.md", []byte("Text.[^n]\n\n[^n]: "+tt.note))
		if err == nil || err.Error() != tt.want {
			t.Errorf("note %q: error %v, want %s", tt.note, err, tt.want)
		}
	}
}
