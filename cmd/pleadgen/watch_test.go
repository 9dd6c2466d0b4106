package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pleadgen/pdffile"
)

// watching is a watch command running in this process.
type watching struct {
	stderr *syncBuffer
	cancel context.CancelFunc
	done   chan int
}

// startWatch runs the watch command in a goroutine, with a context the
// test cancels in place of Ctrl-C.
func startWatch(t *testing.T, args ...string) *watching {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w := &watching{stderr: &syncBuffer{}, cancel: cancel, done: make(chan int, 1)}
	go func() { w.done <- watch(ctx, args, io.Discard, w.stderr) }()
	t.Cleanup(func() { w.stop(t) })
	waitFor(t, "the watch to start", func() bool { return strings.Contains(w.stderr.String(), "watching ") })
	return w
}

// stop cancels the watch and returns its exit status.
func (w *watching) stop(t *testing.T) int {
	t.Helper()
	w.cancel()
	var code int
	waitFor(t, "the watch to end", func() bool {
		select {
		case code = <-w.done:
			w.done <- code // for a later call
			return true
		default:
			return false
		}
	})
	return code
}

// saveInPlace writes a file the way an editor that overwrites does.
func saveInPlace(t *testing.T, path string, data []byte) { writeFile(t, path, data) }

// saveByRename writes a file the way an editor that replaces it does: a
// temporary file renamed over it.
func saveByRename(t *testing.T, path string, data []byte) {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".swp")
	writeFile(t, tmp, data)
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

// waitForDigest waits until the PDF records the digest of case file bytes.
func waitForDigest(t *testing.T, pdf, tdir string, data []byte, what string) {
	t.Helper()
	want := expectDigest(t, tdir, data)
	waitFor(t, what, func() bool {
		got, _ := pdffile.ReadDigest(pdf)
		return got == want
	})
	if !completePDF(readFile(t, pdf)) {
		t.Fatalf("%s: %s is not a whole PDF", what, pdf)
	}
}

// TestWatchCaseFile watches one case file through edits in place, a save by
// rename, a bad edit and its fix.
func TestWatchCaseFile(t *testing.T) {
	dir := t.TempDir()
	casePath, pdf := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "out", "case.pdf")
	writeFile(t, casePath, variant(t, "first"))
	w := startWatch(t, casePath, "-o", pdf)
	waitForDigest(t, pdf, "", variant(t, "first"), "the first PDF")

	saveInPlace(t, casePath, variant(t, "in place"))
	waitForDigest(t, pdf, "", variant(t, "in place"), "the PDF of the edit in place")

	saveByRename(t, casePath, variant(t, "renamed"))
	waitForDigest(t, pdf, "", variant(t, "renamed"), "the PDF of the save by rename")
	good := readFile(t, pdf)

	saveByRename(t, casePath, readFile(t, "testdata/bad/syntax.yaml"))
	problem := casePath + ":17:14: the [ opened here is not closed with ] on its line"
	waitFor(t, "the bad edit's error", func() bool { return strings.Contains(w.stderr.String(), problem) })
	if !bytes.Equal(readFile(t, pdf), good) {
		t.Error("the bad edit changed the last good PDF")
	}

	saveInPlace(t, casePath, variant(t, "fixed"))
	waitForDigest(t, pdf, "", variant(t, "fixed"), "the PDF of the fix")

	if code := w.stop(t); code != exitOK {
		t.Errorf("exit status %d, want 0\n%s", code, w.stderr.String())
	}
	// One line per rendering, with the time it took; an editor's save
	// may be seen as more than one change, so there may be more.
	if n := lineCount(w.stderr.String(), "rendered "+casePath+" → "+pdf+" ("); n < 4 {
		t.Errorf("%d lines tell of a rendering, want 4 or more:\n%s", n, w.stderr.String())
	}
	assertDirHolds(t, dir, "case.yaml", "out")
	assertDirHolds(t, filepath.Dir(pdf), "case.pdf")
}

// TestWatchDirectory watches a directory: a case file appearing in it or in
// a new subdirectory is rendered, and a template change renders every case.
func TestWatchDirectory(t *testing.T) {
	w, cases, tdir, court := watchWithTemplates(t)

	saveByRename(t, filepath.Join(cases, "b.yaml"), variant(t, "b"))
	waitForDigest(t, filepath.Join(cases, "b.pdf"), tdir, variant(t, "b"), "the new case's PDF")

	if err := os.Mkdir(filepath.Join(cases, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(cases, "sub", "c.yaml"), variant(t, "c"))
	waitForDigest(t, filepath.Join(cases, "sub", "c.pdf"), tdir, variant(t, "c"), "the PDF in a new directory")

	// A new directory named as a case file is a directory all the same,
	// removed and made again too.
	// (Each step waits for the watch to take it in.)
	d := filepath.Join(cases, "d.yaml")
	for _, step := range []func(string) error{func(p string) error { return os.Mkdir(p, 0o755) }, os.Remove, func(p string) error { return os.Mkdir(p, 0o755) }} {
		if err := step(d); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	writeFile(t, filepath.Join(d, "e.yaml"), variant(t, "e"))
	waitForDigest(t, filepath.Join(cases, "d.yaml", "e.pdf"), tdir, variant(t, "e"), "the PDF in a new directory named d.yaml")

	writeFile(t, filepath.Join(tdir, "court.tmpl"), append(court, "{{/* edited */}}"...))
	for _, c := range []string{"a", "b", "sub/c"} {
		waitForDigest(t, filepath.Join(cases, c+".pdf"), tdir, variant(t, filepath.Base(c)), c+" after the template change")
	}
	if code := w.stop(t); code != exitOK {
		t.Errorf("exit status %d, want 0\n%s", code, w.stderr.String())
	}
}

// watchWithTemplates watches a directory of one case, a.yaml, with a
// templates directory holding the built-in court.tmpl, once a.pdf is made.
func watchWithTemplates(t *testing.T) (w *watching, cases, tdir string, court []byte) {
	t.Helper()
	dir := t.TempDir()
	cases, tdir = filepath.Join(dir, "cases"), filepath.Join(dir, "tmpl")
	writeTree(t, cases, map[string][]byte{"a.yaml": variant(t, "a")})
	court = readFile(t, "../../templates/tmpl/court.tmpl")
	writeTree(t, tdir, map[string][]byte{"court.tmpl": court})
	w = startWatch(t, cases, "--templates", tdir)
	waitForDigest(t, filepath.Join(cases, "a.pdf"), tdir, variant(t, "a"), "the first PDF")
	return w, cases, tdir, court
}

// TestWatchInterrupt runs watch as a process of its own and interrupts it as
// Ctrl-C does: it ends cleanly, with status 0.
func TestWatchInterrupt(t *testing.T) {
	dir := t.TempDir()
	casePath := filepath.Join(dir, "case.yaml")
	writeFile(t, casePath, readFile(t, goodPath))
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "watch", casePath)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	stderr := &syncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the watch to start", func() bool { return strings.Contains(stderr.String(), "watching ") })
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("watch ended with %v, want status 0\n%s", err, stderr.String())
	}
	assertDirHolds(t, dir, "case.pdf", "case.yaml")
}

// TestWatchReplacedDirectory moves the case file's directory away and makes
// it again, as a checkout does: the watch says so, and follows it.
func TestWatchReplacedDirectory(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "case")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	casePath, pdf := filepath.Join(dir, "case.yaml"), filepath.Join(root, "out", "case.pdf")
	writeFile(t, casePath, variant(t, "first"))
	w := startWatch(t, casePath, "-o", pdf)
	waitForDigest(t, pdf, "", variant(t, "first"), "the first PDF")

	if err := os.Rename(dir, filepath.Join(root, "moved")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "word that the directory is gone", func() bool { return strings.Contains(w.stderr.String(), dir+" is gone") })
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, casePath, variant(t, "second"))
	waitFor(t, "word that the directory is back", func() bool { return strings.Contains(w.stderr.String(), dir+" is back") })
	waitForDigest(t, pdf, "", variant(t, "second"), "the PDF of the case in the new directory")

	saveInPlace(t, casePath, variant(t, "third"))
	waitForDigest(t, pdf, "", variant(t, "third"), "the PDF of a later save")
}

// TestWatchReplacedTemplates deletes the templates directory and makes it
// again: the watch follows it and renders every case with the new ones.
func TestWatchReplacedTemplates(t *testing.T) {
	w, cases, tdir, court := watchWithTemplates(t)

	if err := os.RemoveAll(tdir); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "word that the templates are gone", func() bool { return strings.Contains(w.stderr.String(), tdir+" is gone") })
	writeTree(t, tdir, map[string][]byte{"court.tmpl": append(court, "{{/* new */}}"...)})
	waitFor(t, "word that the templates are back", func() bool { return strings.Contains(w.stderr.String(), tdir+" is back") })
	waitForDigest(t, filepath.Join(cases, "a.pdf"), tdir, variant(t, "a"), "a after the new templates")
}

// TestWatchThroughALink: a case file that is a symbolic link is rendered
// again when the file it leads to is saved, in place or by a rename, as
// is a filing whose people file is a link into another folder.
func TestWatchThroughALink(t *testing.T) {
	dir := t.TempDir()
	real, casePath, pdf := filepath.Join(dir, "real.yaml"), filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	writeFile(t, real, variant(t, "first"))
	if err := os.Symlink("real.yaml", casePath); err != nil {
		t.Fatal(err)
	}
	startWatch(t, casePath, "-o", pdf)
	waitForDigest(t, pdf, "", variant(t, "first"), "the first PDF")
	saveInPlace(t, real, variant(t, "in place"))
	waitForDigest(t, pdf, "", variant(t, "in place"), "the PDF of the linked file's edit in place")
	saveByRename(t, real, variant(t, "renamed"))
	waitForDigest(t, pdf, "", variant(t, "renamed"), "the PDF of the linked file's save by rename")
}

// A case file found empty is held emptyWait from when it was first found
// so, however many flushes come between, so that an editor that empties
// the file before writing it causes no error; one still empty then is
// rendered, and reported.
func TestWatchHoldsAnEmptyCaseFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	writeFile(t, path, nil)
	w := &watcher{jobs: map[string]job{path: {src: path}}, pending: map[string]bool{path: true}, held: map[string]time.Time{}}
	t0 := time.Now()
	for _, at := range []time.Duration{0, emptyWait / 2} {
		if jobs := w.takePending(t0.Add(at)); len(jobs) != 0 || !w.pending[path] || !w.holdUntil.Equal(t0.Add(emptyWait)) {
			t.Fatalf("a flush %v in took %d jobs, pending %v, looking again at %v", at, len(jobs), w.pending, w.holdUntil.Sub(t0))
		}
		w.holdUntil = time.Time{}
	}
	if jobs := w.takePending(t0.Add(emptyWait)); len(jobs) != 1 || w.pending[path] || len(w.held) != 0 || !w.holdUntil.IsZero() {
		t.Fatalf("the flush after the wait took %d jobs, pending %v, held %v", len(jobs), w.pending, w.held)
	}
	writeFile(t, path, variant(t, "x"))
	w.pending[path] = true
	if jobs := w.takePending(t0.Add(emptyWait)); len(jobs) != 1 {
		t.Fatalf("a written file's flush took %d jobs", len(jobs))
	}
}

// TestWatchEmptyThenWritten: a case file emptied while another is saved,
// then written, is rendered without an error; one left empty is reported
// empty, once, when its wait is over with nothing else happening (the
// wait's own timer; TestWatchHoldsAnEmptyCaseFile holds the wait across
// other saves' flushes).
func TestWatchEmptyThenWritten(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	writeFile(t, a, variant(t, "a"))
	writeFile(t, b, variant(t, "b"))
	w := startWatch(t, dir)
	waitForDigest(t, filepath.Join(dir, "a.pdf"), "", variant(t, "a"), "a's first PDF")
	waitForDigest(t, filepath.Join(dir, "b.pdf"), "", variant(t, "b"), "b's first PDF")
	writeFile(t, a, nil)
	writeFile(t, b, variant(t, "b2")) // another save while a is empty
	writeFile(t, a, variant(t, "a2"))
	waitForDigest(t, filepath.Join(dir, "a.pdf"), "", variant(t, "a2"), "a's PDF after it was written again")
	waitForDigest(t, filepath.Join(dir, "b.pdf"), "", variant(t, "b2"), "b's PDF")
	if strings.Contains(w.stderr.String(), "is empty") {
		t.Fatalf("a file emptied and written again was reported empty:\n%s", w.stderr.String())
	}
	writeFile(t, a, nil)
	waitFor(t, "the empty file's error", func() bool { return strings.Contains(w.stderr.String(), "a.yaml:1:1: case file is empty") })
	time.Sleep(2 * emptyWait)
	if n := strings.Count(w.stderr.String(), "case file is empty"); n != 1 {
		t.Errorf("the empty file reported %d times:\n%s", n, w.stderr.String())
	}
}
