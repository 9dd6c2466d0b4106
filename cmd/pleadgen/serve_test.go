package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium is the browser the preview is tested in: Debian's.
const chromium = "/usr/bin/chromium"

// startServe runs serve in this process and returns its address.
func startServe(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &syncBuffer{}
	done := make(chan int, 1)
	go func() { done <- serve(ctx, args, new(syncBuffer), stderr) }()
	t.Cleanup(func() { cancel(); <-done })
	var url string
	addr := regexp.MustCompile(`at (http://[0-9.:]+/)`)
	waitFor(t, "the preview to start", func() bool {
		m := addr.FindStringSubmatch(stderr.String())
		if m != nil {
			url = m[1]
		}
		return m != nil
	})
	return url
}

// The preview in a real browser: it shows the pages, an edit changes the
// text on the page within moments, and a broken edit shows its error and
// keeps the last good pages; a clicked line names its place.
func TestServeInBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: .ci/run installs the chromium package", chromium)
		}
		t.Skipf("%s is not installed (apt-get install chromium)", chromium)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	good := string(readFile(t, examplePath))
	writeFile(t, path, []byte(good))
	url := startServe(t, path)

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromium), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	bctx, cancel = context.WithTimeout(bctx, 60*time.Second)
	defer cancel()

	if err := chromedp.Do(bctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("svg.page"))); err != nil {
		t.Fatal(err)
	}
	pages, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.page').length`))
	if err != nil {
		t.Fatal(err)
	}
	if pages != 8 {
		t.Errorf("the preview shows %d pages, want 8", pages)
	}
	text := func() string {
		s, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById('pages').textContent`))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if !strings.Contains(text(), "Plaintiffs brought this action") {
		t.Fatal("the page does not show the statement's text")
	}

	saved := time.Now()
	saveByRename(t, path, []byte(strings.Replace(good, "Plaintiffs brought this action", "Plaintiffs first brought this action", 1)))
	start := time.Now()
	for !strings.Contains(text(), "Plaintiffs first brought this action") {
		if time.Since(start) > 5*time.Second {
			t.Fatal("the edit did not reach the page")
		}
		time.Sleep(5 * time.Millisecond)
	}
	shown, err := chromedp.Run(bctx, chromedp.Evaluate[float64](`Number(document.body.dataset.shown)`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("save to page, as the page tells: %.0f ms", shown-float64(saved.UnixMilli()))

	saveInPlace(t, path, []byte(strings.Replace(good, "  date: 2021-07-14\n", "  date: 2021-02-30\n", 1)))
	var problems string
	for !strings.Contains(problems, "impossible date") {
		if problems, err = chromedp.Run(bctx, chromedp.Evaluate[string](`document.getElementById('problems').textContent`)); err != nil {
			t.Fatal(err)
		}
		if time.Since(start) > 10*time.Second {
			t.Fatalf("the broken edit's error is not shown: %q", problems)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(problems, "case.yaml:47:9: filing.date: impossible date") {
		t.Errorf("the error is not at its place: %q", problems)
	}
	if pages, err = chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll('svg.page').length`)); err != nil || pages != 8 {
		t.Errorf("after a broken edit the preview shows %d pages (%v), want the last good 8", pages, err)
	}

	if err := chromedp.Do(bctx, chromedp.Click(chromedp.CSS(`text[data-src]`))); err != nil {
		t.Fatal(err)
	}
	src, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS("#src")))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`case\.yaml:\d+:\d+`).MatchString(src) {
		t.Errorf("a clicked line shows %q, not its place in the case file", src)
	}
}

// watch --open serves the preview of the case file it watches, and says
// where when no browser can be started.
func TestWatchOpen(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no xdg-open: nothing is started on the test machine
	dir := t.TempDir()
	path := filepath.Join(dir, "case.yaml")
	writeFile(t, path, readFile(t, examplePath))
	w := startWatch(t, path, "--open")
	var url string
	addr := regexp.MustCompile(`previewing at (http://[0-9.:]+/)`)
	waitFor(t, "the preview's address", func() bool {
		m := addr.FindStringSubmatch(w.stderr.String())
		if m != nil {
			url = m[1]
		}
		return m != nil
	})
	if !strings.Contains(w.stderr.String(), "open "+url+" yourself") {
		t.Errorf("no word of how to open the preview:\n%s", w.stderr.String())
	}
	resp, err := http.Get(url + "state")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var state struct{ Pages []string }
	if err := json.NewDecoder(resp.Body).Decode(&state); err != nil || len(state.Pages) != 8 {
		t.Errorf("the preview's state: %d pages, %v", len(state.Pages), err)
	}
	if code, _, stderr := runApp("watch", "--open", dir); code != exitUsage || !strings.Contains(stderr, "--open previews one case file") {
		t.Errorf("watch --open DIR: exit %d\n%s", code, stderr)
	}
}

// The preview answers loopback host names only (a page of another site
// that made its name lead here reads nothing), follows a file the filing
// includes through an error in it, and shows the court's rules'
// findings; serve takes one case file, not a directory.
func TestServeGuards(t *testing.T) {
	dir := copyExamples(t)
	filing := filepath.Join(dir, "redwood-v-cobalt/joint-cmc-statement.yaml")
	url := startServe(t, filing)
	state := func(host string) (int, map[string]any) {
		req, _ := http.NewRequest("GET", url+"state", nil)
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var s map[string]any
		json.NewDecoder(resp.Body).Decode(&s)
		return resp.StatusCode, s
	}
	if code, _ := state("attacker.example"); code != http.StatusForbidden {
		t.Errorf("a foreign host name: status %d, want 403", code)
	}
	if code, s := state(""); code != http.StatusOK || len(s["pages"].([]any)) != 9 {
		t.Fatalf("status %d, %d pages", code, len(s["pages"].([]any)))
	}
	shared := filepath.Join(dir, "redwood-v-cobalt/case.yaml")
	good := readFile(t, shared)
	saveInPlace(t, shared, append(append([]byte(nil), good...), "bogus_key: 1\n"...))
	waitFor(t, "the included file's error", func() bool {
		_, s := state("")
		return strings.Contains(fmt.Sprint(s["problems"]), "bogus_key")
	})
	saveInPlace(t, shared, good)
	waitFor(t, "the error to clear once the included file is mended", func() bool {
		_, s := state("")
		return !strings.Contains(fmt.Sprint(s["problems"]), "bogus_key")
	})
	url = startServe(t, filepath.Join(dir, "aclu-v-ice.yaml"))
	if _, s := state(""); !strings.Contains(fmt.Sprint(s["problems"]), "page 1 lists Vasudha Talla without a state bar number (Civil L.R. 3-4(a)(1))") {
		t.Errorf("the court's rules' findings are not shown: %v", s["problems"])
	}
	if code, _, stderr := runApp("serve", dir); code != exitUsage || !strings.Contains(stderr, "want one case file") {
		t.Errorf("serve DIR: exit %d\n%s", code, stderr)
	}
}

// loopbackHost takes a Host field with a port or without, and names the
// loopback only by localhost or a loopback address.
func TestLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"localhost": true, "localhost:8080": true, "127.0.0.1": true, "127.0.0.1:1": true, "127.9.9.9:80": true,
		"[::1]:8080": true, "[::1]": true, "::1": true, "[::ffff:127.0.0.1]:80": true,
		"": false, "attacker.example": false, "attacker.example:80": false, "localhost.attacker.example": false,
		"10.0.0.1:80": false, "[::2]:80": false, "0.0.0.0:80": false, "[::1%lo]:80": false, "[::1": false,
		"127.0.0.1:80:80": false, "localhost:": true, "LOCALHOST": false, "[::1]:": true,
		"[::1]evil.example": false, "[127.0.0.1].attacker.example:80": false, "[localhost]x": false,
		"[::1]0": false, "[::1]:]": false, "127.0.0.0:[": false, "[::1]:80:80": false, "localhost:8o": false,
		"127.0.0.1]": false, "[[::1]]": false, "[localhost]": true,
	} {
		if got := loopbackHost(host); got != want {
			t.Errorf("loopbackHost(%q) = %v, want %v", host, got, want)
		}
	}
}

// A --addr serve cannot listen on is a bad command line: exit 2 with the
// usage, before the filing is read.
func TestServeRefusesABadAddress(t *testing.T) {
	for _, addr := range []string{"example.com:80", "127.0.0.1:99999", "127.0.0.1"} {
		code, _, stderr := runApp("serve", "--addr", addr, "testdata/good.yaml")
		if code != 2 || !strings.Contains(stderr, "usage:") {
			t.Errorf("--addr %s: exit %d, stderr %q", addr, code, stderr)
		}
	}
}
