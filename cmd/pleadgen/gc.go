package main

import (
	"os"
	"runtime/debug"
)

// gcHeap is the heap the collector lets a run grow to before it collects.
const gcHeap = 40 << 20

// tuneGC sets the garbage collector for rendering: rather than collecting
// every time the heap doubles from a few megabytes, collect only as the
// heap nears gcHeap. One statement then never collects, and a batch keeps
// well under 64 MB. GOGC or GOMEMLIMIT in the environment win.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcHeap)
}
