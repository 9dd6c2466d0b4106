package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
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

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	if t, ok := w.(terminalSafe); ok {
		w = t.w
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalWidth is the columns of the terminal w is, or 80.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	return 80
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

// bar is a progress line on a terminal — the count, a bar, the rate and
// the tally — drawn again in place as cases end, at most every barEvery,
// with warnings and errors printed above it. It writes the terminal's
// controls itself; the text it prints above has its controls escaped.
type bar struct {
	mu     sync.Mutex
	w      io.Writer // the terminal itself
	total  int
	counts [4]int // by outcome
	start  time.Time
	drawn  time.Time // when the line was last drawn; zero when it is not on the screen
	shown  int       // the count it showed
	width  int       // the terminal's columns
}

// barEvery is how often the bar is drawn again at most.
const barEvery = 50 * time.Millisecond

// newBar starts a bar of total cases on w.
func newBar(w io.Writer, total int) *bar {
	if t, ok := w.(terminalSafe); ok {
		w = t.w
	}
	b := &bar{w: w, total: total, start: time.Now(), width: terminalWidth(w)}
	b.mu.Lock()
	b.draw()
	b.mu.Unlock()
	return b
}

func (b *bar) done(r report) {
	var above strings.Builder
	printQuotedWarnings(&above, r)
	if r.outcome == failed {
		above.WriteString(describe(r) + "\n")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.counts[r.outcome]++
	if above.Len() > 0 {
		io.WriteString(b.w, "\r\x1b[K"+escapeControls(above.String()))
		b.drawn = time.Time{}
	}
	if b.count() == b.total || time.Since(b.drawn) >= barEvery {
		b.draw()
	}
}

// finish draws the bar a last time, complete or not, and ends its line.
func (b *bar) finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn.IsZero() || b.shown != b.count() {
		b.draw()
	}
	io.WriteString(b.w, "\n")
}

// draw writes the bar over its line; the caller holds the lock.
func (b *bar) draw() {
	io.WriteString(b.w, "\r\x1b[K"+b.line())
	b.drawn, b.shown = time.Now(), b.count()
}

// count is how many cases have ended.
func (b *bar) count() int {
	return b.counts[rendered] + b.counts[unchanged] + b.counts[failed] + b.counts[skipped]
}

// line is the bar's text, as wide as the terminal less a column.
func (b *bar) line() string {
	n := b.count()
	rate := float64(n) / max(time.Since(b.start).Seconds(), 1e-3)
	head := fmt.Sprintf("render %d/%d ", n, b.total)
	tail := fmt.Sprintf(" %.1f docs/s %s", rate, b.tally())
	room := b.width - 1 - len(head) - len(tail) - 2
	if room < 10 {
		// No room for the bar: the counts, cut to the terminal, for a
		// line that wraps is not drawn over.
		line := head + strings.TrimSpace(tail)
		return line[:min(len(line), max(b.width-1, 1))]
	}
	full := room
	if b.total > 0 {
		full = room * min(n, b.total) / b.total
	}
	return head + "[" + strings.Repeat("=", full) + strings.Repeat("-", room-full) + "]" + tail
}

func (b *bar) tally() string {
	return fmt.Sprintf("(%d rendered, %d unchanged, %d failed)",
		b.counts[rendered], b.counts[unchanged], b.counts[failed])
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
