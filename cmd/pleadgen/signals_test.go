package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startProcess starts the command as a process of its own in dir, with
// extra environment variables, and returns it with a reader of its stderr.
func startProcess(t *testing.T, dir string, env []string, args ...string) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	cmd := selfCommand(t, dir, env, args...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return cmd, bufio.NewReader(stderr)
}

// readUntil reads lines from r until one contains want, and returns them
// all; it fails the test when r ends first.
func readUntil(t *testing.T, r *bufio.Reader, want string) string {
	t.Helper()
	var b strings.Builder
	for {
		line, err := r.ReadString('\n')
		b.WriteString(line)
		if strings.Contains(line, want) {
			return b.String()
		}
		if err != nil {
			t.Fatalf("the process ended before printing %q:\n%s", want, b.String())
		}
	}
}

// finish reads the rest of a process's stderr and waits for its end,
// within a generous bound, and returns its exit status and the rest.
func finish(t *testing.T, cmd *exec.Cmd, r *bufio.Reader) (int, string, time.Duration) {
	t.Helper()
	start := time.Now()
	rest := make(chan string, 1)
	go func() { b, _ := io.ReadAll(r); rest <- string(b) }()
	select {
	case out := <-rest:
		err := cmd.Wait()
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode(), out, time.Since(start)
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, out, time.Since(start)
	case <-time.After(30 * time.Second):
		t.Fatal("the process did not end within 30 s of the signal")
	}
	return 0, "", 0
}

// batchDir writes n distinct case files, and the stuck one when named,
// with an earlier PDF of its own, and returns the directory.
func batchDir(t *testing.T, n int, stuck string) string {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range n {
		files[fmt.Sprintf("case%03d.yaml", i)] = variant(t, fmt.Sprint(i))
	}
	if stuck != "" {
		files[stuck] = variant(t, "stuck")
		files[pdfPath(stuck)] = []byte("the earlier PDF")
	}
	writeTree(t, dir, files)
	return dir
}

// A batch with a case stuck reading its file stops promptly on SIGINT or
// SIGTERM: the cases under way end, the stuck one is reported stopped
// and its earlier PDF is left as it was, no temporary file stays, and the
// status is 128 plus the signal's number.
func TestSignalStopsBatchWithStuckCase(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := batchDir(t, 40, "aaa-stuck.yaml")
			cmd, stderr := startProcess(t, dir, []string{stallEnv + "=aaa-stuck.yaml"}, "render", "-j", "2", ".")
			before := readUntil(t, stderr, "stalling on")
			before += readUntil(t, stderr, "rendered ")
			cmd.Process.Signal(sig)
			code, after, took := finish(t, cmd, stderr)
			all := before + after
			if want := 128 + int(sig); code != want {
				t.Errorf("exit status %d, want %d\n%s", code, want, all)
			}
			stopped := regexp.MustCompile(`aaa-stuck\.yaml: stopped: still under way 1s after the interrupt; aaa-stuck\.pdf was not written`)
			if !stopped.MatchString(all) {
				t.Errorf("no report of the stuck case:\n%s", all)
			}
			m := regexp.MustCompile(`interrupted: (\d+) rendered, 0 unchanged, 1 failed \(1 stopped under way\), (\d+) not started`).FindStringSubmatch(all)
			if m == nil {
				t.Fatalf("no summary of the interrupted batch:\n%s", all)
			}
			if got := string(readFile(t, filepath.Join(dir, "aaa-stuck.pdf"))); got != "the earlier PDF" {
				t.Errorf("the stuck case's earlier PDF became %.40q", got)
			}
			pdfs, _ := filepath.Glob(filepath.Join(dir, "case*.pdf"))
			if fmt.Sprint(len(pdfs)) != m[1] || m[2] == "0" {
				t.Errorf("%d PDFs written; the summary says %s rendered, %s not started", len(pdfs), m[1], m[2])
			}
			if tmp, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmp) > 0 {
				t.Errorf("temporary files left: %q", tmp)
			}
			t.Logf("ended %s after the signal", took)
		})
	}
}

// The render of one case file leaves the signals to the system: SIGINT
// ends it at once, even while its case is stuck, and its earlier PDF
// stays as it was, with no temporary file beside it.
func TestSignalEndsOneCaseAtOnce(t *testing.T) {
	dir := batchDir(t, 0, "aaa-stuck.yaml")
	cmd, stderr := startProcess(t, dir, []string{stallEnv + "=aaa-stuck.yaml"}, "render", "aaa-stuck.yaml")
	readUntil(t, stderr, "stalling on")
	cmd.Process.Signal(syscall.SIGINT)
	_, out, took := finish(t, cmd, stderr)
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT || took > 5*time.Second {
		t.Errorf("the process ended with %v after %v, want killed by SIGINT at once\n%s", cmd.ProcessState, took, out)
	}
	if got := string(readFile(t, filepath.Join(dir, "aaa-stuck.pdf"))); got != "the earlier PDF" {
		t.Errorf("the earlier PDF became %.40q", got)
	}
	if tmp, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(tmp) > 0 {
		t.Errorf("temporary files left: %q", tmp)
	}
}

// A second signal ends the process at once, as the system's default does,
// even while a case is stuck.
func TestSecondSignalEndsAtOnce(t *testing.T) {
	dir := batchDir(t, 3, "aaa-stuck.yaml")
	cmd, stderr := startProcess(t, dir, []string{stallEnv + "=aaa-stuck.yaml"}, "render", "-j", "1", ".")
	readUntil(t, stderr, "stalling on")
	cmd.Process.Signal(syscall.SIGINT)
	readUntil(t, stderr, "a second one stops at once")
	cmd.Process.Signal(syscall.SIGINT)
	finish(t, cmd, stderr)
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("the process ended with %v, want killed by SIGINT", cmd.ProcessState)
	}
}

// Once a stop closes the batch, no PDF is put in place; a rename under
// way when it closes is reported as such, one done as rendered.
func TestRunningSetCommitAfterClose(t *testing.T) {
	s := newRunningSet()
	a, b, c := job{src: "a.yaml", out: "a.pdf"}, job{src: "b.yaml", out: "b.pdf"}, job{src: "c.yaml", out: "c.pdf"}
	s.add(a)
	s.add(b)
	s.add(c)
	if err := s.commit(a, func() error { return nil }); err != nil {
		t.Fatal(err)
	}
	inRename := make(chan struct{})
	release := make(chan struct{})
	go s.commit(b, func() error { close(inRename); <-release; return nil })
	<-inRename
	left := s.close()
	close(release)
	renamed := false
	if err := s.commit(c, func() error { renamed = true; return nil }); !errors.Is(err, errStopping) || renamed {
		t.Errorf("commit after close: %v, renamed %v; want errStopping and no rename", err, renamed)
	}
	var got []string
	for _, r := range left {
		rep := stoppedReport(r)
		got = append(got, fmt.Sprintf("%s %v %v", r.job.src, rep.outcome, rep.err != nil))
	}
	want := []string{"a.yaml 0 false", "b.yaml 2 true", "c.yaml 2 true"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("reports of the jobs left: %q, want %q", got, want)
	}
	if !strings.Contains(stoppedReport(left[1]).err.Error(), "the old PDF or the whole new one") {
		t.Errorf("a rename under way is reported %v", stoppedReport(left[1]).err)
	}
}
