package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/netip"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"pleadgen/internal/httpd"
)

// cmdServe shows a filing's pages in the browser and draws them again as
// soon as the filing, or a file it includes, is saved.
func cmdServe(args []string, stdout, stderr io.Writer) int {
	intr := onInterrupt(nil)
	defer intr.stop()
	intr.await()
	return serve(intr.ctx, args, stdout, safeText(stderr))
}

// serve runs the preview until ctx is done and returns the exit status.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:0", "listen on `HOST:PORT`: an IP address or localhost (nothing: every address), port 0 for any free one; loopback only unless you name another address")
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stdout)
	if err == nil && (len(paths) != 1 || isDir(paths[0])) {
		err = errors.New("want one case file")
	}
	if err == nil {
		err = httpd.CheckAddr(*addr)
	}
	if err != nil {
		return usageError(stderr, "serve", err)
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	url, served, err := startPreview(ctx, p, paths[0], *addr, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "pleadgen serve: %v\n", err)
		return exitBad
	}
	if !strings.HasPrefix(url, "http://127.") && !strings.HasPrefix(url, "http://[::1]") {
		fmt.Fprintf(stderr, "pleadgen serve: warning: %s is not a loopback address: anyone who can reach it reads the filing\n", url)
	}
	fmt.Fprintf(stderr, "previewing %s at %s ; Ctrl-C stops\n", quoteName(paths[0]), url)
	if err := <-served; err != nil {
		fmt.Fprintf(stderr, "pleadgen serve: %v\n", err)
		return exitBad
	}
	return exitOK
}

// startPreview serves the preview of the filing at path on addr until ctx
// is done, and returns its address and a channel that gets the server's
// end.
func startPreview(ctx context.Context, p *pipeline, path, addr string, stderr io.Writer) (string, <-chan error, error) {
	ln, err := httpd.Listen(addr)
	if err != nil {
		return "", nil, err
	}
	s := &preview{p: p, path: path, stderr: stderr, subs: map[chan struct{}]bool{}, loopback: ln.Addr().Addr().IsLoopback()}
	s.refresh(ctx)
	srv := &httpd.Server{Handler: s.serveHTTP, ReadHeaderTimeout: 5 * time.Second,
		Logf: func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }}
	go s.follow(ctx)
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	served := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		if errors.Is(err, httpd.ErrServerClosed) {
			err = nil
		}
		served <- err
	}()
	return "http://" + ln.Addr().String() + "/", served, nil
}

// openBrowser opens url in the desktop's browser, when there is a way to.
func openBrowser(url string) error {
	for _, opener := range []string{"xdg-open", "open", "wslview"} {
		if path, err := exec.LookPath(opener); err == nil {
			return exec.Command(path, url).Start()
		}
	}
	return errors.New("no xdg-open or open to start a browser with")
}

// preview is what the browser is shown: the last good pages, the problems
// of the last rendering, and a version that grows with each rendering.
type preview struct {
	p        *pipeline
	path     string
	stderr   io.Writer
	loopback bool // served on a loopback address: only loopback host names are answered

	mu       sync.Mutex
	pages    []string
	problems []string
	version  int
	inputs   []string         // the files the filing read, or sought
	stamps   map[string]stamp // each input's last size and time
	subs     map[chan struct{}]bool
}

// stamp is what tells that a file changed.
type stamp struct {
	size int64
	mod  time.Time
	ok   bool
}

// pollEvery is how often the inputs are looked at: a save shows in the
// browser within a few of these.
const pollEvery = 25 * time.Millisecond

// follow renders again whenever an input changes, until ctx is done.
func (s *preview) follow(ctx context.Context) {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if s.changed() {
				s.refresh(ctx)
			}
		}
	}
}

// changed reports whether an input's size or time changed.
func (s *preview) changed() bool {
	s.mu.Lock()
	inputs, old := s.inputs, s.stamps
	s.mu.Unlock()
	now := stamps(inputs)
	for path, st := range now {
		if old[path] != st {
			return true
		}
	}
	return false
}

// stamps are the inputs' stamps now.
func stamps(paths []string) map[string]stamp {
	out := make(map[string]stamp, len(paths))
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			out[p] = stamp{fi.Size(), fi.ModTime(), true}
		} else {
			out[p] = stamp{}
		}
	}
	return out
}

// refresh renders the filing's pages; a filing with errors keeps the last
// good pages beside its errors.
func (s *preview) refresh(ctx context.Context) {
	inputs := []string{s.path}
	r, pages, err := s.p.Preview(ctx, s.path)
	if r == nil { // not even read: look at what the filing names, as a watch does
		if in, rerr := s.p.Read(s.path); rerr == nil {
			r = &result{Input: in}
		}
	}
	if r != nil && r.Input != nil {
		for _, f := range r.Input.Files[1:] {
			inputs = append(inputs, f.Path)
		}
		inputs = append(inputs, r.Input.Sought...)
	}
	var problems []string
	if err != nil {
		problems = strings.Split(err.Error(), "\n")
	} else if r != nil {
		for _, w := range r.Warnings {
			problems = append(problems, w.String())
		}
	}
	s.mu.Lock()
	if err == nil {
		s.pages = pages
	}
	s.problems, s.inputs, s.stamps = problems, inputs, stamps(inputs)
	s.version++
	for c := range s.subs {
		select {
		case c <- struct{}{}:
		default: // it has one waiting already
		}
	}
	s.mu.Unlock()
}

// serveHTTP serves the page, its state and its events; nothing else, no
// file of the disk.
func (s *preview) serveHTTP(w *httpd.ResponseWriter, r *httpd.Request) {
	if s.loopback && !loopbackHost(r.Host) {
		// A page of another site whose name now leads here (DNS
		// rebinding) reads nothing.
		httpd.Error(w, "pleadgen serve answers loopback host names only", 403)
		return
	}
	switch r.Path {
	case "/":
		w.SetHeader("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, previewPage)
	case "/state":
		s.mu.Lock()
		state := struct {
			Version  int      `json:"version"`
			Pages    []string `json:"pages"`
			Problems []string `json:"problems"`
		}{s.version, s.pages, s.problems}
		data, err := json.Marshal(state)
		s.mu.Unlock()
		if err != nil {
			httpd.Error(w, err.Error(), 500)
			return
		}
		w.SetHeader("Content-Type", "application/json")
		w.SetHeader("Cache-Control", "no-store")
		w.Write(data)
	case "/events":
		s.events(w, r)
	default:
		httpd.Error(w, "404 page not found", 404)
	}
}

// events sends a server-sent event whenever the pages are drawn again.
func (s *preview) events(w *httpd.ResponseWriter, r *httpd.Request) {
	c := make(chan struct{}, 1)
	s.mu.Lock()
	s.subs[c] = true
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.subs, c)
		s.mu.Unlock()
	}()
	w.SetHeader("Content-Type", "text/event-stream")
	w.SetHeader("Cache-Control", "no-store")
	io.WriteString(w, ": pleadgen\n\n")
	if w.Flush() != nil {
		return
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-c:
			io.WriteString(w, "data: update\n\n")
			if w.Flush() != nil {
				return
			}
		}
	}
}

// previewPage is the page the browser loads: the pages, the problems, and
// the source place of a clicked line.
const previewPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>pleadgen preview</title>
<style>
body { margin: 0; background: #6b6b6b; font: 14px system-ui, sans-serif; }
#bar { position: sticky; top: 0; background: #222; color: #eee; padding: 6px 12px; z-index: 1; }
#problems { white-space: pre-wrap; color: #ffb4a8; margin: 0; }
#problems:empty { display: none; }
#src { color: #9fd3ff; }
#pages svg { display: block; margin: 16px auto; box-shadow: 0 2px 8px rgba(0,0,0,.5); width: min(95vw, 816px); height: auto; }
[data-src] { cursor: pointer; }
</style></head>
<body>
<div id="bar">pleadgen preview <span id="src"></span><pre id="problems"></pre></div>
<div id="pages"></div>
<script>
let shown = 0;
async function load() {
  const s = await (await fetch('/state', {cache: 'no-store'})).json();
  if (s.version < shown) return; // an older answer, overtaken
  shown = s.version;
  document.getElementById('problems').textContent = (s.problems || []).join('\n');
  if (s.pages) document.getElementById('pages').innerHTML = s.pages.join('');
  document.body.dataset.version = s.version;
  document.body.dataset.shown = Date.now();
}
new EventSource('/events').onmessage = load;
load();
document.addEventListener('click', e => {
  const t = e.target.closest('[data-src]');
  if (t) document.getElementById('src').textContent = '— ' + t.dataset.src;
});
</script>
</body></html>
`

// loopbackHost reports whether a request's Host names the loopback:
// localhost or a loopback address, with a port or without.
func loopbackHost(host string) bool {
	host = withoutPort(host)
	if host == "localhost" {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && ip.Zone() == "" && ip.Unmap().IsLoopback()
}

// withoutPort is a Host field's host: what is inside brackets, or what is
// before the one colon of a name or IPv4 address. What follows the host
// may only be a colon and digits; a field that is not so gives "".
func withoutPort(host string) string {
	if rest, ok := strings.CutPrefix(host, "["); ok {
		inside, after, closed := strings.Cut(rest, "]")
		port, colon := strings.CutPrefix(after, ":")
		if !closed || after != "" && !colon || !digits(port) {
			return ""
		}
		return inside
	}
	if strings.Count(host, ":") > 1 {
		return host // an IPv6 address without brackets, and no port
	}
	if h, port, ok := strings.Cut(host, ":"); ok {
		if !digits(port) {
			return ""
		}
		return h
	}
	return host
}

// digits reports whether s holds nothing but ASCII digits (or nothing).
func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
