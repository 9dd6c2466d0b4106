package render

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pleadgen/pdffile"
)

// unicodeInput is a statement with characters beyond Windows-1252 in
// every style: in running text, headings, a footnote, the signature.
const unicodeInput = "testdata/unicode.md"

// The characters both forms of a face hold measure the same in both, so
// that a text is laid out alike whichever form draws it.
func TestWholeFacesMeasureAsWindows1252(t *testing.T) {
	for style := range faces {
		win, err := winFaceOf(style)
		if err != nil {
			t.Fatal(err)
		}
		whole, err := uniFaceOf(style)
		if err != nil {
			t.Fatal(err)
		}
		for c := 0x20; c <= 0xff; c++ {
			r := pdffile.WinAnsiRune(byte(c))
			if _, ok := winAnsiByte(r); !ok || r == 0x7f {
				continue
			}
			if got := whole.Advance(whole.Glyph(r)); got != win.Cw[c] {
				t.Errorf("face %q: %U is %d wide whole, %d in Windows-1252", style, r, got, win.Cw[c])
			}
		}
	}
}

// Every word of a document with Unicode text stands where the layout
// measured it, as pdftotext reads the PDF: the Windows-1252 texts, whose
// spaces the PDF's word spacing widens, and the Unicode ones, whose
// spaces are widened one by one.
func TestWordsStandWhereMeasured(t *testing.T) {
	doc := readDoc(t, unicodeInput)
	var r Renderer
	pdf, err := r.PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	needTool(t, "pdftotext")
	path := filepath.Join(t.TempDir(), "u.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	// Where each word of each text starts, by page.
	m := NewMeasurer()
	starts := make([][]wordStart, len(d.Pages))
	for i, pg := range d.Pages {
		for _, tx := range pg.Texts {
			// The PDF widens the spaces; a reader also parts words at a
			// no-break space, which is not widened.
			_, win := winAnsi(tx.S)
			x := tx.X
			for j, w := range strings.Split(tx.S, " ") {
				if j > 0 {
					x += m.Width(" ", tx.Style, tx.Size) + tx.WordSpace
				}
				for k, part := range strings.Split(w, "\u00a0") {
					if k > 0 {
						x += m.Width("\u00a0", tx.Style, tx.Size)
					}
					if part != "" {
						starts[i] = append(starts[i], wordStart{part, x, !win})
					}
					x += m.Width(part, tx.Style, tx.Size)
				}
			}
		}
	}
	page, wide := 0, 0
	word := regexp.MustCompile(`<page |<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>`)
	for _, g := range word.FindAllSubmatch(out, -1) {
		if g[1] == nil {
			page++
			continue
		}
		x, _ := strconv.ParseFloat(string(g[1]), 64)
		text := unescapeHTML(string(g[2]))
		found := false
		for _, s := range starts[page-1] {
			if math.Abs(s.x-x) < 0.02 && strings.HasPrefix(text, s.word) {
				found = true
				if s.wide {
					wide++
				}
				break
			}
		}
		if !found {
			t.Errorf("page %d: %q at %.3f is not where any word was measured", page, text, x)
		}
	}
	// The table's cells and the list hold Unicode text too.
	for _, w := range []string{">Ω<", ">ψ<", ">≈<", ">≤<", ">(α)<"} {
		if !bytes.Contains(out, []byte(w)) {
			t.Errorf("pdftotext reads no word %s", w)
		}
	}
	if page != len(d.Pages) || wide < 20 {
		t.Errorf("%d pages read of %d, %d words in Unicode fonts", page, len(d.Pages), wide)
	}
}

type wordStart struct {
	word string
	x    float64
	wide bool // drawn in a whole face
}

func unescapeHTML(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(s)
}

// TestToUnicodeMapRanges: consecutive codes make one range, which never
// runs past its high byte; a block holds at most a hundred ranges.
func TestToUnicodeMapRanges(t *testing.T) {
	cmap := string(toUnicodeMap([]rune{0x20, 0x21, 0x22, 0xfe, 0xff, 0x100, 0x101, 0x3b1}))
	want := "4 beginbfrange\n<0020> <0022> <0020>\n<00FE> <00FF> <00FE>\n<0100> <0101> <0100>\n<03B1> <03B1> <03B1>\nendbfrange\n"
	if !strings.Contains(cmap, want) {
		t.Errorf("map:\n%s\nwant the ranges\n%s", cmap, want)
	}
	var many []rune
	for r := rune(0x100); r < 0x100+2*250; r += 2 {
		many = append(many, r)
	}
	cmap = string(toUnicodeMap(many))
	if got := strings.Count(cmap, "beginbfrange"); got != 3 || !strings.Contains(cmap, "\n50 beginbfrange\n") {
		t.Errorf("250 ranges in %d blocks:\n%s", got, cmap)
	}
}

// TestWideFontTables: the widths list runs of consecutive codes, and the
// map of codes to glyphs gives each drawn code its glyph and every other
// code none.
func TestWideFontTables(t *testing.T) {
	m, err := uniFaceOf("")
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune{' ', '!', 'A', 0x3b1}
	w := func(r rune) int { return m.Advance(m.Glyph(r)) }
	want := fmt.Sprintf("32 [%d %d] 65 [%d] 945 [%d]", w(' '), w('!'), w('A'), w(0x3b1))
	if got := cidWidths(m, runes); got != want {
		t.Errorf("widths %q, want %q", got, want)
	}
	gids := glyphMap(m, runes)
	if len(gids) != 2*(0x3b1+1) {
		t.Fatalf("the map is %d bytes", len(gids))
	}
	for r := rune(0); r <= 0x3b1; r++ {
		g := int(gids[2*r])<<8 | int(gids[2*r+1])
		want := 0
		if r == ' ' || r == '!' || r == 'A' || r == 0x3b1 {
			want = m.Glyph(r)
		}
		if g != want || want == 0 && (r == 'A' || r == 0x3b1) {
			t.Errorf("%U: glyph %d, want %d", r, g, want)
		}
	}
}

// A no-break hyphen, which the fonts lack, is drawn as a hyphen wherever
// it stands — in running text and in the footer's title and case number —
// and needs no Unicode font.
func TestNoBreakHyphenDrawnAsHyphen(t *testing.T) {
	pdf, facts := renderSource(t, "::: document\ntitle: Smith\u2011Jones Statement\nfooter: Smith\u2011Jones Statement\ncase: 3:24\u2011cv\u201101234\ndate: 2024-01-02\n:::\n\nThe Smith\u2011Jones matter.\n")
	text := facts.Pages[0].Text()
	for _, want := range []string{"Smith-Jones Statement", "Case No. 3:24-cv-01234", "The Smith-Jones matter."} {
		if !strings.Contains(text, want) {
			t.Errorf("page 1 has no %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\u2011") || bytes.Contains(pdf, []byte("/Type0")) {
		t.Error("a no-break hyphen was drawn as itself, in a Unicode font")
	}
}

// needTool skips a test when a tool it runs is not installed, and fails
// it in CI, which installs every tool the tests use.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s not found; install the Debian package poppler-utils", name)
	}
	t.Skipf("%s not found; install the Debian package poppler-utils", name)
}
