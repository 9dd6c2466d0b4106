package render

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestParallelMakesTheSamePDF draws each example with its pages deflated
// beside the drawing and without: the same bytes.
func TestParallelMakesTheSamePDF(t *testing.T) {
	for _, path := range benchInputs {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		// The body four times over, each copy's footnotes its own: long
		// enough to be deflated beside.
		text := string(src)
		k := strings.Index(text, "\n# ")
		long := text[:k]
		for i := range 4 {
			long += strings.ReplaceAll(text[k:], "[^", fmt.Sprintf("[^copy%d-", i))
		}
		doc, err := markup.Parse(path, []byte(long))
		if err != nil {
			t.Fatal(err)
		}
		one, err := new(Renderer).PDF(doc)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := new(Renderer).Layout(doc); err != nil || len(d.Pages) < parallelPages {
			t.Fatalf("%s four times over: too few pages to deflate beside (%v)", path, err)
		}
		for range 3 {
			two, err := (&Renderer{Parallel: true}).PDF(doc)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one, two) {
				t.Fatalf("%s: deflating the pages beside the drawing made another PDF", path)
			}
		}
	}
}

// TestReuseMakesTheSamePDF edits a document again and again as a writer
// does — a word in, a word out, a paragraph doubled or dropped, a
// character Windows-1252 lacks, markup that does not parse — and renders
// each version with the work kept from the versions before it and with
// none: the two PDFs must be the same bytes, and a version that fails must
// fail with both.
func TestReuseMakesTheSamePDF(t *testing.T) {
	rounds := 40
	if testing.Short() || raceDetector {
		rounds = 8
	}
	// The two examples' markup and the multi-party one's: several parties
	// and firms a side, a table in a side's text, a proposed order.
	inputs := slices.Concat(benchInputs, []string{"testdata/reuse/multi-party.md"})
	for seed := range uint64(6) {
		src, err := os.ReadFile(inputs[seed%3])
		if err != nil {
			t.Fatal(err)
		}
		var u Reuse
		// Half the seeds deflate the pages beside the drawing as well.
		kept := &Renderer{Reuse: &u, Parallel: seed >= 3}
		text := string(src)
		rng := rand.New(rand.NewPCG(seed, 17))
		for i := range rounds {
			edited, what := edit(rng, text)
			fresh, freshErr := renderMarkup(new(Renderer), edited)
			again, againErr := renderMarkup(kept, edited)
			if (freshErr == nil) != (againErr == nil) {
				t.Fatalf("seed %d edit %d (%s): without reuse: %v; with: %v", seed, i, what, freshErr, againErr)
			}
			if !bytes.Equal(fresh, again) {
				t.Fatalf("seed %d edit %d (%s): the PDF made with the last render's work differs from one made afresh", seed, i, what)
			}
			if freshErr == nil {
				text = edited
			}
		}
	}
}

var (
	bold   = regexp.MustCompile(`\*\*([^*\n]+)\*\*`)
	italic = regexp.MustCompile(`(^|[^*])\*([^*\n]+)\*([^*]|$)`)
)

// edit makes one change a writer might make to markup, and says what.
// Some change nothing but what a paragraph's lines are made from besides
// its words: a style, a footnote's number, the width (in a quotation).
func edit(rng *rand.Rand, text string) (string, string) {
	paras := strings.Split(text, "\n\n")
	k := rng.IntN(len(paras))
	p := paras[k]
	words := strings.Split(p, " ")
	w := rng.IntN(len(words))
	var what string
	switch rng.IntN(12) {
	case 7:
		paras[k] = bold.ReplaceAllString(p, "*$1*")
		return strings.Join(paras, "\n\n"), "bold made italic"
	case 8:
		paras[k] = italic.ReplaceAllString(p, "$1**$2**$3")
		return strings.Join(paras, "\n\n"), "italic made bold"
	case 9:
		paras[k] = "> " + strings.ReplaceAll(p, "\n", "\n> ")
		return strings.Join(paras, "\n\n"), "a paragraph quoted"
	case 10:
		label := fmt.Sprintf("added%d", rng.IntN(1e6))
		paras[k] = p + "[^" + label + "]"
		paras = append(paras, "[^"+label+"]: A note added.")
		return strings.Join(paras, "\n\n"), "a footnote earlier than others"
	case 0:
		words = append(words[:w], append([]string{"inserted"}, words[w:]...)...)
		what = "a word in"
	case 1:
		words = append(words[:w], words[w+1:]...)
		what = "a word out"
	case 2:
		paras = append(paras[:k+1], paras[k:]...)
		what = "a paragraph doubled"
	case 3:
		if len(paras) > 20 {
			paras = append(paras[:k], paras[k+1:]...)
		}
		what = "a paragraph dropped"
	case 4:
		words = append(words[:w], append([]string{"→"}, words[w:]...)...)
		what = "a character Windows-1252 lacks"
	case 5:
		words = append(words[:w], append([]string{"\n::: nonsense\n"}, words[w:]...)...)
		what = "markup that does not parse"
	case 6:
		words = append(words[:w], append([]string{"\u4e2d"}, words[w:]...)...)
		what = "a character no font draws"
	default:
		what = "nothing"
	}
	if k < len(paras) {
		paras[k] = strings.Join(words, " ")
	}
	return strings.Join(paras, "\n\n"), what
}

func renderMarkup(r *Renderer, text string) ([]byte, error) {
	doc, err := markup.Parse("edited.md", []byte(text))
	if err != nil {
		return nil, err
	}
	return r.PDF(doc)
}

// TestReuseTakesAgainWhatDidNotChange renders a document, then the same
// document with a word changed near its end: the second render takes
// again the lines of every paragraph but the changed one and the deflated
// content of the pages before it. A render that fails leaves the last
// good render's work in place.
func TestReuseTakesAgainWhatDidNotChange(t *testing.T) {
	src, err := os.ReadFile(benchInputs[0])
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	var u Reuse
	r := &Renderer{Reuse: &u}
	first, err := renderMarkup(r, text)
	if err != nil {
		t.Fatal(err)
	}
	if u.LinesReused() != 0 || u.PagesReused() != 0 {
		t.Fatalf("a first render reused %d paragraphs and %d pages", u.LinesReused(), u.PagesReused())
	}
	paragraphs := u.lines.Kept()
	pages := len(u.pages.kept)
	if paragraphs < 50 || pages < 7 {
		t.Fatalf("the first render kept %d paragraphs' lines and %d pages", paragraphs, pages)
	}
	if _, err := renderMarkup(r, text+"\n\nA character no font draws: \u4e2d.\n"); err == nil {
		t.Fatal("a character no font draws rendered")
	}
	k := strings.LastIndex(text, "ICE")
	changed := text[:k] + "Immigration and Customs Enforcement" + text[k+len("ICE"):]
	second, err := renderMarkup(r, changed)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, second) {
		t.Fatal("the changed document drew the same PDF")
	}
	if got := u.LinesReused(); got < paragraphs-2 {
		t.Errorf("the second render took again %d of %d paragraphs' lines; want all but the changed one", got, paragraphs)
	}
	if got := u.PagesReused(); got < pages-2 {
		t.Errorf("the second render took again %d of %d pages; want those before the change", got, pages)
	}
}
