//go:build unix

package main

// Tests of promises README.md makes about files, signals and templates
// that no other test checks. Each names the words of the README it holds
// the program to.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// hiddenNames lists the entries of dir whose names start with a dot.
func hiddenNames(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, name := range dirNames(t, dir) {
		if strings.HasPrefix(name, ".") {
			out = append(out, name)
		}
	}
	return out
}

// "Temporary files are named `.NAME.pleadgen-NUMBER.tmp`; those a killed run
// left behind are removed from a directory, once they are an hour old,
// the next time pleadgen writes there", and for an output that is a
// symbolic link "its target (in the target's directory ...) is replaced
// the same way". The temporary file a write really makes is caught at the
// moment of its rename: it is named so, and lies in the link target's
// directory. Left behind as a killed run leaves it and aged, it is removed
// by the next pleadgen process that writes there.
func TestReadmeTempFileNamedAndRemovedByALaterRun(t *testing.T) {
	dir := t.TempDir()
	shared, outDir := filepath.Join(dir, "shared"), filepath.Join(dir, "out")
	writeTree(t, dir, map[string][]byte{
		"shared/x.pdf": []byte("%PDF-earlier"),
		"out/keep":     nil,
		"case.yaml":    variant(t, "temp name"),
	})
	link := filepath.Join(outDir, "out.pdf")
	if err := os.Symlink(filepath.Join(shared, "x.pdf"), link); err != nil {
		t.Fatal(err)
	}
	var inTarget, besideLink []string
	commit := func(rename func() error) error {
		inTarget, besideLink = hiddenNames(t, shared), hiddenNames(t, outDir)
		return rename()
	}
	if err := writePDFVia(link, []byte(newPDF), commit, true); err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile(`^\.x\.pdf\.pleadgen-[0-9]+\.tmp$`)
	if len(inTarget) != 1 || !named.MatchString(inTarget[0]) {
		t.Fatalf("while renaming, the target's directory held %q; want one .x.pdf.pleadgen-NUMBER.tmp", inTarget)
	}
	if len(besideLink) != 0 {
		t.Errorf("the link's directory held %q while renaming; the temporary file belongs beside the target", besideLink)
	}
	if !leftoverName().MatchString(inTarget[0]) {
		t.Errorf("the temporary file %s is not named as the sweep of leftovers expects", inTarget[0])
	}
	assertDirHolds(t, shared, "x.pdf")

	// A killed run leaves the file behind; an hour later, a new run that
	// writes there removes it.
	left := filepath.Join(shared, inTarget[0])
	writeFile(t, left, []byte("%PDF-1.3\nhalf a PDF"))
	then := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(left, then, then); err != nil {
		t.Fatal(err)
	}
	if code, stderr := runProcess(t, dir, nil, "render", "case.yaml", "-o", link); code != exitOK {
		t.Fatalf("exit status %d\n%s", code, stderr)
	}
	assertDirHolds(t, shared, "x.pdf")
	assertDirHolds(t, outDir, "keep", "out.pdf")
	if _, err := os.Readlink(link); err != nil {
		t.Errorf("the output is no longer a link: %v", err)
	}
	if !completePDF(readFile(t, filepath.Join(shared, "x.pdf"))) {
		t.Error("the link's target does not hold a whole PDF")
	}
}

// "A PDF whose inputs have not changed is left alone ... only when the
// PDF is whole, as pleadgen wrote it (a cut, extended or rewritten PDF is
// rendered again)": through the command, each damaged PDF that still
// records the right digest is rendered again, and comes back whole.
func TestReadmeDamagedPDFIsRenderedAgain(t *testing.T) {
	dir := t.TempDir()
	casePath, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	writeFile(t, casePath, variant(t, "damaged"))
	render := func(t *testing.T) string {
		t.Helper()
		code, _, stderr := runApp("render", casePath, "-o", out)
		if code != exitOK {
			t.Fatalf("exit status %d\n%s", code, stderr)
		}
		return stderr
	}
	render(t)
	whole := readFile(t, out)
	if stderr := render(t); !strings.Contains(stderr, "unchanged "+casePath+" → "+out) {
		t.Fatalf("the PDF as written is not taken as up to date:\n%s", stderr)
	}
	header := bytes.IndexByte(whole, '\n') + 1
	damages := []struct {
		name   string
		damage func(b []byte) []byte
	}{
		{"a piece cut from the middle", func(b []byte) []byte { return append(b[:len(b)/2:len(b)/2], b[len(b)/2+100:]...) }},
		{"cut by its last byte", func(b []byte) []byte { return b[:len(b)-1] }},
		{"extended", func(b []byte) []byte { return append(b, "% appended\n"...) }},
		{"rewritten with a line more", func(b []byte) []byte {
			return append(append(b[:header:header], "% saved again\n"...), b[header:]...)
		}},
	}
	check := func(t *testing.T, damaged []byte) {
		t.Helper()
		if !bytes.Contains(damaged, []byte("pleadgen-digest:")) {
			t.Fatal("the damaged PDF no longer records a digest; the test proves nothing")
		}
		writeFile(t, out, damaged)
		if stderr := render(t); !strings.Contains(stderr, "rendered "+casePath+" → "+out+" (") {
			t.Errorf("not rendered again:\n%s", stderr)
		}
		if !bytes.Equal(readFile(t, out), whole) {
			t.Error("the PDF rendered again differs from the first")
		}
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) { check(t, d.damage(bytes.Clone(whole))) })
	}
	t.Run("rewritten by qpdf", func(t *testing.T) {
		needTool(t, "qpdf")
		rewritten := filepath.Join(t.TempDir(), "rewritten.pdf")
		writeFile(t, out, whole)
		tool(t, "qpdf", out, rewritten)
		check(t, readFile(t, rewritten))
	})
}

// "A directory, a device, a FIFO, a socket or a file descriptor such as
// `/dev/stdout` is refused as an output and left alone": a render whose
// standard output is a regular file (pleadgen ... >> file) refuses every
// name of that descriptor, which would otherwise lead through /proc to
// the file, and the file keeps what it held.
func TestReadmeStdoutIsRefusedAndLeftAlone(t *testing.T) {
	dir := t.TempDir()
	casePath, so := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "stdout.txt")
	writeFile(t, casePath, variant(t, "stdout"))
	writeFile(t, so, []byte("earlier output\n"))
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	tried := 0
	for _, out := range []string{"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"} {
		if _, err := os.Lstat(out); err != nil {
			t.Logf("skipping %s: %v", out, err)
			continue
		}
		tried++
		f, err := os.OpenFile(so, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(exe, "render", casePath, "-o", out)
		cmd.Env = append(os.Environ(), runMainEnv+"=1")
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = f, &stderr
		err = cmd.Run()
		f.Close()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != exitBad ||
			!strings.Contains(stderr.String(), "writing "+out+": it leads to ") ||
			!strings.Contains(stderr.String(), "an open file descriptor, not a file") {
			t.Errorf("-o %s: %v, stderr %q; want exit status 1 and a refusal", out, err, stderr.String())
		}
	}
	if tried == 0 {
		t.Skip("no name of a file descriptor here")
	}
	if got := string(readFile(t, so)); got != "earlier output\n" {
		t.Errorf("the file standard output led to now holds %.60q", got)
	}
	assertDirHolds(t, dir, "case.yaml", "stdout.txt")
}

// "a case still under way then ... is reported stopped, its earlier PDF
// left as it was and its temporary file removed": when a stop settles a
// batch, a case still writing its temporary file (as a write to a dead
// network server hangs) is reported stopped and its temporary file is
// removed, while the temporary file of a PDF no stuck case writes stays.
// (TestSignalStopsBatchWithStuckCase stops a real batch, but its case is
// stuck reading, before any temporary file exists.)
func TestReadmeStopRemovesTheTempFileOfAStuckCase(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{
		"stuck.yaml": variant(t, "stuck"),
		"stuck.pdf":  []byte("the earlier PDF"),
	})
	stuck := job{src: filepath.Join(dir, "stuck.yaml"), out: filepath.Join(dir, "stuck.pdf")}
	temp := func(name, out string) string {
		f, err := createTemp(dir, fmt.Sprintf(tempPattern, name))
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte("%PDF-1.3\nthe start of a PDF"))
		f.Close()
		pending.add(f.Name(), out)
		t.Cleanup(func() { pending.remove(f.Name()) })
		return f.Name()
	}
	stuckTemp := temp("stuck.pdf", stuck.out)
	otherTemp := temp("other.pdf", filepath.Join(dir, "other.pdf")) // another writer's

	b := &batch{running: newRunningSet()}
	b.running.add(stuck)
	reports := make(chan report)
	close(reports) // the stuck worker never reports
	var tl tally
	var told []report
	b.settle(reports, map[string]bool{}, &tl, func(r report) { tl.add(r.outcome); told = append(told, r) })

	if tl.failed != 1 || tl.stopped != 1 || len(told) != 1 ||
		told[0].err == nil || !strings.Contains(told[0].err.Error(), quoteName(stuck.src)+": stopped: still under way") {
		t.Errorf("tally %+v, reports %v; want the stuck case reported stopped", tl, told)
	}
	if _, err := os.Lstat(stuckTemp); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stuck case's temporary file is still there: %v", err)
	}
	if _, err := os.Lstat(otherTemp); err != nil {
		t.Errorf("a temporary file no stuck case writes was removed: %v", err)
	}
	if got := string(readFile(t, stuck.out)); got != "the earlier PDF" {
		t.Errorf("the stuck case's earlier PDF became %.40q", got)
	}
}

// "`--templates DIR` replaces any built-in template by file name" and
// "`markup` prints the markup the templates produce": markup, check and
// render each read the templates of --templates. markup prints what the
// replaced court.tmpl makes, check reports the markup a broken one makes,
// and the PDF render makes holds the replaced template's words.
func TestReadmeTemplatesFlagOfMarkupCheckAndRender(t *testing.T) {
	court := string(readFile(t, "../../templates/tmpl/court.tmpl"))
	marked := strings.Replace(court, "{{- range .CourtTitle }}", "\nUNITED STATES DISTRICT COURT OVERRIDDEN\n{{- range .CourtTitle }}", 1)
	if marked == court {
		t.Fatal("the built-in court.tmpl no longer prints the court's title lines; change the test")
	}
	tdir := t.TempDir()
	writeFile(t, filepath.Join(tdir, "court.tmpl"), []byte(marked))

	code, stdout, stderr := runApp("markup", completePath, "--templates", tdir)
	if code != exitOK || !strings.Contains(stdout, "UNITED STATES DISTRICT COURT OVERRIDDEN") {
		t.Errorf("markup --templates: exit status %d, the replaced template's words missing:\n%s%s", code, stdout, stderr)
	}
	if _, stdout, _ := runApp("markup", completePath); strings.Contains(stdout, "OVERRIDDEN") {
		t.Error("markup without --templates printed the replacement")
	}

	broken := t.TempDir()
	writeFile(t, filepath.Join(broken, "court.tmpl"), []byte("::: lines\nX\n::: court\nY\n:::\n"))
	if code, stdout, stderr := runApp("check", completePath); code != exitOK {
		t.Fatalf("check of the complete case: exit status %d\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runApp("check", "--templates", broken, completePath)
	if want := `filing: "lines" block opened on line`; code != exitBad || !strings.Contains(stdout+stderr, want) {
		t.Errorf("check --templates with a broken court.tmpl: exit status %d, want 1 and %q:\n%s%s", code, want, stdout, stderr)
	}

	pdf := filepath.Join(t.TempDir(), "out.pdf")
	if code, _, stderr := runApp("render", completePath, "--templates", tdir, "-o", pdf); code != exitOK {
		t.Fatalf("render --templates: exit status %d\n%s", code, stderr)
	}
	if text := tool(t, "pdftotext", "-l", "1", pdf, "-"); !strings.Contains(text, "OVERRIDDEN") {
		t.Errorf("the PDF's first page lacks the replaced template's words:\n%s", text)
	}
}

// "no case starts after it": a batch told to stop before it begins starts
// none, however the hand-out and the workers are scheduled.
func TestReadmeNoCaseStartsAfterTheStop(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range 4 {
		files[fmt.Sprintf("c%d.yaml", i)] = variant(t, fmt.Sprint(i))
	}
	writeTree(t, dir, files)
	jobs, _, err := plan(inputsOf([]string{dir}), "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for range 200 {
		b := &batch{pipe: p, workers: 4, force: true}
		tl := b.run(ctx, jobs, &lines{w: new(syncBuffer), quiet: true})
		if tl.rendered+tl.failed != 0 || tl.notStarted != 4 {
			t.Fatalf("after the stop: %+v; want none begun", tl)
		}
	}
	if pdfs, _ := filepath.Glob(filepath.Join(dir, "*.pdf")); len(pdfs) > 0 {
		t.Errorf("PDFs written after the stop: %q", pdfs)
	}
}

// "File names that hold control characters or terminal escapes are
// printed quoted": in render's messages before the batch, and markup's.
func TestReadmeNamesQuotedBeforeTheBatch(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "\x1b[31mempty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "\x1b[32mbad.yaml")
	writeFile(t, bad, []byte("number: x\n"))
	for _, args := range [][]string{
		{"render", empty},
		{"render", "--templates", filepath.Join(dir, "\x1b[31mtd"), completePath},
		{"render", "-o", filepath.Join(dir, "\x1b[31mx.pdf"), completePath, examplePath},
		{"markup", bad},
	} {
		_, _, stderr := runApp(args...)
		if strings.ContainsRune(stderr, '\x1b') || !strings.Contains(stderr, `\x1b`) {
			t.Errorf("%q printed %q; want the escape quoted", args, stderr)
		}
	}
}
