package layout

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

var footerSeed = flag.Uint64("footerseed", 0, "replay one case of TestFooterProperties from its seed")

// wideMeasurer sets text half as wide again as monoMeasurer does, so that
// footers run out of room sooner.
type wideMeasurer struct{}

func (wideMeasurer) Width(s string, st markup.Style, size float64) float64 {
	return 1.5 * monoMeasurer{}.Width(s, st, size)
}

// TestFooterProperties lays out footers with random titles (1 to 120
// characters of random words), case numbers and document IDs, and checks
// that no two footer texts overlap, that none leaves the measure or the
// footer area, that the title's words are there once each and in order,
// and that FooterWrapped says whether the title wrapped — or that the
// layout refused the footer. A failure names its seed, which
// -footerseed replays.
func TestFooterProperties(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	seeds := make([]uint64, 0, 600)
	if *footerSeed != 0 {
		seeds = append(seeds, *footerSeed)
	} else {
		for s := uint64(1); s <= 600; s++ {
			seeds = append(seeds, s)
		}
	}
	refused := 0
	for _, seed := range seeds {
		r := rand.New(rand.NewPCG(seed, 11))
		meta := markup.Meta{Title: randomTitle(r), Case: randomCase(r)}
		if r.IntN(3) == 0 {
			meta.DocumentID = fmt.Sprintf("DOC-%d v.%d", r.IntN(1e9), 1+r.IntN(9))
		}
		var m Measurer = monoMeasurer{}
		if r.IntN(2) == 0 {
			m = wideMeasurer{}
		}
		doc := &markup.Doc{Meta: meta, Blocks: []markup.Block{&markup.Paragraph{Runs: []markup.Run{{Text: "Text."}}}}}
		d, err := LayoutWith(doc, p, m)
		var le *Error
		if errors.As(err, &le) && le.Block == "footer" {
			refused++
			continue
		}
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if msg := checkFooter(d, meta); msg != "" {
			t.Fatalf("seed %d (replay with -footerseed=%d): title %q, case %q, ID %q: %s", seed, seed, meta.Title, meta.Case, meta.DocumentID, msg)
		}
	}
	if *footerSeed == 0 && (refused == 0 || refused > len(seeds)/4) {
		t.Errorf("%d of %d footers refused: the test does not reach both outcomes", refused, len(seeds))
	}
}

// randomTitle returns 1 to 120 characters of words of random lengths.
func randomTitle(r *rand.Rand) string {
	n := 1 + r.IntN(120)
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for k := 1 + r.IntN(14); k > 0 && b.Len() < n; k-- {
			b.WriteByte(byte('A' + r.IntN(26)))
		}
	}
	return strings.TrimSpace(b.String())
}

// randomCase returns no case number, a usual one, or one with several
// judges' initials.
func randomCase(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return ""
	case 1:
		return "4:21-cv-02632-DMR"
	}
	s := fmt.Sprintf("%d:%02d-cv-%05d", 1+r.IntN(5), r.IntN(100), r.IntN(1e5))
	for k := r.IntN(5); k >= 0; k-- {
		s += "-" + string(rune('A'+r.IntN(26))) + string(rune('A'+r.IntN(26))) + string(rune('A'+r.IntN(26)))
	}
	return s
}

// checkFooter describes what is wrong with a document's footers, or
// returns "".
func checkFooter(d *Document, meta markup.Meta) string {
	p := d.Profile
	for i, pg := range d.Pages {
		texts := pick(pg.Texts, Footer)
		for a, ta := range texts {
			if ta.X < p.Text.Left-1e-6 || ta.X+ta.W > p.Text.Right+1e-6 {
				return fmt.Sprintf("page %d: %q spans %.1f–%.1f, outside the measure", i+1, ta.S, ta.X, ta.X+ta.W)
			}
			if ta.Y < p.Footer.Rule+ta.Size*0.9 || ta.Y+ta.Size*0.25 > p.Page.Height {
				return fmt.Sprintf("page %d: %q at y=%.1f leaves the footer area", i+1, ta.S, ta.Y)
			}
			for _, tb := range texts[a+1:] {
				dy := math.Abs(ta.Y - tb.Y)
				if dy > 1e-6 && dy < ta.Size {
					return fmt.Sprintf("page %d: %q and %q are %.1f apart", i+1, ta.S, tb.S, dy)
				}
				if dy <= 1e-6 && ta.X < tb.X+tb.W && tb.X < ta.X+ta.W {
					return fmt.Sprintf("page %d: %q and %q overlap", i+1, ta.S, tb.S)
				}
			}
		}
		if got, want := footerTitleWords(texts, meta, i+1), strings.Join(strings.Fields(meta.Title), " "); got != want {
			return fmt.Sprintf("page %d: title words %q, want %q", i+1, got, want)
		}
		if lines := footerTitleLines(texts, meta, i+1); d.FooterWrapped != (lines > 1) {
			return fmt.Sprintf("page %d: the title takes %d lines but FooterWrapped is %v", i+1, lines, d.FooterWrapped)
		}
	}
	return ""
}

// titleTexts returns the footer texts that are the title's: neither the
// page number, the case number nor the document ID.
func titleTexts(texts []Text, meta markup.Meta, page int) []Text {
	var out []Text
	for _, t := range texts {
		if t.S != fmt.Sprint(page) && t.S != "Case No. "+meta.Case && t.S != meta.DocumentID {
			out = append(out, t)
		}
	}
	return out
}

func footerTitleWords(texts []Text, meta markup.Meta, page int) string {
	return strings.Join(strings.Fields(readingOrder(titleTexts(texts, meta, page))), " ")
}

func footerTitleLines(texts []Text, meta markup.Meta, page int) int {
	ys := map[float64]bool{}
	for _, t := range titleTexts(texts, meta, page) {
		ys[t.Y] = true
	}
	return len(ys)
}

// TestFooterGeometry checks the footer's lines in each arrangement.
func TestFooterGeometry(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("LONG TITLE WORDS ", 5)
	tests := []struct {
		name       string
		meta       markup.Meta
		want       string // each footer text as "y:text", top down and left to right
		wrapped    bool
		errorBlock string
	}{
		{"one line", markup.Meta{Title: "STATEMENT", Case: "1:23-cv-00001-ABC"},
			"762:1 776:STATEMENT 776:Case No. 1:23-cv-00001-ABC", false, ""},
		{"wrapped", markup.Meta{Title: long, Case: "1:23-cv-00001-ABC"},
			"760:1 771:LONG TITLE WORDS LONG TITLE WORDS LONG TITLE WORDS LONG TITLE 771:Case No. 1:23-cv-00001-ABC 782:WORDS LONG TITLE WORDS", true, ""},
		{"document ID below the title", markup.Meta{Title: "STATEMENT", Case: "1:23-cv-00001-ABC", DocumentID: "DOC-1"},
			"760:1 771:STATEMENT 771:Case No. 1:23-cv-00001-ABC 782:DOC-1", false, ""},
		{"document ID beside the page number", markup.Meta{Title: long, Case: "1:23-cv-00001-ABC", DocumentID: "DOC-1"},
			"760:DOC-1 760:1 771:LONG TITLE WORDS LONG TITLE WORDS LONG TITLE WORDS LONG TITLE 771:Case No. 1:23-cv-00001-ABC 782:WORDS LONG TITLE WORDS", true, ""},
		{"three lines", markup.Meta{Title: long + long, Case: "1:23-cv-00001-ABC"}, "", false, "footer"},
		{"document ID too long", markup.Meta{Title: long, DocumentID: strings.Repeat("ID", 50)}, "", false, "footer"},
	}
	for _, tt := range tests {
		doc := &markup.Doc{Meta: tt.meta, Blocks: []markup.Block{&markup.Paragraph{Runs: []markup.Run{{Text: "Text."}}}}}
		d, err := LayoutWith(doc, p, monoMeasurer{})
		var le *Error
		switch {
		case tt.errorBlock != "":
			if !errors.As(err, &le) || le.Block != tt.errorBlock {
				t.Errorf("%s: error %v, want a %s error", tt.name, err, tt.errorBlock)
			}
			continue
		case err != nil:
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, tx := range sortedTexts(pick(d.Pages[0].Texts, Footer)) {
			got = append(got, fmt.Sprintf("%g:%s", tx.Y, tx.S))
		}
		if g := strings.Join(got, " "); g != tt.want || d.FooterWrapped != tt.wrapped {
			t.Errorf("%s:\n got %s (wrapped %v)\nwant %s (wrapped %v)", tt.name, g, d.FooterWrapped, tt.want, tt.wrapped)
		}
	}
}
