//go:build !race && linux

package main

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// bigCase returns the example case file with about 9 MB of prose in one
// topic: near the largest file accepted, and past 2000 pages, so that it
// is laid out in full and then refused.
func bigCase(t *testing.T) []byte {
	t.Helper()
	para := strings.TrimSpace(strings.Repeat("The parties met and conferred about the schedule and discovery plan in good faith. ", 10))
	var b bytes.Buffer
	for range 11000 {
		b.WriteString("      " + para + "\n\n")
	}
	src := readFile(t, examplePath)
	key := []byte("    jurisdiction: |\n")
	if !bytes.Contains(src, key) {
		t.Fatal("the example has no jurisdiction text")
	}
	return bytes.Replace(src, key, append(key, b.Bytes()...), 1)
}

// peakRSS runs the command in a process of its own in dir and returns its
// exit status, its peak resident memory in MB and its stderr.
func peakRSS(t *testing.T, dir string, args ...string) (int, int64, string) {
	t.Helper()
	cmd := selfCommand(t, dir, nil, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		t.Skip("no resource usage on this system")
	}
	return cmd.ProcessState.ExitCode(), ru.Maxrss >> 10, stderr.String()
}

// These run without the race detector only: it multiplies memory by a
// factor of its own. The bounds are generous; the exact figures are in
// the log.
func TestLargestCaseMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 20 MB of prose")
	}
	dir := t.TempDir()
	big := bigCase(t)
	writeTree(t, dir, map[string][]byte{"one/big.yaml": big, "two/a.yaml": big, "two/b.yaml": big})
	for _, tt := range []struct {
		args  []string
		bound int64
	}{
		{[]string{"render", "one/big.yaml"}, 250},
		{[]string{"render", "-j", "8", "two"}, 300},
	} {
		code, rss, stderr := peakRSS(t, dir, tt.args...)
		if code != exitBad || !strings.Contains(stderr, "runs past 2000 pages") {
			t.Errorf("%v: exit status %d, want 1 and the page limit:\n%s", tt.args, code, stderr)
		}
		if rss > tt.bound {
			t.Errorf("%v: peak memory %d MB, want at most %d MB", tt.args, rss, tt.bound)
		}
		t.Logf("%v: %d MB of %d KB case files", tt.args, rss, len(big)>>10)
	}
}
