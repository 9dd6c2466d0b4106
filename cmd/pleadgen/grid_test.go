package main

import (
	"encoding/xml"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"testing"
)

// The pleading grid of the cand profile (SPEC.md, section 2), in points from
// the top of the page.
const (
	gridLines     = 28
	firstBaseline = 89.0  // baseline of slot 1
	slotPitch     = 24.0  // from one numbered baseline to the next
	halfPitch     = 12.0  // single-spaced text lies halfway between two
	footerTop     = 744.0 // baselines below this belong to the footer
	baselineSlack = 0.25  // allowed distance from the grid
	numbersLeftOf = 100.0 // the line numbers end left of this x
	sizeSlack     = 0.5   // box heights within this are the same font size
)

// bboxWord is one word of `pdftotext -bbox` output, on page Page (from 1).
type bboxWord struct {
	XMin float64 `xml:"xMin,attr"`
	YMin float64 `xml:"yMin,attr"`
	XMax float64 `xml:"xMax,attr"`
	YMax float64 `xml:"yMax,attr"`
	Text string  `xml:",chardata"`
	Page int     `xml:"-"`
}

// parseBBox reads the XHTML that `pdftotext -bbox` writes and returns its
// words and its number of pages.
func parseBBox(data []byte) ([]bboxWord, int, error) {
	var doc struct {
		Pages []struct {
			Words []bboxWord `xml:"word"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, 0, err
	}
	var words []bboxWord
	for i, p := range doc.Pages {
		for _, w := range p.Words {
			w.Page = i + 1
			words = append(words, w)
		}
	}
	return words, len(doc.Pages), nil
}

// numberBaseline is the baseline of numbered slot k (from 1).
func numberBaseline(k int) float64 { return firstBaseline + slotPitch*float64(k-1) }

// metrics is what the line numbers tell about 12-pt words: the height of
// their box, and how far the box's bottom lies below the baseline.
type metrics struct{ height, descent float64 }

// calibrate measures the metrics from the line numbers 1 to 28 of page 1.
func calibrate(words []bboxWord) (metrics, error) {
	var m metrics
	n := 0
	for _, w := range words {
		k, err := strconv.Atoi(w.Text)
		if w.Page != 1 || err != nil || k < 1 || k > gridLines || w.XMax >= numbersLeftOf {
			continue
		}
		m.height += w.YMax - w.YMin
		m.descent += w.YMax - numberBaseline(k)
		n++
	}
	if n != gridLines {
		return metrics{}, fmt.Errorf("found %d line numbers on page 1, want %d", n, gridLines)
	}
	m.height /= float64(n)
	m.descent /= float64(n)
	return m, nil
}

// offGrid checks every 12-pt word above the footer and returns how many it
// checked and a description of each word off the grid.
func offGrid(words []bboxWord, m metrics) (checked int, bad []string) {
	for _, w := range words {
		if math.Abs(w.YMax-w.YMin-m.height) > sizeSlack {
			continue // another size: footer or a deliberate small print
		}
		base := w.YMax - m.descent
		if base > footerTop {
			continue
		}
		checked++
		h := math.Round((base - firstBaseline) / halfPitch)
		off := base - (firstBaseline + halfPitch*h)
		if h < 0 || h > 2*(gridLines-1) || math.Abs(off) > baselineSlack {
			bad = append(bad, fmt.Sprintf("page %d: %q at x %.2f has baseline %.3f, %.3f pt off the grid",
				w.Page, w.Text, w.XMin, base, off))
		}
	}
	return checked, bad
}

// missingNumbers returns the line numbers that a page lacks at their
// baselines, as "page P: N".
func missingNumbers(words []bboxWord, pages int, m metrics) []string {
	seen := make(map[[2]int]bool)
	for _, w := range words {
		k, err := strconv.Atoi(w.Text)
		if err != nil || k < 1 || k > gridLines || w.XMax >= numbersLeftOf {
			continue
		}
		if math.Abs(w.YMax-m.descent-numberBaseline(k)) <= baselineSlack {
			seen[[2]int{w.Page, k}] = true
		}
	}
	var missing []string
	for p := 1; p <= pages; p++ {
		for k := 1; k <= gridLines; k++ {
			if !seen[[2]int{p, k}] {
				missing = append(missing, fmt.Sprintf("page %d: %d", p, k))
			}
		}
	}
	return missing
}

func TestExamplesOnGrid(t *testing.T) {
	needTool(t, "pdftotext")
	for _, path := range exampleFilings(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d := readPDFText(t, renderPDF(t, path, "out.pdf"))
			words, pages, m := d.words, d.pages, d.m
			checked, bad := offGrid(words, m)
			for _, b := range bad {
				t.Error(b)
			}
			for _, miss := range missingNumbers(words, pages, m) {
				t.Errorf("line number missing or off its baseline: %s", miss)
			}
			t.Logf("%d words on %d pages checked; box height %.3f, bottom %.3f below the baseline",
				checked, pages, m.height, m.descent)
		})
	}
}

// gridPage returns the words of a page holding only the line numbers,
// boxed as pdftotext boxes 12-pt Liberation Serif.
func gridPage(page int) []bboxWord {
	var words []bboxWord
	for k := 1; k <= gridLines; k++ {
		words = append(words, word(page, strconv.Itoa(k), 80.4, numberBaseline(k)))
	}
	return words
}

// word returns a 12-pt word with its baseline at base.
func word(page int, text string, x, base float64) bboxWord {
	return bboxWord{XMin: x, YMin: base - 10.692, XMax: x + 6, YMax: base + 2.592, Text: text, Page: page}
}

func TestOffGridFindsStrayWords(t *testing.T) {
	small := word(1, "footnote", 108, 100)
	small.YMin += 3 // a 9-pt box: not checked
	tests := []struct {
		name    string
		w       bboxWord
		wantBad bool
	}{
		{"on a numbered baseline", word(1, "on", 108, numberBaseline(5)), false},
		{"halfway, within slack", word(1, "half", 108, numberBaseline(5)+12.2), false},
		{"0.3 pt low", word(1, "low", 108, numberBaseline(5)+0.3), true},
		{"a third of a slot", word(1, "drift", 108, numberBaseline(5)+8), true},
		{"above line 1", word(1, "high", 108, firstBaseline-12), true},
		{"below line 28, above the footer", word(1, "under", 108, numberBaseline(28)+4), true},
		{"in the footer", word(1, "footer", 108, 762), false},
		{"another size", small, false},
	}
	m, err := calibrate(gridPage(1))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		checked, bad := offGrid([]bboxWord{tt.w}, m)
		if got := len(bad) > 0; got != tt.wantBad {
			t.Errorf("%s: off the grid = %v, want %v (%q)", tt.name, got, tt.wantBad, bad)
		}
		if checked > 1 {
			t.Errorf("%s: checked %d words, want at most 1", tt.name, checked)
		}
	}
}

func TestMissingNumbersAndCalibration(t *testing.T) {
	page2 := gridPage(2)
	page2[6].YMax += 1 // number 7 sits 1 pt low
	words := append(gridPage(1), page2[:20]...)
	words = append(words, page2[21:]...) // number 21 is gone
	m, err := calibrate(words)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(m.descent-2.592) > 1e-9 || math.Abs(m.height-13.284) > 1e-9 {
		t.Errorf("calibrate = %+v, want height 13.284 and descent 2.592", m)
	}
	got := missingNumbers(words, 2, m)
	want := []string{"page 2: 7", "page 2: 21"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("missingNumbers = %q, want %q", got, want)
	}
	if _, err := calibrate(gridPage(2)); err == nil {
		t.Error("calibrate found line numbers on an empty page 1")
	}
}
