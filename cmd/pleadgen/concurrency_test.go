package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// TestConcurrentWriters renders the same cases to the same outputs from
// two runs at once, each with several workers, while a reader keeps reading
// the outputs: it must only ever see whole PDFs, and no temporary file may
// be left.
func TestConcurrentWriters(t *testing.T) {
	runners := []struct {
		name string
		run  func(t *testing.T, args ...string) (int, string)
	}{
		{"goroutines", func(_ *testing.T, args ...string) (int, string) {
			code, _, stderr := runApp(args...)
			return code, stderr
		}},
		{"processes", func(_ *testing.T, args ...string) (int, string) {
			return runDetached(args...)
		}},
	}
	for _, r := range runners {
		t.Run(r.name, func(t *testing.T) {
			dir := t.TempDir()
			cases, out := filepath.Join(dir, "cases"), filepath.Join(dir, "out")
			tree := map[string][]byte{}
			for i := range 6 {
				tree[fmt.Sprintf("d%d/case%d.yaml", i%2, i)] = variant(t, fmt.Sprint(i))
			}
			writeTree(t, cases, tree)
			stop, seen := readWhole(t, out)
			var wg sync.WaitGroup
			for range 2 {
				wg.Go(func() {
					for range 2 {
						if code, stderr := r.run(t, "render", "--force", "-q", "-j", "3", "-o", out, cases); code != exitOK {
							t.Errorf("exit status %d\n%s", code, stderr)
						}
					}
				})
			}
			wg.Wait()
			stop()
			t.Logf("the reader read %d PDFs", seen.Load())
			checkOutputs(t, out, 6)
		})
	}
}

// readWhole keeps reading every PDF under dir until stopped, failing the
// test on any that is not whole; it counts the PDFs read.
func readWhole(t *testing.T, dir string) (stop func(), seen *atomic.Int64) {
	seen = new(atomic.Int64)
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			default:
			}
			paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.pdf"))
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err == nil && !completePDF(data) {
					t.Errorf("read a partial PDF: %s, %d bytes", p, len(data))
				}
				seen.Add(1)
			}
		}
	}()
	return func() { close(quit); <-done }, seen
}

// checkOutputs checks that dir holds n PDFs, each whole (by qpdf too, where
// installed), and nothing else.
func checkOutputs(t *testing.T, dir string, n int) {
	t.Helper()
	got := files(t, dir)
	if len(got) != n {
		t.Errorf("%s holds %q, want %d PDFs and nothing else", dir, got, n)
	}
	_, err := exec.LookPath("qpdf")
	for _, rel := range got {
		path := filepath.Join(dir, rel)
		if filepath.Ext(rel) != ".pdf" || strings.HasPrefix(filepath.Base(rel), ".") {
			t.Errorf("left behind: %s", rel)
			continue
		}
		if !completePDF(readFile(t, path)) {
			t.Errorf("%s is not a whole PDF", rel)
		}
		if err == nil {
			if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
				t.Errorf("qpdf --check %s: %v\n%s", rel, err, out)
			}
		}
	}
}

// runDetached runs a command line as a pleadgen process of its own, like
// runProcess but callable from any goroutine: a failure to start is
// reported in the returned stderr, with status -1.
func runDetached(args ...string) (int, string) {
	exe, err := os.Executable()
	if err != nil {
		return -1, err.Error()
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); ok {
		return exit.ExitCode(), string(out)
	}
	if err != nil {
		return -1, err.Error()
	}
	return 0, string(out)
}
