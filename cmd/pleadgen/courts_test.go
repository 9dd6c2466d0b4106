package main

import (
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"pleadgen"
)

// courtExample is each built-in court's example and a broken copy of it
// that the court's rules refuse: the edit made to the example, the command
// that refuses it, and the rule its message must cite.
var courtExamples = []struct {
	court, file   string
	from, to      string // the broken copy replaces from by to
	cmd, wantRule string
	wantWords     string // in the message
	clerkFree     bool
}{
	{"cand", "../../examples/aclu-v-ice-joint-cmc.yaml", "\nfiling:\n", "\npaper: {size: 11}\nfiling:\n", "validate", "Civil L.R. 3-4(c)(2)", "paper.size: the type size is 11pt; the court's rule wants at least 12pt", false},
	{"cacd", "../../examples/courts/cacd-joint-rule-26f-report.yaml", "\nfiling:\n", "\npaper: {size: 12}\nfiling:\n", "validate", "L.R. 11-3.1.1", "the type size is 12pt; the court's rule wants at least 14pt", true},
	{"caed", "../../examples/courts/caed-joint-status-report.yaml", "    settlement_judge: The parties will stipulate to the assigned magistrate judge acting as settlement judge.\n", "", "check", "the order setting the status (pretrial scheduling) conference", `topic 14, "Settlement Judge", is missing`, false},
	{"casd", "../../examples/courts/casd-stipulation.yaml", "    for: defendants\n", "    for: defendants\n    signs: false\n", "check", "Fed. R. Civ. P. 11(a)", "no attorney signs for Northstar Logistics Group, Inc.", false},
	{"azd", "../../examples/courts/azd-declaration.yaml", "\nfiling:\n", "\npaper: {left: 1in}\nfiling:\n", "validate", "LRCiv 7.1(b)(1)", "paper.left: the left margin is 1 in; the court's rule wants at least 1.5 in", true},
	{"ca-superior", "../../examples/courts/ca-superior-stipulation.yaml", "\nfiling:\n", "\npaper: {left: 0.8in}\nfiling:\n", "validate", "Cal. Rules of Court, rule 2.107", "paper.left: the left margin is 0.8 in; the court's rule wants at least 1 in", true},
}

// Every built-in court has its example, and each example renders on the
// grid of its court's paper, in its court's type size, with page 1 as the
// court's rules draw it, and passes check; the broken copy is refused
// with the rule it breaks.
func TestCourtExamples(t *testing.T) {
	needTool(t, "pdftotext")
	seen := map[string]bool{}
	for _, ex := range courtExamples {
		seen[ex.court] = true
		t.Run(ex.court, func(t *testing.T) {
			ct, ok := pleadgen.Courts().Lookup(ex.court)
			if !ok {
				t.Fatalf("no court %s", ex.court)
			}
			pdf := renderPDF(t, ex.file, "out.pdf")
			d := readPDFText(t, pdf)
			checkCourtGrid(t, d, ct.Paper.Text.Size)
			checkCourtFirstPage(t, d, ct, ex.clerkFree)
			if code, stdout, stderr := runApp("check", ex.file); code != exitOK {
				t.Errorf("check: exit status %d\n%s%s", code, stdout, stderr)
			}
			broken := filepath.Join(t.TempDir(), filepath.Base(ex.file))
			src := string(readFile(t, ex.file))
			if !strings.Contains(src, ex.from) {
				t.Fatalf("the example lacks %q", ex.from)
			}
			writeFile(t, broken, []byte(strings.Replace(src, ex.from, ex.to, 1)))
			code, stdout, stderr := runApp(ex.cmd, broken)
			out := stdout + stderr
			if code != exitBad || !strings.Contains(out, ex.wantWords) || !strings.Contains(out, ex.wantRule) {
				t.Errorf("%s of the broken copy: exit status %d, want 1 and %q citing %q:\n%s", ex.cmd, code, ex.wantWords, ex.wantRule, out)
			}
		})
	}
	for _, name := range pleadgen.Courts().Names() {
		if !seen[name] {
			t.Errorf("court %s has no example in courtExamples", name)
		}
	}
}

// checkCourtGrid checks that every word above the footer set in a size of
// 10 points or more has its baseline on a numbered line or halfway between
// two, whatever its size, and that the body's type is the paper's size.
func checkCourtGrid(t *testing.T, d *pdfText, size float64) {
	t.Helper()
	sizes := map[float64]int{}
	checked := 0
	for _, w := range d.words {
		s := 12 * (w.YMax - w.YMin) / d.m.height
		base := w.YMax - d.m.descent*s/12
		if s < 10 || base > footerTop {
			continue // the footer, a footnote mark
		}
		checked++
		sizes[math.Round(s*2)/2]++
		h := math.Round((base - firstBaseline) / halfPitch)
		if off := base - (firstBaseline + halfPitch*h); h < 0 || h > 2*(gridLines-1) || math.Abs(off) > baselineSlack*s/12+0.05 {
			t.Errorf("page %d: %q (%.1f pt) has baseline %.3f, %.3f pt off the grid", w.Page, w.Text, s, base, off)
		}
	}
	most, n := 0.0, 0
	for s, k := range sizes {
		if k > n {
			most, n = s, k
		}
	}
	if math.Abs(most-size) > 0.5 {
		t.Errorf("the body's type is %g pt (%d words), want %g pt: %v", most, n, size, sizes)
	}
	if checked < 200 {
		t.Errorf("only %d words checked", checked)
	}
}

// checkCourtFirstPage checks page 1 as the court's paper draws it: the court's
// title from its line, and no word right of the centre on the lines kept
// for the clerk.
func checkCourtFirstPage(t *testing.T, d *pdfText, ct *pleadgen.Court, clerkFree bool) {
	t.Helper()
	p := ct.Paper
	title := ct.TitleLines("", "")
	found := 0
	for _, l := range d.pageLines(1) {
		if strings.EqualFold(l.text(), title[0]) {
			found = l.slot()
		}
	}
	if found != p.FirstPage.CourtTitleLine && !(ct.Name == "azd" && found >= p.FirstPage.CourtTitleLine) {
		t.Errorf("the court's title %q starts on line %d, want %d", title[0], found, p.FirstPage.CourtTitleLine)
	}
	if cs := p.FirstPage.ClerkSpace; len(cs) == 2 != clerkFree {
		t.Fatalf("clerk's space %v, want one: %v", cs, clerkFree)
	}
	if !clerkFree {
		return
	}
	cs := p.FirstPage.ClerkSpace
	for _, l := range d.pageLines(1) {
		for _, w := range l.words {
			if w.XMin > p.Page.Width/2 && l.slot() >= cs[0] && l.slot() <= cs[1] {
				t.Errorf("%q at line %d, x %.1f, in the clerk's space", w.Text, l.slot(), w.XMin)
			}
		}
	}
}

// A court defined in a directory of one's own — its names, paper, outline
// and rules — renders and checks with no change to the program, and its
// rules hold.
func TestCourtOfOnesOwn(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	cand, _ := pleadgen.Courts().Lookup("cand")
	src := string(cand.Source)
	for _, r := range [][2]string{
		{"name: cand", "name: xnd"},
		{"short: N.D. Cal.", "short: D. Xan."},
		{"full: United States District Court, Northern District of California", "full: United States District Court, District of Xanadu"},
		{"default: true\n", ""},
		{"NORTHERN DISTRICT OF CALIFORNIA", "DISTRICT OF XANADU"},
		{"text: {left: 108, right: 576, size: 12,", "text: {left: 108, right: 576, size: 13,"},
		{"- {key: jurisdiction, heading: \"Jurisdiction & Service\"}", "- {key: jurisdiction, heading: \"Jurisdiction of Xanadu\"}"},
		{"size: {min: 12, rule: \"Civil L.R. 3-4(c)(2)\"}", "size: {min: 13, rule: \"X. L.R. 1\"}"},
	} {
		if !strings.Contains(src, r[0]) {
			t.Fatalf("cand.yaml lacks %q", r[0])
		}
		src = strings.Replace(src, r[0], r[1], 1)
	}
	courts := filepath.Join(dir, "courts")
	if err := os.Mkdir(courts, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(courts, "xnd.yaml"), []byte(src))
	ex := string(readFile(t, "../../examples/aclu-v-ice-joint-cmc.yaml"))
	filing := filepath.Join(dir, "x.yaml")
	writeFile(t, filing, []byte(strings.Replace(ex, "court: cand\n", "court: xnd\n", 1)))
	pdf := filepath.Join(dir, "x.pdf")
	if code, _, stderr := runApp("render", "--courts", courts, filing, "-o", pdf); code != exitOK {
		t.Fatalf("render --courts: exit status %d\n%s", code, stderr)
	}
	d := readPDFText(t, pdf)
	checkCourtGrid(t, d, 13)
	text := d.pageText(1) + " " + d.pageText(2)
	for _, want := range []string{"DISTRICT OF XANADU", "OAKLAND DIVISION", "1. Jurisdiction of Xanadu"} {
		if !strings.Contains(text, want) {
			t.Errorf("pages 1 and 2 lack %q:\n%s", want, text)
		}
	}
	if code, stdout, stderr := runApp("check", "--courts", courts, filing); code != exitOK {
		t.Errorf("check --courts: exit status %d\n%s%s", code, stdout, stderr)
	}
	changed := filepath.Join(dir, "y.yaml")
	writeFile(t, changed, []byte(strings.Replace(string(readFile(t, filing)), "place: Oakland", "place: Videoconference", 1)))
	redline := filepath.Join(dir, "redline.pdf")
	if code, stdout, stderr := runApp("diff", "--courts", courts, filing, changed, "-o", redline); code != 1 || len(readFile(t, redline)) == 0 {
		t.Errorf("diff --courts -o: exit status %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runApp("validate", filing); code != exitBad || !strings.Contains(stderr, `unknown court "xnd"`) {
		t.Errorf("without --courts: exit status %d\n%s", code, stderr)
	}
	small := filepath.Join(dir, "small.yaml")
	writeFile(t, small, []byte(strings.Replace(ex, "court: cand\n", "court: xnd\npaper: {size: 12}\n", 1)))
	if code, _, stderr := runApp("validate", "--courts", courts, small); code != exitBad || !strings.Contains(stderr, "at least 13pt (D. Xan., X. L.R. 1)") {
		t.Errorf("12-point type in a 13-point court: exit status %d\n%s", code, stderr)
	}
	writeFile(t, filepath.Join(courts, "xnd.yaml"), []byte(strings.Replace(src, "short: D. Xan.", "short: D. Xan.\nshortest: X", 1)))
	code, _, stderr := runApp("validate", "--courts", courts, filing)
	if want := "xnd.yaml:7:1: unknown key \"shortest\""; code != exitBad || !strings.Contains(stderr, want) {
		t.Errorf("a court file with an unknown key: exit status %d, want %q:\n%s", code, want, stderr)
	}
}

// A firm's own paper — a 1-inch left margin, the numbers at 0.7 inch —
// sets the reference statement on the grid in fewer lines than the court's
// paper, and a paper the court's rules forbid is refused at its key.
func TestFirmPaper(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	ex := string(readFile(t, "../../examples/aclu-v-ice-joint-cmc.yaml"))
	firm := filepath.Join(dir, "firm.yaml")
	writeFile(t, firm, []byte(strings.Replace(ex, "\nfiling:\n", "\npaper: firm-paper.yaml\nfiling:\n", 1)))
	writeFile(t, filepath.Join(dir, "firm-paper.yaml"), []byte("left: 1in\nnumbers: 0.7in\nright: 0.5in\nrules: single\n"))
	base := readPDFText(t, renderPDF(t, "../../examples/aclu-v-ice-joint-cmc.yaml", "base.pdf"))
	pdf := filepath.Join(dir, "firm.pdf")
	if code, _, stderr := runApp("render", firm, "-o", pdf); code != exitOK {
		t.Fatalf("render: exit status %d\n%s", code, stderr)
	}
	got := readPDFText(t, pdf)
	checkCourtGrid(t, got, 12)
	lines := func(d *pdfText) int { return len(d.body) }
	t.Logf("court's paper: %d pages, %d lines; firm's paper: %d pages, %d lines", base.pages, lines(base), got.pages, lines(got))
	if got.pages > base.pages || lines(got) >= lines(base) {
		t.Errorf("the firm's paper takes %d pages and %d lines, the court's %d and %d", got.pages, lines(got), base.pages, lines(base))
	}
	left := math.Inf(1)
	for _, l := range got.body {
		left = math.Min(left, l.words[0].XMin)
	}
	if math.Abs(left-72) > 0.5 {
		t.Errorf("the text starts at x %.2f, want 72", left)
	}
	numbers := map[float64]bool{}
	for _, w := range got.words {
		if w.Page == 1 && w.XMax < 72 {
			numbers[math.Round(w.XMax)] = true
		}
	}
	if keys := sortedKeys(numbers); len(keys) == 0 || keys[len(keys)-1] != 50 {
		t.Errorf("the line numbers end at %v, want 50.4", keys)
	}
	writeFile(t, filepath.Join(dir, "firm-paper.yaml"), []byte("left: 1in\nsize: 11\n"))
	code, _, stderr := runApp("validate", firm)
	if want := "firm-paper.yaml:2:7: paper.size: the type size is 11pt; the court's rule wants at least 12pt (N.D. Cal., Civil L.R. 3-4(c)(2))"; code != exitBad || !strings.Contains(stderr, want) {
		t.Errorf("a paper the court's rules forbid: exit status %d, want %q:\n%s", code, want, stderr)
	}
}

func sortedKeys(m map[float64]bool) []float64 {
	var out []float64
	for k := range m {
		out = append(out, k)
	}
	sort.Float64s(out)
	return out
}

// watch --courts renders again when a court file changes.
func TestWatchCourtsDir(t *testing.T) {
	needTool(t, "pdftotext")
	dir := t.TempDir()
	cand, _ := pleadgen.Courts().Lookup("cand")
	src := strings.Replace(strings.Replace(string(cand.Source), "name: cand", "name: xnd", 1), "default: true\n", "", 1)
	courts := filepath.Join(dir, "courts")
	if err := os.Mkdir(courts, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(courts, "xnd.yaml"), []byte(src))
	filing := filepath.Join(dir, "x.yaml")
	ex := string(readFile(t, "../../examples/aclu-v-ice-joint-cmc.yaml"))
	writeFile(t, filing, []byte(strings.Replace(ex, "court: cand\n", "court: xnd\n", 1)))
	w := startWatch(t, "--courts", courts, filing)
	pdf := filepath.Join(dir, "x.pdf")
	waitFor(t, "the first render", func() bool { _, err := os.Stat(pdf); return err == nil })
	saveByRename(t, filepath.Join(courts, "xnd.yaml"), []byte(strings.Replace(src, "NORTHERN DISTRICT OF CALIFORNIA", "DISTRICT OF XANADU", 1)))
	waitFor(t, "the render after the court changed", func() bool {
		return strings.Contains(w.stderr.String(), "courts changed") && strings.Contains(tool(t, "pdftotext", "-l", "1", pdf, "-"), "DISTRICT OF XANADU")
	})
}

// courts lists every court with its outlines, prints a court's file, and
// refuses a court it does not know.
func TestCourtsCommand(t *testing.T) {
	code, stdout, stderr := runApp("courts")
	if code != exitOK {
		t.Fatalf("courts: exit status %d\n%s", code, stderr)
	}
	for _, n := range pleadgen.Courts().Names() {
		if !strings.Contains(stdout, "\n"+n+":") && !strings.HasPrefix(stdout, n+" (the default):") {
			t.Errorf("courts does not list %s:\n%s", n, stdout)
		}
	}
	if !strings.Contains(stdout, "outline lr-26-1: 13 topics, for joint-rule-26f-report") {
		t.Errorf("courts does not list C.D. Cal.'s outline:\n%s", stdout)
	}
	cacd, _ := pleadgen.Courts().Lookup("cacd")
	if code, stdout, _ := runApp("courts", "cacd"); code != exitOK || stdout != string(cacd.Source) {
		t.Errorf("courts cacd: exit status %d, %d bytes", code, len(stdout))
	}
	if code, _, stderr := runApp("courts", "cadc"); code != exitUsage || !strings.Contains(stderr, `unknown court "cadc"`) {
		t.Errorf("courts cadc: exit status %d\n%s", code, stderr)
	}
}
