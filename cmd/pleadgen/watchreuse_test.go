package main

import "testing"

// TestWatchKeepsEachCaseWork checks that a watched case keeps the work of
// its last render from one plan to the next, that a new case starts with
// work of its own, and that a case no longer watched lets its work go.
func TestWatchKeepsEachCaseWork(t *testing.T) {
	w := &watcher{jobs: map[string]job{}}
	first := []job{{src: "a.yaml", out: "a.pdf"}, {src: "b.yaml", out: "b.pdf"}}
	if fresh := w.setJobs(first); len(fresh) != 2 {
		t.Fatalf("the first plan: %d fresh jobs, want 2", len(fresh))
	}
	a, b := first[0].reuse, first[1].reuse
	if a == nil || b == nil || a == b {
		t.Fatalf("each case needs work of its own: %p %p", a, b)
	}
	second := []job{{src: "./a.yaml", out: "a.pdf"}, {src: "c.yaml", out: "c.pdf"}}
	fresh := w.setJobs(second)
	if len(fresh) != 1 || fresh[0].src != "c.yaml" {
		t.Fatalf("the second plan's fresh jobs: %v", fresh)
	}
	if second[0].reuse != a {
		t.Error("a case still watched lost its work")
	}
	if second[1].reuse == nil || second[1].reuse == b || fresh[0].reuse != second[1].reuse {
		t.Error("a new case did not get work of its own")
	}
	if w.jobs["a.yaml"].reuse != a {
		t.Error("the watcher's job lost its work")
	}
	for _, j := range w.jobs {
		if j.reuse == b {
			t.Error("a case no longer watched kept its work")
		}
	}
}
