package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const redwoodPath = "../../examples/redwood-v-cobalt-joint-cmc.yaml"

// diffEdits are edits of an example, each a string replaced, and the
// report the diff of the example and its edit gives.
var diffEdits = []struct {
	name  string
	base  string
	edits []string // old, new, old, new …
	want  string   // the report's lines of summaries and moves
}{
	{"identical inputs", examplePath, nil, ""},
	{"a word changed in one paragraph", examplePath,
		[]string{"certify that they have reviewed", "certify that they have read"}, "p. 3:13 (6. Evidence Preservation): 1 word deleted, 1 inserted"},
	{"a paragraph inserted on page 2 of 8", examplePath,
		[]string{"    facts:\n", "    facts:\n      joint: |\n        The parties add a paragraph of their own to this topic, long enough to take three lines of the page, so that every later line of the statement moves down the page and some text moves on to the next page.\n\n        And a second paragraph of the same kind, as long again, so that the topics near the foot of the page move to the next page, where the report finds them as a move of pages and not as a change of their words at all.\n"}, "p. 2:9–14 (2. Facts): 94 words inserted\nTopic 15. Narrowing of Issues moved from p. 4 to p. 5"},
	{"a topic's side text deleted", redwoodPath,
		[]string{"      defendants: |\n        Defendants deny that Redwood is entitled to any relief, and seek their attorneys'\n        fees under Cal. Civ. Code § 3426.4 on the ground that the claims are made in bad\n        faith.\n", ""}, "p. 5:12 (11. Relief — Defendants’ Statement): 40 words deleted\nTopic 14. Other References moved from p. 6 to p. 5"},
	{"a table cell changed", redwoodPath,
		[]string{"| Neutral examiner appointed | April 14, 2025 |", "| Neutral examiner appointed | April 21, 2025 |"}, "p. 6:19 (17. Scheduling): 1 word deleted, 1 inserted"},
	{"a footnote added", redwoodPath,
		[]string{"Venue is proper in\n", "Venue[^new] is proper in\n", "Dkt. No. 14; Dkt. No. 17.\n", "Dkt. No. 14; Dkt. No. 17.\n\n      [^new]: A footnote the new version adds.\n"}, "p. 2:22 (footnote 1): 7 words inserted"},
	{"a counsel added", redwoodPath,
		[]string{"    for: defendants\n", "    for: defendants\n  - name: Omar Haddad\n    bar: \"301122\"\n    firm: Sierra Vista Law Group LLP\n    address: [2550 Hanover Street, \"Palo Alto, CA 94304\"]\n    email: ohaddad@sierravista.example\n    for: defendants\n"}, "p. 1:11 (the counsel block): 11 words inserted\np. 1:14 (the counsel block): 1 word deleted, 1 inserted\np. 8:10–13 (the signatures): 1 word deleted, 30 inserted\nTopic 3. Legal Issues moved from p. 2 to p. 3\n10 pages, were 9"},
	{"dates changed", redwoodPath,
		[]string{"  date: 2025-03-06\n", "  date: 2025-03-07\n", "    date: 2025-03-13\n", "    date: 2025-03-14\n"}, "p. 1:21 (the caption): 1 word deleted, 1 inserted\np. 7:18 (the signatures): 1 word deleted, 1 inserted"},
}

// editedCase writes base with the edits applied in a new directory and
// returns the paths of the two versions.
func editedCase(t *testing.T, base string, edits []string) (string, string) {
	t.Helper()
	dir := t.TempDir()
	data := string(readFile(t, base))
	oldPath, newPath := filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml")
	writeFile(t, oldPath, []byte(data))
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(data, edits[i]) {
			t.Fatalf("the example no longer holds %q", edits[i])
		}
		data = strings.Replace(data, edits[i], edits[i+1], 1)
	}
	writeFile(t, newPath, []byte(data))
	return oldPath, newPath
}

// summaries are a report's lines other than the old and new words.
func summaries(report string) string {
	var out []string
	for _, l := range strings.Split(report, "\n") {
		if l != "" && !strings.HasPrefix(l, "  ") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// The report names each changed passage by page and line of the new
// version, with its topic and side; text that only moved is a page move.
func TestDiffReport(t *testing.T) {
	for _, tt := range diffEdits {
		t.Run(tt.name, func(t *testing.T) {
			oldPath, newPath := editedCase(t, tt.base, tt.edits)
			code, stdout, stderr := runApp("diff", oldPath, newPath)
			want := exitBad
			if tt.want == "" {
				want = exitOK
			}
			if code != want {
				t.Fatalf("exit %d, want %d\n%s%s", code, want, stdout, stderr)
			}
			if got := summaries(stdout); got != tt.want {
				t.Errorf("report:\n%s\nwant:\n%s\n(full report:\n%s)", got, tt.want, stdout)
			}
		})
	}
}

// --json writes the same report as data.
func TestDiffJSON(t *testing.T) {
	oldPath, newPath := editedCase(t, examplePath, []string{"certify that they have reviewed", "certify that they have read"})
	code, stdout, stderr := runApp("diff", "--json", oldPath, newPath)
	if code != exitBad {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var got struct {
		Changes []struct {
			Cite, Context, Old, New string
			Page, Line, Deleted     int
		}
		Moves []any
		Pages [2]int
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if len(got.Changes) != 1 || got.Changes[0].Cite != "p. 3:13" || got.Changes[0].Old != "reviewed" || got.Changes[0].New != "read" ||
		got.Changes[0].Page != 3 || got.Changes[0].Line != 13 || got.Pages != [2]int{8, 8} || got.Moves == nil {
		t.Errorf("JSON report: %+v\n%s", got, stdout)
	}
}

// --rev compares the working file with its version, and its included
// files' versions, at a git revision.
func TestDiffRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := copyExamples(t)
	folder := filepath.Join(dir, "redwood-v-cobalt")
	gitIn := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=T", "-c", "user.email=t@example.com"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	gitIn("init", "-q")
	gitIn("add", ".")
	gitIn("commit", "-q", "-m", "first")
	// The defendants change a text in their own file; the filing is as it was.
	side := filepath.Join(folder, "defendants.yaml")
	writeFile(t, side, []byte(strings.Replace(string(readFile(t, side)), "Defendants deny that Redwood is entitled", "Defendants firmly deny that Redwood is entitled", 1)))
	filing := filepath.Join(folder, "joint-cmc-statement.yaml")
	code, stdout, stderr := runApp("diff", "--rev", "HEAD", filing)
	if code != exitBad || !strings.Contains(stdout, "(11. Relief — Defendants’ Statement): 1 word inserted\n  + firmly\n") {
		t.Errorf("diff --rev HEAD: exit %d\n%s%s", code, stdout, stderr)
	}
	gitIn("commit", "-q", "-am", "second")
	if code, stdout, stderr := runApp("diff", "--rev", "HEAD", filing); code != exitOK || stdout != "" {
		t.Errorf("diff against the same revision: exit %d\n%s%s", code, stdout, stderr)
	}
	if code, _, stderr := runApp("diff", "--rev", "HEAD~1", filing); code != exitBad {
		t.Errorf("diff --rev HEAD~1: exit %d\n%s", code, stderr)
	}
	outside := filepath.Join(t.TempDir(), "case.yaml")
	writeFile(t, outside, readFile(t, examplePath))
	for _, tt := range []struct{ rev, path, want string }{
		{"nosuch", filing, "no such revision"},
		{"HEAD", outside, "is not in a git repository"},
	} {
		if code, _, stderr := runApp("diff", "--rev", tt.rev, tt.path); code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("--rev %s %s: exit %d\n%s", tt.rev, tt.path, code, stderr)
		}
	}
	// A problem of the revision's version says it is the revision's.
	text := string(readFile(t, filing))
	writeFile(t, filing, []byte(strings.Replace(text, "date: ", "date: 2021-02-30 #", 1)))
	gitIn("commit", "-q", "-am", "broken")
	writeFile(t, filing, []byte(text))
	if code, _, stderr := runApp("diff", "--rev", "HEAD", filing); code != exitUsage || !strings.HasPrefix(stderr, "in "+filing+" at HEAD, the old version:\n"+filing+":") {
		t.Errorf("a broken revision: exit %d\n%s", code, stderr)
	}
	writeFile(t, filepath.Join(folder, "new-filing.yaml"), readFile(t, filing))
	if code, _, stderr := runApp("diff", "--rev", "HEAD", filepath.Join(folder, "new-filing.yaml")); code != exitUsage || !strings.Contains(stderr, "not in revision HEAD") {
		t.Errorf("a file the revision lacks: exit %d\n%s", code, stderr)
	}
}

// A broken version is an error at its place, with exit status 2; so is a
// usage error.
func TestDiffErrors(t *testing.T) {
	oldPath, newPath := editedCase(t, examplePath, []string{"  date: 2021-07-14\n", "  date: 2021-02-30\n"})
	code, _, stderr := runApp("diff", oldPath, newPath)
	if code != exitUsage || !strings.Contains(stderr, newPath+":47:9: filing.date: impossible date \"2021-02-30\"") {
		t.Errorf("a broken new version: exit %d\n%s", code, stderr)
	}
	for _, args := range [][]string{{"diff", oldPath}, {"diff", "--rev", "HEAD", oldPath, newPath}, {"diff", "--nope", oldPath, newPath}} {
		if code, _, _ := runApp(args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// The redline is the new version on its grid, the inserted words where
// the report puts them, the deleted words struck in the changed line's
// slot, and the same bytes every time.
func TestRedlinePDF(t *testing.T) {
	oldPath, newPath := editedCase(t, redwoodPath, []string{"Two weeks later", "Three weeks later", "Defendants deny that Redwood is entitled", "Defendants deny Redwood is entitled"})
	dir := t.TempDir()
	red := filepath.Join(dir, "red.pdf")
	code, stdout, stderr := runApp("diff", "-o", red, "--json", oldPath, newPath)
	if code != exitBad {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var report struct {
		Changes []struct {
			Page, Line int
			Old, New   string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil || len(report.Changes) != 2 {
		t.Fatalf("report %v: %s", err, stdout)
	}
	d := readPDFText(t, red)
	if checked, bad := offGrid(d.words, d.m); checked < 2000 || len(bad) > 0 {
		t.Errorf("%d words checked; off the grid: %q", checked, bad)
	}
	find := func(text string, small bool, page int) *bboxWord {
		for i, w := range d.words {
			if w.Text == text && w.Page == page && (w.YMax-w.YMin < d.m.height-2) == small {
				return &d.words[i]
			}
		}
		return nil
	}
	slotOf := func(w *bboxWord) int { return int((w.YMax+w.YMin)/2-(firstBaseline-17))/int(slotPitch) + 1 }
	for _, c := range report.Changes {
		if c.New != "" {
			w := find(c.New, false, c.Page)
			if w == nil || slotOf(w) != c.Line {
				t.Errorf("the inserted %q is not on p. %d:%d (%+v)", c.New, c.Page, c.Line, w)
			}
		}
		if c.Old != "" {
			w := find(strings.Fields(c.Old)[0], true, c.Page)
			if w == nil || slotOf(w) != c.Line {
				t.Errorf("the struck %q is not in the slot of p. %d:%d (%+v)", c.Old, c.Page, c.Line, w)
			}
		}
	}
	if legend := find("REDLINE", true, 1); legend == nil {
		t.Error("no legend on the first page")
	}
	again := filepath.Join(dir, "again.pdf")
	runApp("diff", "-o", again, oldPath, newPath)
	if string(readFile(t, red)) != string(readFile(t, again)) {
		t.Error("two redlines of the same versions differ")
	}
}

// watch --redline-against keeps a redline beside the PDF, made again on
// every save.
func TestWatchRedlineAgainst(t *testing.T) {
	oldPath, newPath := editedCase(t, examplePath, []string{"certify that they have reviewed", "certify that they have read"})
	pdf := filepath.Join(filepath.Dir(newPath), "new.pdf")
	red := filepath.Join(filepath.Dir(newPath), "new.redline.pdf")
	w := startWatch(t, newPath, "-o", pdf, "--redline-against", oldPath)
	waitFor(t, "the first redline", func() bool {
		_, err := os.Stat(red)
		return err == nil && strings.Contains(squashed(pdfPlain(t, red)), "have read the Guidelines")
	})
	saveByRename(t, newPath, []byte(strings.Replace(string(readFile(t, newPath)), "have read the Guidelines", "have studied the Guidelines", 1)))
	waitFor(t, "the redline of the save", func() bool {
		return strings.Contains(squashed(pdfPlain(t, red)), "have studied the Guidelines")
	})
	// The earlier version saved as the new one is: the redline is made
	// again, against it.
	before := readFile(t, red)
	saveByRename(t, oldPath, readFile(t, newPath))
	waitFor(t, "the redline of the earlier version's save", func() bool {
		return !bytes.Equal(readFile(t, red), before)
	})
	if code := w.stop(t); code != exitOK {
		t.Errorf("exit %d\n%s", code, w.stderr.String())
	}
}

// The earlier version named by a relative path, beside a case file named
// by an absolute one, is followed all the same: a directory watched under
// one spelling reports its files under that one.
func TestWatchRedlineAgainstAnotherSpelling(t *testing.T) {
	oldPath, newPath := editedCase(t, examplePath, []string{"certify that they have reviewed", "certify that they have read"})
	red := filepath.Join(filepath.Dir(newPath), "new.redline.pdf")
	t.Chdir(filepath.Dir(oldPath))
	w := startWatch(t, newPath, "-o", filepath.Join(filepath.Dir(newPath), "new.pdf"), "--redline-against", "old.yaml")
	waitFor(t, "the first redline", func() bool { _, err := os.Stat(red); return err == nil })
	waitFor(t, "the first redline whole", func() bool { return completePDF(readFile(t, red)) })
	before := readFile(t, red)
	saveByRename(t, "old.yaml", readFile(t, newPath))
	waitFor(t, "the redline of the earlier version's save", func() bool {
		return !bytes.Equal(readFile(t, red), before)
	})
	if code := w.stop(t); code != exitOK {
		t.Errorf("exit %d\n%s", code, w.stderr.String())
	}
}

// BenchmarkDiff compares the two versions of the 10-page example, from
// reading the files to the report.
func BenchmarkDiff(b *testing.B) {
	dir := b.TempDir()
	data := string(readFileB(b, redwoodPath))
	oldPath, newPath := filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml")
	writeFileB(b, oldPath, data)
	writeFileB(b, newPath, strings.Replace(data, "Two weeks later", "Three weeks later", 1))
	p, err := newPipeline("")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c, err := compareVersions(p, []string{oldPath, newPath}, "")
		if err != nil || len(c.Report.Changes) != 1 {
			b.Fatalf("%v %+v", err, c)
		}
	}
}

func readFileB(b *testing.B, path string) []byte {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func writeFileB(b *testing.B, path, data string) {
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		b.Fatal(err)
	}
}
