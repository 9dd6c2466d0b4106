package main

import (
	"context"
	"fmt"
	"pleadgen"
	"runtime"
	"sync"
	"time"
)

// outcome is what became of one case.
type outcome int

const (
	rendered  outcome = iota // a new PDF was written
	unchanged                // the PDF was up to date and left alone
	failed                   // the case or its PDF had a problem
	skipped                  // a shared file that filings include, found in a directory
)

// report tells what became of one job.
type report struct {
	job      job
	outcome  outcome
	err      error
	warnings []pleadgen.Problem
	took     time.Duration
	inputs   []string // the files the filing includes, as read
}

// tally counts the outcomes of a batch.
type tally struct {
	rendered, unchanged, failed, skipped int
	stopped                              int // of the failed: left under way by an interrupt
	notStarted                           int // not begun before an interrupt
}

func (t *tally) add(o outcome) {
	switch o {
	case rendered:
		t.rendered++
	case unchanged:
		t.unchanged++
	case skipped:
		t.skipped++
	default:
		t.failed++
	}
}

// batch renders jobs with workers that share one pipeline.
type batch struct {
	pipe    *pipeline
	workers int
	force   bool // render even when the PDF is up to date
	running *runningSet
	mem     *memBudget
	memory  int64 // the memory the batch may use; 0: by its workers
	// after, when not nil, runs once a case's PDF is up to date, and
	// returns warnings: watch --redline-against updates the redline.
	after func(j job) []pleadgen.Problem
	flush flushMode // when the PDFs written are flushed to the disk
	wrote flushLog  // the PDFs written and not yet flushed
	// formats are what is written of each case (the PDF when empty), and
	// part what the Word document holds.
	formats []format
	part    pleadgen.Part
	cases   *batchCases // the run's case files, which no output replaces
	// readDirs are the directories of templates and courts the run
	// reads (--templates, --courts), by flag, whose files no output
	// replaces either.
	readDirs map[string]string
}

// stopGrace is how long a batch that is told to stop waits for the cases
// under way: a case takes milliseconds, so one still running after this
// is stuck (reading a file a network server no longer serves, say) and is
// left, its PDF not written.
const stopGrace = time.Second

// run renders the jobs, telling prog of each as it ends, and returns the
// tally. Once ctx is done no further job starts; those running have
// stopGrace to finish, and those that do not are reported stopped.
func (b *batch) run(ctx context.Context, jobs []job, prog progress) tally {
	b.running = newRunningSet()
	b.cases = &batchCases{srcs: make([]string, len(jobs)), dirs: b.readDirs}
	for i, j := range jobs {
		b.cases.srcs[i] = j.src
	}
	if b.memory == 0 {
		b.memory = memoryFor(min(b.workers, len(jobs)))
	}
	limitMemory(collectorLimit(0, b.memory))
	b.mem = newMemBudget(b.memory)
	b.mem.reserved = func(n int64) { limitMemory(collectorLimit(n, b.memory)) }
	reports := b.start(ctx, jobs)
	var t tally
	seen := make(map[string]bool)
	tell := func(r report) {
		seen[r.job.src] = true
		t.add(r.outcome)
		prog.done(r)
	}
	collect(ctx, reports, tell)
	b.settle(reports, seen, &t, tell)
	b.wrote.flush()
	t.notStarted = len(jobs) - t.rendered - t.unchanged - t.failed - t.skipped
	return t
}

// start runs the workers, which take the jobs until ctx is done, and
// returns the channel of their reports, closed when all are done. One
// case that nothing can stop (ctx is never done) is rendered in line: a
// worker of its own would cost it the thread the runtime wakes for it.
func (b *batch) start(ctx context.Context, jobs []job) <-chan report {
	// Room for every report: a worker a stop left behind never blocks.
	reports := make(chan report, len(jobs))
	workers := max(1, min(b.workers, len(jobs)))
	// Fewer workers than cores leave a core to spare: each deflates its
	// pages beside its drawing.
	spare := workers < runtime.NumCPU()
	if len(jobs) == 1 && ctx.Done() == nil {
		b.take(ctx, jobs[0], &pleadgen.Renderer{Parallel: spare}, reports)
		close(reports)
		return reports
	}
	work := make(chan job)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			// One renderer a worker, reused from case to case.
			rend := pleadgen.Renderer{Parallel: spare}
			for j := range work {
				b.take(ctx, j, &rend, reports)
			}
		})
	}
	go func() {
		feed(ctx, work, jobs)
		close(work)
		wg.Wait()
		close(reports)
	}()
	return reports
}

// take renders a job with rend and reports it, unless ctx is done
// before it begins.
func (b *batch) take(ctx context.Context, j job, rend *pleadgen.Renderer, reports chan<- report) {
	if ctx.Err() != nil {
		return // handed out as the stop came: not begun
	}
	need := b.mem.weigh(j.src)
	if b.mem.acquire(ctx, need) != nil {
		return // stopped before it began
	}
	b.running.add(j)
	rend.Reuse = j.reuse
	reports <- b.do(j, rend)
	b.running.remove(j)
	b.mem.release(need)
}

// settle ends a batch a stop cut short: no job puts its PDF in place any
// more; the reports already made are told, and each job still under way
// is reported by how far it came, the temporary file of one stuck
// writing removed.
func (b *batch) settle(reports <-chan report, seen map[string]bool, t *tally, tell func(report)) {
	left := b.running.close()
	for drained := false; !drained; {
		select {
		case r, ok := <-reports:
			if ok {
				tell(r)
			}
			drained = !ok
		default:
			drained = true
		}
	}
	var stuck []string
	for _, r := range left {
		if seen[r.job.src] {
			continue
		}
		stuck = append(stuck, r.job.out)
		rep := stoppedReport(r)
		if rep.outcome == failed {
			t.stopped++
		}
		tell(rep)
	}
	removeTempsOf(stuck)
}

// collect hands each report to fn until the workers are done, or until
// stopGrace after ctx is done.
func collect(ctx context.Context, reports <-chan report, fn func(report)) {
	var grace <-chan time.Time
	done := ctx.Done()
	for {
		select {
		case r, ok := <-reports:
			if !ok {
				return
			}
			fn(r)
		case <-done:
			done, grace = nil, time.After(stopGrace)
		case <-grace:
			return
		}
	}
}

// stoppedReport tells what became of a job a stop left under way: its
// PDF was not written, or was, or was being renamed into place.
func stoppedReport(r runningJob) report {
	rep := report{job: r.job, outcome: failed}
	switch r.state {
	case committed:
		rep.outcome = rendered
	case committing:
		rep.err = fmt.Errorf("%s: stopped while its PDF %s was being put in place: it is the old PDF or the whole new one",
			quoteName(r.job.src), quoteName(r.job.out))
	default:
		rep.err = fmt.Errorf("%s: stopped: still under way %s after the interrupt; %s was not written",
			quoteName(r.job.src), stopGrace, quoteName(r.job.out))
	}
	return rep
}

// feed hands the jobs to the workers until they are all taken or ctx is
// done.
func feed(ctx context.Context, work chan<- job, jobs []job) {
	for _, j := range jobs {
		if ctx.Err() != nil {
			return
		}
		select {
		case work <- j:
		case <-ctx.Done():
			return
		}
	}
}

// do runs one job and times it.
func (b *batch) do(j job, rend *pleadgen.Renderer) report {
	start := time.Now()
	r := report{job: j}
	r.outcome, r.warnings, r.err = b.make(j, rend, &r.inputs)
	r.took = time.Since(start)
	return r
}

// make renders one case file unless its PDF is up to date. The check reads
// the case file and the end of the PDF, and nothing else.
func (b *batch) make(j job, rend *pleadgen.Renderer, inputs *[]string) (outcome, []pleadgen.Problem, error) {
	if j.err != nil {
		return failed, nil, j.err
	}
	in, err := b.pipe.Read(j.src)
	if err != nil {
		return failed, nil, err
	}
	for _, f := range in.Files[1:] {
		*inputs = append(*inputs, f.Path)
	}
	*inputs = append(*inputs, in.Sought...)
	if j.found && in.IsShared() {
		return skipped, nil, nil
	}
	digest := b.pipe.CaseDigest(in)
	formats := b.formats
	if len(formats) == 0 {
		formats = []format{formatPDF}
	}
	var warnings []pleadgen.Problem
	wrote := false
	var built *result // the case's markup, once made, for the next output
	for _, o := range outputsOf(j, formats, b.part) {
		w, made, err := b.write(j, o, in, digest, rend, &built)
		warnings = append(warnings, w...)
		if err != nil {
			return failed, warnings, err
		}
		wrote = wrote || made
	}
	if !wrote {
		return unchanged, b.then(j), nil
	}
	return rendered, append(warnings, b.then(j)...), nil
}

// write makes one output of a case unless it is up to date, and reports
// whether it wrote it, with the warnings not reported yet. The case is
// decoded and templated once: a Word document after the PDF is written
// from the PDF's markup, whose warnings are the PDF's.
func (b *batch) write(j job, o jobOutput, in *pleadgen.Input, digest string, rend *pleadgen.Renderer, built **result) ([]pleadgen.Problem, bool, error) {
	if o.format == formatDOCX {
		digest = pleadgen.DOCXDigest(digest, b.part)
	}
	if !b.force && upToDate(o.path, digest) {
		return nil, false, nil
	}
	if err := b.refuseOverInputs(j, in, formatName(o.format), o.path); err != nil {
		return nil, false, err
	}
	var data []byte
	var warnings []pleadgen.Problem
	switch r := *built; {
	case o.format == formatPDF:
		r, err := b.pipe.BuildInput(in, digest, rend)
		if err != nil {
			return nil, false, err
		}
		*built, data, warnings = r, r.PDF, r.Warnings
	case r != nil:
		if _, err := b.pipe.WriteDOCX(r, digest, b.part); err != nil {
			return nil, false, err
		}
		data = r.DOCX
	default:
		r, err := b.pipe.BuildDOCXInput(in, digest, b.part)
		if err != nil {
			return nil, false, err
		}
		*built, data, warnings = r, r.DOCX, r.Warnings
	}
	var commit commitFunc // a batch that runs puts a file in place only until it is stopped
	if b.running != nil {
		commit = func(rename func() error) error { return b.running.commit(j, rename) }
	}
	if err := writePDFVia(o.path, data, commit, b.flush == flushEach); err != nil {
		return warnings, false, err
	}
	if b.flush == flushEnd {
		b.wrote.add(o.path)
	}
	return warnings, true, nil
}

// formatName names a format in messages.
func formatName(f format) string {
	if f == formatDOCX {
		return "Word document"
	}
	return "PDF"
}

// then runs the batch's after hook, if any, for a case whose PDF is up to
// date.
func (b *batch) then(j job) []pleadgen.Problem {
	if b.after == nil {
		return nil
	}
	return b.after(j)
}

// readInput reads a filing and the files it includes; tests stand in one
// that hangs as a file on a dead network server does.
var readInput = pleadgen.ReadInput

// upToDate reports whether the PDF at path is whole, pleadgen's, and
// records digest; anything else is rendered again.
func upToDate(path, digest string) bool {
	got, err := pleadgen.ReadDigest(path)
	return err == nil && got != "" && got == digest
}
