package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pleadgen/render"
	"pleadgen/render/markup"
)

// The least share of the lines of each example that must end at the same
// word, on the same page, in LibreOffice's rendering of the .docx as in
// pleadgen's PDF; the examples of testdata/forms (the PDF's golden
// inputs) must reach 95% too, save those below, where LibreOffice is
// known to part from the PDF.
var libreOfficeExamples = []officeCase{
	{"aclu", 0.95},
	{"multi", 0.95},
	{"redwood", 0.95},
	{"stipulation", 0.95},
	{"supplemental", 0.95},
	{"declaration", 0.95},
	{"certification", 0.95},
}

// officeCase is an example and the share of its lines that must agree.
type officeCase struct {
	name      string
	agreement float64
}

var libreOfficeForms = map[string]float64{
	// LibreOffice moves a line that refers to a footnote too long for the
	// foot of its page to the next page, with the lines its paragraph keeps
	// with it; Word and the PDF start the note under the line and continue
	// it on the next page. 21 of 33 body lines and 32 of 60 lines agree.
	"footnote-continues": 0.5,
}

// TestLibreOfficePaginatesAsThePDF converts each example's .docx to PDF
// with LibreOffice, the available stand-in for Word, and compares it with
// pleadgen's PDF of the same markup: the same number of pages, and the
// body lines ending at the same words.
func TestLibreOfficePaginatesAsThePDF(t *testing.T) {
	soffice := needTools(t, "soffice", "pdfinfo", "pdftotext")
	dir := t.TempDir()
	type job struct {
		name      string
		doc       *markup.Doc // the document pleadgen's PDF draws
		agreement float64
		order     string // the order's heading, for a proposed order
	}
	var jobs []job
	var files []string
	add := func(j job, opts Options, source *markup.Doc) {
		data, err := Write(source, paperOf(t, source), opts)
		if err != nil {
			t.Fatalf("%s: %v", j.name, err)
		}
		file := filepath.Join(dir, strings.ReplaceAll(j.name, "/", "-")+".docx")
		writeFile(t, file, data)
		pdf, err := render.PDF(j.doc)
		if err != nil {
			t.Fatalf("%s: %v", j.name, err)
		}
		writeFile(t, filepath.Join(dir, strings.ReplaceAll(j.name, "/", "-")+"-pleadgen.pdf"), pdf)
		jobs, files = append(jobs, j), append(files, file)
	}
	forms, err := filepath.Glob("testdata/forms/*.md")
	if err != nil {
		t.Fatal(err)
	}
	all := append([]officeCase(nil), libreOfficeExamples...)
	for _, f := range forms {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		agreement, ok := libreOfficeForms[name]
		if !ok {
			agreement = 0.95
		}
		all = append(all, officeCase{"forms/" + name, agreement})
	}
	for _, ex := range all {
		doc := exampleDoc(t, ex.name)
		add(job{name: ex.name, doc: doc, agreement: ex.agreement}, Options{}, doc)
		if _, _, heading, ok := orderPart(doc.Blocks); ok {
			order, err := orderDocument(doc)
			if err != nil {
				t.Fatal(err)
			}
			add(job{name: ex.name + "-order", doc: order, agreement: ex.agreement, order: strings.TrimSpace(plainText(heading.Runs))}, Options{OrderOnly: true}, doc)
		}
	}
	convert(t, soffice, dir, files...)
	for _, j := range jobs {
		t.Run(j.name, func(t *testing.T) {
			file := strings.ReplaceAll(j.name, "/", "-")
			office := filepath.Join(dir, "lo", file+".pdf")
			ours := filepath.Join(dir, file+"-pleadgen.pdf")
			got, want := pageCount(t, office), pageCount(t, ours)
			c := compareLines(t, j.doc, ours, office)
			t.Logf("%s: LibreOffice %d pages, pleadgen %d; %d of %d body lines end at the same word (%.1f%%), %d of them on the same page and numbered line, on its baseline; of all %d lines of text, %d end at the same word on the same page, %d of them on the PDF's baseline",
				j.name, got, want, c.sameEnd, c.total, percent(c.sameEnd, c.total), c.samePlace, c.every, c.everySame, c.level)
			for _, m := range c.misses {
				t.Logf("  differs: %s", m)
			}
			if got != want {
				t.Errorf("LibreOffice makes %d pages of the .docx, pleadgen %d of the PDF", got, want)
			}
			if c.total > 0 && float64(c.sameEnd) < j.agreement*float64(c.total) {
				t.Errorf("%d of %d body lines end at the same word, want at least %.0f%%", c.sameEnd, c.total, 100*j.agreement)
			}
			if float64(c.samePlace) < j.agreement*float64(c.total) {
				t.Errorf("%d of %d body lines stand on the same page, numbered line and baseline, want at least %.0f%%", c.samePlace, c.total, 100*j.agreement)
			}
			if c.every == 0 || float64(c.everySame) < j.agreement*float64(c.every) {
				t.Errorf("%d of %d lines end at the same word on the same page, want at least %.0f%%", c.everySame, c.every, 100*j.agreement)
			}
			if j.agreement >= 0.95 {
				if at, ok := sameWordsInOrder(t, j.doc, ours, office); !ok {
					t.Errorf("LibreOffice's text parts from the PDF's at word %d", at)
				}
			}
			if j.order != "" {
				first := pageText(t, office, 1)
				if !strings.Contains(first, "Case No.") || strings.Count(first, j.order) < 2 {
					t.Errorf("the order's first page lacks the caption or the heading %q:\n%s", j.order, first)
				}
			}
		})
	}
}

// sameWordsInOrder reports whether LibreOffice's rendering holds every
// word of pleadgen's PDF — headings, paragraphs, footnotes, table cells,
// signatures — once and in the same order, read page by page and line by
// line; and where they first part.
func sameWordsInOrder(t *testing.T, doc *markup.Doc, ours, office string) (int, bool) {
	t.Helper()
	d, err := render.Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Profile
	a, _ := pdfWords(t, ours, p.Text.Left, p.Footer.Rule)
	b, _ := pdfWords(t, office, p.Text.Left, p.Footer.Rule)
	seq := func(ws []pdfWord) []string {
		var out []string
		for _, l := range linesOf(ws) {
			for _, w := range l.words {
				out = append(out, w.text)
			}
		}
		return out
	}
	x, y := seq(a), seq(b)
	for i := range x {
		if i >= len(y) || x[i] != y[i] {
			return i, false
		}
	}
	return len(x), len(x) == len(y)
}

// percent is n of of, in percent.
func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// needTools skips the test unless every tool is on PATH, and returns the
// first one's path.
func needTools(t *testing.T, tools ...string) string {
	t.Helper()
	var first string
	for i, tool := range tools {
		p, err := exec.LookPath(tool)
		if err != nil && os.Getenv("CI") != "" {
			t.Fatalf("%s is not on PATH, and CI installs it (.ci/run)", tool)
		}
		if err != nil {
			t.Skipf("%s is not on PATH: install LibreOffice (Debian: libreoffice-writer-nogui) and poppler-utils to run this test", tool)
		}
		if i == 0 {
			first = p
		}
	}
	return first
}

// convert converts files to PDF in dir/lo with one LibreOffice run, with a
// profile of its own so that it neither needs nor disturbs a user's.
func convert(t *testing.T, soffice, dir string, files ...string) {
	t.Helper()
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo")}, files...)
	out, err := exec.Command(soffice, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
}

// pageCount reads a PDF's number of pages with pdfinfo.
func pageCount(t *testing.T, pdf string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", pdf, err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("pdfinfo %s: no page count", pdf)
	return 0
}

// pageText reads page n of a PDF with pdftotext, its words joined by
// single spaces.
func pageText(t *testing.T, pdf string, n int) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
