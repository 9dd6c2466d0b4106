package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long the watcher waits after the last event it cares
// about before rendering: an editor's save is a burst of events some
// microseconds apart (truncate, write, close; or write a copy and rename
// it), and the new PDF should follow the save as closely as a render
// allows. A save slower than this is rendered twice, its last state last.
const debounce = time.Millisecond

// emptyWait is how long a case file found empty is given to be written
// before it is rendered, and reported, as empty: an editor that saves by
// emptying the file and writing it again is seen in between.
const emptyWait = 100 * time.Millisecond

// cmdWatch renders like render, then again whenever a case file or a
// template changes, until interrupted.
func cmdWatch(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = safeText(stdout), safeText(stderr)
	intr := onInterrupt(nil)
	defer intr.stop()
	intr.await()
	// A signal is how a watch ends: its status is watch's own.
	return watch(intr.ctx, args, stdout, stderr)
}

// watch runs the watch command until ctx is done, and returns its exit
// status: 0 once it has started, whatever became of the cases.
func watch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	opts, paths, err := parseWatchFlags(args, stdout)
	if err == nil && opts.out == "-" {
		err = errors.New("-o - is for render: watch writes its PDFs to files")
	}
	if err != nil {
		return usageError(stderr, "watch", err)
	}
	ins, jobs, status, ok := planCommand("watch", paths, opts.out, stderr)
	if !ok {
		return status
	}
	p, err := newPipelineWith(opts.inputFlags)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	w, err := newWatcher(ins, opts, p, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "pleadgen watch: %v\n", err)
		return exitBad
	}
	defer w.fsw.Close()
	// The directories are watched before the first rendering, so that no
	// change made once a PDF has appeared goes unseen.
	w.setJobs(jobs)
	if opts.open {
		if !single(ins) {
			return usageError(stderr, "watch", errors.New("--open previews one case file; name one"))
		}
		url, _, err := startPreview(ctx, p, jobs[0].src, "127.0.0.1:0", stderr)
		if err != nil {
			fmt.Fprintf(stderr, "pleadgen watch: %v\n", err)
			return exitBad
		}
		fmt.Fprintf(stderr, "previewing at %s\n", url)
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(stderr, "pleadgen watch: %v; open %s yourself\n", err, url)
		}
	}
	renderJobs(ctx, p, jobs, opts, len(jobs) > 1, stderr, w.noteInputs)
	fmt.Fprintf(stderr, "watching %s; Ctrl-C stops\n", countOf(len(jobs), "case file"))
	w.loop(ctx)
	return exitOK
}

func parseWatchFlags(args []string, stdout io.Writer) (renderOptions, []string, error) {
	o := renderOptions{workers: runtime.NumCPU()}
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	fs.StringVar(&o.out, "o", "", "output `PATH`: the PDF of one case file, or the directory of several (default: beside each case file)")
	o.inputFlags.register(fs, templatesUsage+", watched too")
	fs.BoolVar(&o.open, "open", false, "serve the preview of the one case file watched and open it in the browser (see serve)")
	fs.StringVar(&o.redlineAgainst, "redline-against", "", "keep a redline of each filing against `REV|FILE` (a git revision, or the case file of an earlier version) beside its PDF, as NAME.redline.pdf")
	fs.StringVar(&o.fsync, "fsync", string(flushNone), "when the PDFs reach the disk: `none` (left to the system: the next save writes them again), each, or end of each round")
	paths, err := parseFlags(fs, args, stdout)
	if err == nil {
		_, err = parseFlush(o.fsync)
	}
	return o, paths, err
}

// lookAgainEvery is how often a watched directory that went away is
// looked for.
const lookAgainEvery = 250 * time.Millisecond

// loop waits for changes and renders what they touch, once a burst of
// events has died down, until ctx is done.
func (w *watcher) loop(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	lookAgain := time.NewTicker(lookAgainEvery)
	defer lookAgain.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-lookAgain.C:
			if len(w.lost) > 0 && w.retry() {
				timer.Reset(debounce)
			}
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if w.note(ev) {
				timer.Reset(debounce)
			}
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if w.noteError(err) {
				timer.Reset(debounce)
			}
		case <-timer.C:
			w.flush(ctx)
			if !w.holdUntil.IsZero() {
				timer.Reset(max(time.Until(w.holdUntil), debounce))
				w.holdUntil = time.Time{}
			}
		}
	}
}

// noteError reports an error of the watch, and whether it calls for a
// flush: when events were lost, every case is looked at again (those that
// did not change are found up to date cheaply).
func (w *watcher) noteError(err error) bool {
	fmt.Fprintf(w.stderr, "pleadgen watch: %v\n", err)
	if !errors.Is(err, fsnotify.ErrEventOverflow) {
		return false
	}
	w.rescan = true
	w.markAll()
	return true
}

// flush renders what changed since the last flush: every case after a
// template change, new case files, and the case files that changed.
func (w *watcher) flush(ctx context.Context) {
	if w.templatesChanged {
		w.templatesChanged = false
		w.reloadTemplates()
	}
	if w.rescan {
		w.rescan = false
		w.replan()
	}
	jobs := w.takePending(time.Now())
	if len(jobs) == 0 {
		return
	}
	start := time.Now()
	b := &batch{pipe: w.pipe, workers: w.opts.workers, after: redlineHook(w.pipe, w.opts.redlineAgainst), flush: w.opts.flushFor(len(jobs)),
		readDirs: w.opts.readDirs()}
	t := b.run(ctx, jobs, observed{&lines{w: w.stderr}, w.noteInputs})
	if len(jobs) > 1 {
		fmt.Fprintln(w.stderr, summary(t, time.Since(start), ctx.Err() != nil))
	}
}

// countOf writes a count of things, "1 case file" or "2 case files".
func countOf(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}
