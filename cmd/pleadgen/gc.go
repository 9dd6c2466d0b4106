package main

import (
	"os"
	"runtime/debug"
)

// gcPercent lets the heap grow to five times what is live before the
// collector runs, instead of twice: one statement, whose few megabytes
// stay under the collector's first goal, is then never collected, and a
// batch collects a fifth as often. The heap still follows what is live,
// so long documents and many workers never make the collector run without
// end, as a fixed memory limit would.
const gcPercent = 400

// tuneGC sets the garbage collector for rendering. GOGC or GOMEMLIMIT in
// the environment win.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
}
