package main

import (
	"os"
	"runtime/debug"
)

// gcPercent lets the heap grow to five times what is live before the
// collector runs, instead of twice: one statement, whose few megabytes
// stay under the collector's first goal, is then never collected, and a
// batch collects a fifth as often. The memory limit (see memory.go) caps
// that growth where it would matter: a case file of megabytes of prose
// makes the collector run as the heap nears the limit, not at five times
// its live heap. The limit is always above what the largest case file
// accepted keeps live, so the collector never runs without end.
const gcPercent = 400

// tuneGC sets the garbage collector for rendering. GOGC and GOMEMLIMIT in
// the environment win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	limitMemory(minMemory)
}
