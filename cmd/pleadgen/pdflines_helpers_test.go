package main

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// textLine is the words of one page that share a baseline, left to right.
type textLine struct {
	page  int
	base  float64 // the baseline, from the 12-pt metrics of the line numbers
	words []bboxWord
}

// text joins the line's words with single spaces, quotes straightened.
func (l textLine) text() string { return wordsText(l.words) }

// wordsText joins words with single spaces, quotes straightened.
func wordsText(ws []bboxWord) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = quotes.Replace(w.Text)
	}
	return strings.Join(parts, " ")
}

// slot is the numbered line (from 1) the line's baseline lies on, or the
// one above when it lies halfway between two.
func (l textLine) slot() int { return int(math.Floor((l.base-firstBaseline)/slotPitch+0.01)) + 1 }

// pdfText is a PDF as `pdftotext -bbox` reads it: its words, and the words
// grouped into body lines (line numbers left out) and footer lines.
type pdfText struct {
	path   string
	words  []bboxWord
	pages  int
	m      metrics
	body   []textLine // by page, then baseline
	footer []textLine
}

// readPDFText runs `pdftotext -bbox` on a PDF and groups its words.
func readPDFText(t *testing.T, pdf string) *pdfText {
	t.Helper()
	html := strings.TrimSuffix(pdf, filepath.Ext(pdf)) + ".bbox.html"
	tool(t, "pdftotext", "-bbox", pdf, html)
	words, pages, err := parseBBox(readFile(t, html))
	if err != nil {
		t.Fatal(err)
	}
	m, err := calibrate(words)
	if err != nil {
		t.Fatal(err)
	}
	d := &pdfText{path: pdf, words: words, pages: pages, m: m}
	var rest []bboxWord
	for _, w := range words {
		if _, err := strconv.Atoi(w.Text); err == nil && w.XMax < numbersLeftOf {
			continue // a line number
		}
		rest = append(rest, w)
	}
	for _, l := range groupLines(rest, m) {
		if l.base > footerTop {
			d.footer = append(d.footer, l)
		} else {
			d.body = append(d.body, l)
		}
	}
	return d
}

// groupLines groups words into lines: words of one page whose boxes end
// within 1 pt of each other share a line.
func groupLines(words []bboxWord, m metrics) []textLine {
	ws := append([]bboxWord(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool {
		if ws[i].Page != ws[j].Page {
			return ws[i].Page < ws[j].Page
		}
		return ws[i].YMax < ws[j].YMax
	})
	var lines []textLine
	for _, w := range ws {
		n := len(lines)
		if n > 0 && lines[n-1].page == w.Page && w.YMax-lines[n-1].words[0].YMax <= 1 {
			lines[n-1].words = append(lines[n-1].words, w)
			continue
		}
		lines = append(lines, textLine{page: w.Page, base: w.YMax - m.descent, words: []bboxWord{w}})
	}
	for i := range lines {
		sort.SliceStable(lines[i].words, func(a, b int) bool { return lines[i].words[a].XMin < lines[i].words[b].XMin })
	}
	return lines
}

// pageLines returns the body lines of one page.
func (d *pdfText) pageLines(page int) []textLine {
	var out []textLine
	for _, l := range d.body {
		if l.page == page {
			out = append(out, l)
		}
	}
	return out
}

// pageText returns the words of a page's body, whitespace squashed.
func (d *pdfText) pageText(page int) string {
	var parts []string
	for _, l := range d.pageLines(page) {
		parts = append(parts, l.text())
	}
	return strings.Join(parts, " ")
}

// footerText returns the words of a page's footer.
func (d *pdfText) footerText(page int) string {
	var parts []string
	for _, l := range d.footer {
		if l.page == page {
			parts = append(parts, l.text())
		}
	}
	return strings.Join(parts, " ")
}

// find returns the body lines whose text holds s.
func (d *pdfText) find(s string) []textLine {
	var out []textLine
	for _, l := range d.body {
		if strings.Contains(l.text(), s) {
			out = append(out, l)
		}
	}
	return out
}

// gridErrors returns the words off the pleading grid and the line numbers
// missing from their places.
func (d *pdfText) gridErrors() []string {
	_, bad := offGrid(d.words, d.m)
	return append(bad, missingNumbers(d.words, d.pages, d.m)...)
}

// buildCase writes a case file into dir, runs the whole pipeline on it in
// this process, writes the PDF beside it and returns the PDF's path.
func buildCase(t *testing.T, p *pipeline, dir, name, yaml string) string {
	t.Helper()
	path := filepath.Join(dir, name+".yaml")
	writeFile(t, path, []byte(yaml))
	return buildFile(t, p, path, filepath.Join(dir, name+".pdf"))
}

// buildFile runs the whole pipeline on a case file in this process and
// writes the PDF to out.
func buildFile(t *testing.T, p *pipeline, path, out string) string {
	t.Helper()
	r, err := p.Build(path)
	if err != nil {
		t.Fatalf("build %s: %v", path, err)
	}
	if err := os.WriteFile(out, r.PDF, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}

// testPipeline returns a pipeline with the built-in templates.
func testPipeline(t *testing.T) *pipeline {
	t.Helper()
	p, err := newPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
