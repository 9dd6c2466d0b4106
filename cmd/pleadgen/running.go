package main

import (
	"errors"
	"slices"
	"strings"
	"sync"
)

// jobState is how far a job under way has come.
type jobState uint8

const (
	working    jobState = iota // reading, rendering or writing its temporary file
	committing                 // renaming its PDF into place
	committed                  // its PDF is in place
)

// runningSet is the jobs under way in a batch, by case file. Once closed
// by a stop, no job puts its PDF in place any more, so that the batch
// knows exactly which PDFs it wrote.
type runningSet struct {
	mu     sync.Mutex
	jobs   map[string]*runningJob
	closed bool
}

// runningJob is one job under way and how far it has come.
type runningJob struct {
	job   job
	state jobState
}

// errStopping is why a job did not put its PDF in place: the batch was
// told to stop.
var errStopping = errors.New("the batch was told to stop")

func newRunningSet() *runningSet { return &runningSet{jobs: make(map[string]*runningJob)} }

func (s *runningSet) add(j job) {
	s.mu.Lock()
	s.jobs[j.src] = &runningJob{job: j}
	s.mu.Unlock()
}

func (s *runningSet) remove(j job) {
	s.mu.Lock()
	delete(s.jobs, j.src)
	s.mu.Unlock()
}

// commit runs rename, which puts j's PDF in place, unless the set is
// closed. The lock is not held while rename runs: a rename that hangs
// cannot hold up a stop.
func (s *runningSet) commit(j job, rename func() error) error {
	s.mu.Lock()
	r := s.jobs[j.src]
	if s.closed || r == nil {
		s.mu.Unlock()
		return errStopping
	}
	r.state = committing
	s.mu.Unlock()
	err := rename()
	s.mu.Lock()
	if err == nil {
		r.state = committed
	}
	s.mu.Unlock()
	return err
}

// close stops every job from putting its PDF in place from now on, and
// returns the jobs still under way, by case file.
func (s *runningSet) close() []runningJob {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	out := make([]runningJob, 0, len(s.jobs))
	for _, r := range s.jobs {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b runningJob) int { return strings.Compare(a.job.src, b.job.src) })
	return out
}
