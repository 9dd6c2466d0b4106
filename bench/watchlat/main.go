// Command watchlat measures pleadgen watch as a writer feels it: the time
// from saving the case file to the new PDF on disk. It starts
// `pleadgen watch CASE -o OUT`, waits for the first PDF, then saves the
// case file again and again (each save a whole new text, written in place
// as editors do) and times each until the PDF is replaced, and prints the
// median and the spread. Each save changes one word of the filing's text,
// a different place each time, as a writer's edit does: the paragraph it
// is in is laid out anew, and the pages after it when it gains a line.
//
//	go run ./bench/watchlat -pleadgen ./pleadgen -saves 30 CASE.yaml
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("pleadgen", "pleadgen", "the pleadgen binary")
	saves := flag.Int("saves", 30, "how many saves to time")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: watchlat [-pleadgen BIN] [-saves N] CASE.yaml")
		os.Exit(2)
	}
	if err := run(*bin, flag.Arg(0), *saves); err != nil {
		fmt.Fprintln(os.Stderr, "watchlat:", err)
		os.Exit(1)
	}
}

func run(bin, example string, saves int) error {
	src, err := os.ReadFile(example)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "watchlat")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	path, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return err
	}
	cmd := exec.Command(bin, "watch", path, "-o", out)
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	if _, err := waitForNew(out, 0, 10*time.Second); err != nil {
		return fmt.Errorf("the first PDF: %w", err)
	}
	var times []time.Duration
	for i := range saves {
		time.Sleep(100 * time.Millisecond) // a writer's pause between saves
		before := inode(out)
		text, err := edited(src, i)
		if err != nil {
			return err
		}
		start := time.Now()
		if err := os.WriteFile(path, text, 0o644); err != nil {
			return err
		}
		if _, err := waitForNew(out, before, 5*time.Second); err != nil {
			return fmt.Errorf("save %d: %w", i, err)
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	fmt.Printf("save to PDF over %d saves: median %.1f ms, min %.1f ms, max %.1f ms\n", len(times),
		ms(times[len(times)/2]), ms(times[0]), ms(times[len(times)-1]))
	return nil
}

// edited is the case file with save's edit: a word added after one " the "
// of its text, the save-th from the end of the file, cycling.
func edited(src []byte, save int) ([]byte, error) {
	var at []int
	for i := 0; ; {
		k := bytes.Index(src[i:], []byte(" the "))
		if k < 0 {
			break
		}
		at = append(at, i+k)
		i += k + 1
	}
	if len(at) == 0 {
		return nil, fmt.Errorf("the case file has no \" the \" to edit")
	}
	k := at[len(at)-1-save%len(at)] + len(" the")
	return append(append(append([]byte(nil), src[:k]...), " very"...), src[k:]...), nil
}

// waitForNew waits until path is a file other than the one numbered old.
func waitForNew(path string, old uint64, limit time.Duration) (uint64, error) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if n := inode(path); n != 0 && n != old {
			return n, nil
		}
		time.Sleep(100 * time.Microsecond)
	}
	return 0, fmt.Errorf("%s not written within %v", path, limit)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
