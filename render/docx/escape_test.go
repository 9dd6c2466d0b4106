package docx

import (
	"encoding/xml"
	"strings"
	"testing"

	"pleadgen/render"
	"pleadgen/render/markup"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{`A & B <w:t>"x"</w:t> 'y'`, "A &amp; B &lt;w:t&gt;&quot;x&quot;&lt;/w:t&gt; &apos;y&apos;"},
		{"]]> <!-- -->", "]]&gt; &lt;!-- --&gt;"},
		{"bell\x07 nul\x00 tab\t", "bell\uFFFD nul\uFFFD tab\t"},
		{"bad \xff utf-8", "bad \uFFFD utf-8"},
		{"§ ¶ — “x” \u00a0", "§ ¶ — “x” \u00a0"},
		{"\uFFFE\uFFFF", "\uFFFD\uFFFD"},
	}
	for _, tc := range tests {
		if got := escaped(tc.in); got != tc.want {
			t.Errorf("escaped(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRunText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a", `<w:t xml:space="preserve">a</w:t>`},
		{"Dated:\tJuly 14", `<w:t xml:space="preserve">Dated:</w:t><w:tab/><w:t xml:space="preserve">July 14</w:t>`},
		{"Jane Doe\nDoe & Roe", `<w:t xml:space="preserve">Jane Doe</w:t><w:br/><w:t xml:space="preserve">Doe &amp; Roe</w:t>`},
		{"well\u2011known", `<w:t xml:space="preserve">well</w:t><w:noBreakHyphen/><w:t xml:space="preserve">known</w:t>`},
		{"\t", `<w:tab/>`},
		{"Fed.\u00a0R.", "<w:t xml:space=\"preserve\">Fed.\u00a0R.</w:t>"},
	}
	for _, tc := range tests {
		var b strings.Builder
		runText(&b, tc.in)
		if b.String() != tc.want {
			t.Errorf("runText(%q) = %s, want %s", tc.in, b.String(), tc.want)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	tests := []struct{ style, format, text string }{
		{"1.", "decimal", "%1."},
		{"(1)", "decimal", "(%1)"},
		{"a.", "lowerLetter", "%1."},
		{"(a)", "lowerLetter", "(%1)"},
		{"A.", "upperLetter", "%1."},
		{"i.", "lowerRoman", "%1."},
		{"(i)", "lowerRoman", "(%1)"},
		{"I.", "upperRoman", "%1."},
		{"•", "bullet", "•"},
		{"–", "bullet", "–"},
	}
	for _, tc := range tests {
		f, text := numberFormat(tc.style)
		if f != tc.format || text != tc.text {
			t.Errorf("numberFormat(%q) = %s %q, want %s %q", tc.style, f, text, tc.format, tc.text)
		}
	}
}

func TestTabStops(t *testing.T) {
	tests := []struct {
		x, step, right float64
		want           []int
	}{
		{0, 36, 108, []int{720, 1440, 2160}},
		{234, 36, 330, []int{5400, 6120}},
		{0, 0, 100, nil},
	}
	for _, tc := range tests {
		if got := tabStops(tc.x, tc.step, tc.right); !equalInts(got, tc.want) {
			t.Errorf("tabStops(%v, %v, %v) = %v, want %v", tc.x, tc.step, tc.right, got, tc.want)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestTextIsData writes text full of markup characters, control
// characters and the XML of the document itself into every part text
// reaches (body, footnote, caption, table, footer, properties) and checks
// that every part stays well-formed and the text comes back as written.
func TestTextIsData(t *testing.T) {
	hostile := `A & B <w:p><w:r><w:t>x</w:t></w:r></w:p> "q" 'a' ]]> <!-- c --> &amp;`
	doc := &markup.Doc{
		Meta: markup.Meta{Profile: "cand", Title: hostile, Case: "1:23-cv-00001 <&>", Author: hostile, Date: "2024-01-02"},
		Blocks: []markup.Block{
			&markup.Caption{Left: []markup.Line{{Runs: []markup.Run{{Text: hostile}}}}, Right: []markup.Line{{Runs: []markup.Run{{Text: "Case No. <1>", Style: markup.Bold}}}}},
			&markup.Paragraph{Runs: []markup.Run{{Text: hostile + " bell\x07"}, {Text: "1", Style: markup.Super, Note: 1}}},
			&markup.Table{Header: []markup.Cell{{{Text: "<th>"}}}, Rows: [][]markup.Cell{{{{Text: hostile}}}}, Align: []markup.Align{markup.Left}},
		},
		Notes: []markup.Note{{Paras: [][]markup.Run{{{Text: hostile}}}}},
	}
	data, err := Write(doc, paperOf(t, doc), Options{})
	if err != nil {
		t.Fatal(err)
	}
	parts, names := readZip(t, data)
	for _, n := range names {
		if err := wellFormed(parts[n]); err != nil {
			t.Errorf("%s is not well-formed: %v", n, err)
		}
	}
	words, _ := docxText(t, parts["word/document.xml"])
	text := strings.Join(words, " ")
	if strings.Count(text, hostile) != 3 || !strings.Contains(text, "bell\uFFFD") {
		t.Errorf("the document's text does not hold the text as written:\n%s", text)
	}
	notes, _ := docxText(t, parts["word/footnotes.xml"])
	if strings.Join(notes, " ") != hostile {
		t.Errorf("the footnote says %q, want %q", strings.Join(notes, " "), hostile)
	}
	var core struct {
		Title string `xml:"title"`
	}
	if err := xml.Unmarshal(parts["docProps/core.xml"], &core); err != nil || core.Title != hostile {
		t.Errorf("core.xml's title is %q (%v), want %q", core.Title, err, hostile)
	}
	footer, _ := docxText(t, parts["word/footer1.xml"])
	if !strings.Contains(strings.Join(footer, " "), "1:23-cv-00001 <&>") {
		t.Errorf("the footer says %q", strings.Join(footer, " "))
	}
}

// TestLayoutErrors: what the PDF's layout refuses, Write refuses with the
// same error.
func TestLayoutErrors(t *testing.T) {
	tests := []string{
		"::: table\n| a | b | c | d | e | f | g | h | i | j | k | l | m | n |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n:::\n",
		"::: table 40 1 1\n| a | b | c |\n|---|---|---|\n:::\n",
		"::: caption\n" + strings.Repeat("PARTY\n", 60) + "|||\nCase No. 1\n:::\n",
	}
	for _, src := range tests {
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		_, want := render.PDF(doc)
		_, got := Write(doc, paperOf(t, doc), Options{})
		if want == nil || got == nil || got.Error() != want.Error() {
			t.Errorf("Write fails with %v, the PDF with %v", got, want)
		}
	}
}
