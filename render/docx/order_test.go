package docx

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestOrderOnly writes the proposed orders of the examples that have one:
// the court's title, the caption with the order's heading as its title,
// then the order, and nothing of the statement, its counsel block or its
// certificate of service.
func TestOrderOnly(t *testing.T) {
	tests := []struct {
		name, heading, first, last string
	}{
		{"redwood", "CASE MANAGEMENT ORDER", "UNITED STATES DISTRICT COURT", "United States District Judge"},
		{"multi", "[PROPOSED] CASE MANAGEMENT ORDER", "UNITED STATES DISTRICT COURT", "United States District Judge"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := exampleDoc(t, tc.name)
			data, err := Write(doc, paperOf(t, doc), Options{OrderOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			parts, _ := readZip(t, data)
			words, _ := docxText(t, parts["word/document.xml"])
			text := strings.Join(words, " ")
			if !strings.HasPrefix(text, tc.first) || !strings.HasSuffix(text, tc.last) {
				t.Errorf("the order runs from %q to %q, want from %q to %q", head(words, 4), tail(words, 4), tc.first, tc.last)
			}
			caseNo := strings.Index(text, "Case No.")
			if caseNo < 0 || !strings.HasPrefix(text[caseNo:], "Case No. "+doc.Meta.Case+" "+tc.heading+" "+tc.heading) {
				t.Errorf("the caption's title and the order's heading do not follow the case number: %q", text[max(0, caseNo):min(len(text), caseNo+120)])
			}
			for _, gone := range []string{"Respectfully submitted", "CERTIFICATE OF SERVICE", "Jurisdiction", "Attorneys for", "Date:"} {
				if strings.Contains(text, gone) {
					t.Errorf("the order holds %q", gone)
				}
			}
			if footer := string(parts["word/footer1.xml"]); !strings.Contains(footer, escaped(tc.heading)) {
				t.Errorf("the footer does not name the order %q", tc.heading)
			}
		})
	}
}

func head(words []string, n int) string { return strings.Join(words[:min(n, len(words))], " ") }
func tail(words []string, n int) string { return strings.Join(words[max(0, len(words)-n):], " ") }

// TestNoOrder refuses the order of a filing without one.
func TestNoOrder(t *testing.T) {
	doc := exampleDoc(t, "aclu")
	if _, err := Write(doc, paperOf(t, doc), Options{OrderOnly: true}); !errors.Is(err, ErrNoOrder) {
		t.Errorf("got %v, want ErrNoOrder", err)
	}
}

// TestOrderPart finds the order in markup shaped as the templates shape
// it.
func TestOrderPart(t *testing.T) {
	tests := []struct {
		name, src string
		heading   string // "" for none
		first     string // the first words of the order's last block
	}{
		{"stipulation: a page of its own", `
Text.

::: signature
/s/ A
:::

::: pagebreak
::: lines center keep

**[PROPOSED] ORDER**
:::

PURSUANT TO STIPULATION, IT IS SO ORDERED.

::: signature
JUDGE
:::
`, "[PROPOSED] ORDER", "JUDGE"},
		{"ends before the certificate of service", `
::: attestation
/s/ A
:::
::: lines center keep
**CASE MANAGEMENT ORDER**
:::

The schedule is approved.

::: pagebreak
::: footer
CERTIFICATE OF SERVICE
:::
::: lines center keep
**CERTIFICATE OF SERVICE**
:::
`, "CASE MANAGEMENT ORDER", "The schedule is approved."},
		{"no signatures before it", `
::: lines center keep
**[PROPOSED] ORDER**
:::

Text.
`, "", ""},
		{"not centred", `
::: signature
/s/ A
:::
::: lines keep
**ORDER**
:::
`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := markup.Parse("in.md", []byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			from, to, heading, ok := orderPart(doc.Blocks)
			if ok != (tc.heading != "") {
				t.Fatalf("found an order: %v, want %v", ok, tc.heading != "")
			}
			if !ok {
				return
			}
			if got := strings.TrimSpace(plainText(heading.Runs)); got != tc.heading {
				t.Errorf("heading %q, want %q", got, tc.heading)
			}
			var last []string
			o := &oracle{}
			o.blocks(doc.Blocks[to-1:to], nil)
			last = o.words
			if got := strings.Join(last, " "); !strings.HasPrefix(got, tc.first) {
				t.Errorf("the order's last block says %q, want %q", got, tc.first)
			}
			if lb, isLines := doc.Blocks[from].(*markup.LineBlock); !isLines || lb.Align != markup.Center {
				t.Errorf("the order starts with %T, want its centred heading", doc.Blocks[from])
			}
			if slices.ContainsFunc(doc.Blocks[from:to], func(b markup.Block) bool { _, pb := b.(*markup.PageBreak); return pb }) {
				t.Error("the order holds a page break")
			}
		})
	}
}
