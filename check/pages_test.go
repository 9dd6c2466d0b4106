package check

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"pleadgen/pdffile"
)

// pages builds n pages of the cand grid, the signatures opening on page
// sig (0 for none).
func pages(n, sig int) *pdffile.Facts {
	f := &pdffile.Facts{}
	for i := 1; i <= n; i++ {
		pg := page(28, 1, 2, 3)
		if i == sig {
			pg = withText(pg, "Respectfully submitted,", baseline(10), 12)
		}
		f.Pages = append(f.Pages, pg)
	}
	return f
}

func TestLength(t *testing.T) {
	tests := []struct {
		name        string
		n, sig      int
		newPage     bool
		complexCase bool
		want        string
	}{
		{"short", 8, 7, true, false, "info: length: 8 pages, 5 without the caption page and the signature pages (limit 10)"},
		{"body on page 1 counts page 1", 8, 7, false, false, "info: length: 8 pages, 6 without the signature pages (limit 10)"},
		{"exactly the limit", 13, 12, true, false, "info: length: 13 pages, 10 without the caption page and the signature pages (limit 10)"},
		{"over the limit", 14, 13, true, false, "error: filing: length: 14 pages, 11 without the caption page and the signature pages: over the limit of 10 pages, which only an unusually complex case may pass (filing.complex: true)"},
		{"unusually complex", 30, 29, true, true, "info: length: 30 pages, 27 without the caption page and the signature pages (no page limit: the case file declares an unusually complex case)"},
		{"no signatures found", 11, 0, false, false, "error: filing: length: 11 pages: over the limit of 10 pages, which only an unusually complex case may pass (filing.complex: true)"},
		{"signatures on page 1", 1, 1, false, false, "info: length: 1 page, 0 without the signature pages (limit 10)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := parseCase(t, baseYAML())
			c.Filing.BodyOnNewPage, c.Filing.Complex = tt.newPage, tt.complexCase
			if got := messages(runRule(t, "page-limit", c, pages(tt.n, tt.sig))); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// The signatures open on the last page that holds the marker: a statement
// may quote the words earlier.
func TestSignaturesOpenOnTheLastMarker(t *testing.T) {
	c := parseCase(t, baseYAML())
	f := pages(12, 11)
	f.Pages[2] = withText(f.Pages[2], "Respectfully submitted,", baseline(12), 12)
	want := "info: length: 12 pages, 10 without the signature pages (limit 10)"
	if got := messages(runRule(t, "page-limit", c, f)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestComplexIsACaseFileKey(t *testing.T) {
	c := parseCase(t, strings.Replace(baseYAML(), "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  complex: true\n", 1))
	if !c.Filing.Complex {
		t.Error("filing.complex: true did not set Filing.Complex")
	}
}

func TestTypeSize(t *testing.T) {
	footnoteMark := baseline(5) - 3.96 // raised off the grid, as the layout draws it
	tests := []struct {
		name string
		pg   pdffile.PageFacts
		want string
	}{
		{"12 pt text on the grid", page(28, 1, 2), ""},
		{"a footnote reference mark", withText(page(28, 5), "1", footnoteMark, 6.96), ""},
		{"the footer is 10 pt", page(28), ""},
		{"single-spaced 12 pt halfway between lines", withText(page(28), "counsel", baseline(2)+12, 12), ""},
		{"small text on a line",
			withText(page(28), "fine print", baseline(7), 10),
			`error: page 1: 1 text smaller than 12 pt, the first "fine print" in 10 pt at line 7`},
		{"small text halfway between lines, and a mark",
			withText(withText(page(28), "1", footnoteMark, 6.96), "tiny", baseline(9)+12, 8),
			`error: page 1: 1 text smaller than 12 pt, the first "tiny" in 8 pt at line 9.5`},
		{"lowered text is no superscript",
			withText(page(28), "sub", baseline(3)+3, 8),
			`error: page 1: 1 text smaller than 12 pt, the first "sub" in 8 pt at line 3`},
		{"11.5 pt on two lines",
			withText(withText(page(28), "a", baseline(1), 11.5), "b", baseline(2), 11.5),
			`error: page 1: 2 texts smaller than 12 pt, the first "a" in 11.5 pt at line 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := parseCase(t, baseYAML())
			f := &pdffile.Facts{Pages: []pdffile.PageFacts{tt.pg}}
			if got := messages(runRule(t, "type-size", c, f)); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestNumberedLines(t *testing.T) {
	c := parseCase(t, baseYAML())
	f := &pdffile.Facts{Pages: []pdffile.PageFacts{page(28, 1), page(29, 1), page(27)}}
	// A 29th number below the 28th line sits in the footer; one drawn on
	// the grid counts.
	f.Pages[1].Texts[28].Y = baseline(28) - 12
	want := "error: page 2 has 29 numbered lines; the most allowed is 28"
	if got := messages(runRule(t, "numbered-lines", c, f)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Numbers in the text column are not line numbers.
	f.Pages[1] = withText(page(28), "42", baseline(3), 12)
	if fs := runRule(t, "numbered-lines", c, f); len(fs) > 0 {
		t.Errorf("a number in the text: %s", messages(fs))
	}
}

func TestFontsEmbedded(t *testing.T) {
	c := parseCase(t, baseYAML())
	f := &pdffile.Facts{Pages: []pdffile.PageFacts{page(28)}, Fonts: []pdffile.FontFacts{
		{Name: "LiberationSerif", Embedded: true},
		{Name: "Helvetica", Embedded: false},
	}}
	want := "error: font Helvetica is not embedded in the PDF"
	if got := messages(runRule(t, "fonts-embedded", c, f)); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Without a PDF the checks that read one find nothing.
func TestNoPDF(t *testing.T) {
	c := parseCase(t, baseYAML())
	c.Counsel = c.Counsel[:1]
	for _, id := range []string{"page-limit", "type-size", "numbered-lines", "fonts-embedded", "attestation", "case-number", "court-title"} {
		if fs := runRule(t, id, c, nil); len(fs) > 0 {
			t.Errorf("%s: %s", id, messages(fs))
		}
	}
}

// squash is the rune-by-rune mapping it stands for, on any text.
func TestSquashAsMapped(t *testing.T) {
	mapped := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch r {
			case '\u2018', '\u2019':
				return '\''
			case '\u201C', '\u201D':
				return '"'
			case ' ', '\t', '\n', '\r', '\u00A0':
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	r := rand.New(rand.NewPCG(3, 5))
	alphabet := []rune("aZ 09\t\n\r\u00a0‘’“”ÉéÅß\u0130İ.,;-\uFFFD")
	for n := 0; n < 3000; n++ {
		rs := make([]rune, r.IntN(40))
		for i := range rs {
			rs[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(rs)
		if n%7 == 0 {
			s += "\xff\xfe" // broken UTF-8 too
		}
		if got, want := squash(s), mapped(s); got != want {
			t.Fatalf("squash(%q) = %q, want %q", s, got, want)
		}
	}
}
