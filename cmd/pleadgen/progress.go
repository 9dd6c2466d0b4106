package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/vbauerster/cupwriter"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress shows a batch's progress: it hears of each case as it ends,
// then of the end of the batch.
type progress interface {
	done(r report)
	finish()
}

// newProgress shows a bar on a terminal for more than one case, one line
// per case elsewhere, and only errors when quiet.
func newProgress(w io.Writer, quiet bool, total int) progress {
	if !quiet && total > 1 && isTerminal(w) {
		return newBar(w, total)
	}
	return &lines{w: withSnippets(w), quiet: quiet}
}

// isTerminal reports whether w is a terminal, the way the progress bar
// itself decides.
func isTerminal(w io.Writer) bool {
	if t, ok := w.(terminalSafe); ok {
		w = t.w
	}
	f, ok := w.(*os.File)
	return ok && cupwriter.New(f, false).IsTerminal()
}

// lines writes one plain line per case; when quiet, only the errors.
type lines struct {
	w     io.Writer
	quiet bool
}

func (l *lines) done(r report) {
	if l.quiet && r.outcome != failed {
		return
	}
	if !l.quiet {
		printQuotedWarnings(l.w, r)
	}
	fmt.Fprintln(l.w, describe(r))
}

func (l *lines) finish() {}

// describe is the line that tells what became of a case, its file names
// quoted where they do not print plainly.
func describe(r report) string {
	switch r.outcome {
	case rendered:
		return fmt.Sprintf("rendered %s → %s (%s)", quoteName(r.job.src), r.job.written(), formatDuration(r.took))
	case unchanged:
		return fmt.Sprintf("unchanged %s → %s", quoteName(r.job.src), r.job.written())
	case skipped:
		return fmt.Sprintf("skipped %s: it names no filing.type, so it is a file that filings include", quoteName(r.job.src))
	}
	return quoteNamesIn(r.err.Error(), r.job.src, r.job.out)
}

// printQuotedWarnings writes a case's warnings one per line, its file
// names quoted where they do not print plainly.
func printQuotedWarnings(w io.Writer, r report) {
	for _, p := range r.warnings {
		fmt.Fprintln(w, quoteNamesIn(p.String(), r.job.src, r.job.out))
	}
}

// bar is a progress bar with counts and rate; warnings and errors are
// printed above it.
type bar struct {
	p      *mpb.Progress
	bar    *mpb.Bar
	counts [4]atomic.Int64 // by outcome
}

// newBar starts a bar on w, with options added to the container's.
func newBar(w io.Writer, total int, options ...mpb.ContainerOption) *bar {
	b := &bar{p: mpb.New(append([]mpb.ContainerOption{mpb.WithOutput(w)}, options...)...)}
	b.bar = b.p.AddBar(int64(total),
		mpb.PrependDecorators(decor.Name("render "), decor.CountersNoUnit("%d/%d")),
		mpb.AppendDecorators(
			decor.AverageSpeed(0, " %.1f docs/s"),
			decor.Any(func(decor.Statistics) string { return " " + b.tally() }),
		),
	)
	return b
}

func (b *bar) done(r report) {
	b.counts[r.outcome].Add(1)
	printQuotedWarnings(b.p, r)
	if r.outcome == failed {
		fmt.Fprintln(b.p, describe(r))
	}
	b.bar.Increment()
}

// finish stops the bar, complete or not, and waits for its last drawing.
func (b *bar) finish() {
	if !b.bar.Completed() {
		b.bar.Abort(false)
	}
	b.p.Wait()
}

func (b *bar) tally() string {
	return fmt.Sprintf("(%d rendered, %d unchanged, %d failed)",
		b.counts[rendered].Load(), b.counts[unchanged].Load(), b.counts[failed].Load())
}

// summary is the line that ends a batch.
func summary(t tally, took time.Duration, interrupted bool) string {
	s := fmt.Sprintf("%d rendered, %d unchanged, %d failed%s in %s",
		t.rendered, t.unchanged, t.failed, skippedNote(t), formatDuration(took))
	if interrupted {
		s = fmt.Sprintf("interrupted: %d rendered, %d unchanged, %d failed", t.rendered, t.unchanged, t.failed)
		if t.stopped > 0 {
			s += fmt.Sprintf(" (%d stopped under way)", t.stopped)
		}
		s += fmt.Sprintf("%s, %d not started in %s", skippedNote(t), t.notStarted, formatDuration(took))
	}
	return s
}

// skippedNote counts the shared files a batch skipped, if any.
func skippedNote(t tally) string {
	if t.skipped == 0 {
		return ""
	}
	return fmt.Sprintf(", %s skipped", countOf(t.skipped, "shared file"))
}

// formatDuration writes a duration in milliseconds, or seconds from ten
// seconds on.
func formatDuration(d time.Duration) string {
	switch ms := float64(d) / float64(time.Millisecond); {
	case ms < 10:
		return fmt.Sprintf("%.1f ms", ms)
	case ms < 10000:
		return fmt.Sprintf("%.0f ms", ms)
	}
	return fmt.Sprintf("%.1f s", d.Seconds())
}
