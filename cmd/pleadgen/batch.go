package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"pleadgen/cases"
	"pleadgen/pdffile"
	"pleadgen/render"
)

// outcome is what became of one case.
type outcome int

const (
	rendered  outcome = iota // a new PDF was written
	unchanged                // the PDF was up to date and left alone
	failed                   // the case or its PDF had a problem
)

// report tells what became of one job.
type report struct {
	job      job
	outcome  outcome
	err      error
	warnings []cases.Problem
	took     time.Duration
}

// tally counts the outcomes of a batch.
type tally struct{ rendered, unchanged, failed int }

func (t *tally) add(o outcome) {
	switch o {
	case rendered:
		t.rendered++
	case unchanged:
		t.unchanged++
	default:
		t.failed++
	}
}

// batch renders jobs with workers that share one pipeline.
type batch struct {
	pipe    *pipeline
	workers int
	force   bool // render even when the PDF is up to date
}

// run renders the jobs, telling prog of each as it ends, and returns the
// tally. Once ctx is done no further job starts; those running finish.
func (b *batch) run(ctx context.Context, jobs []job, prog progress) tally {
	work := make(chan job)
	reports := make(chan report)
	var wg sync.WaitGroup
	for range max(1, min(b.workers, len(jobs))) {
		wg.Go(func() {
			var rend render.Renderer // one per worker, reused from case to case
			for j := range work {
				reports <- b.do(j, &rend)
			}
		})
	}
	go func() {
		feed(ctx, work, jobs)
		close(work)
		wg.Wait()
		close(reports)
	}()
	var t tally
	for r := range reports {
		t.add(r.outcome)
		prog.done(r)
	}
	return t
}

// feed hands the jobs to the workers until they are all taken or ctx is
// done.
func feed(ctx context.Context, work chan<- job, jobs []job) {
	for _, j := range jobs {
		select {
		case work <- j:
		case <-ctx.Done():
			return
		}
	}
}

// do runs one job and times it.
func (b *batch) do(j job, rend *render.Renderer) report {
	start := time.Now()
	r := report{job: j}
	r.outcome, r.warnings, r.err = b.make(j, rend)
	r.took = time.Since(start)
	return r
}

// make renders one case file unless its PDF is up to date. The check reads
// the case file and the end of the PDF, and nothing else.
func (b *batch) make(j job, rend *render.Renderer) (outcome, []cases.Problem, error) {
	if j.err != nil {
		return failed, nil, j.err
	}
	data, err := cases.ReadFile(j.src)
	if err != nil {
		return failed, nil, err
	}
	digest := b.pipe.caseDigest(data)
	if !b.force && upToDate(j.out, digest) {
		return unchanged, nil, nil
	}
	if same, _ := samePath(j.src, j.out); same {
		return failed, nil, fmt.Errorf("%s: refusing to write the PDF over its own case file", j.src)
	}
	r, err := b.pipe.buildData(j.src, data, digest, rend)
	if err != nil {
		return failed, nil, err
	}
	if err := writePDF(j.out, r.pdf); err != nil {
		return failed, r.warnings, err
	}
	return rendered, r.warnings, nil
}

// upToDate reports whether the PDF at path is whole, pleadgen's, and
// records digest; anything else is rendered again.
func upToDate(path, digest string) bool {
	got, err := pdffile.ReadDigest(path)
	return err == nil && got != "" && got == digest
}
