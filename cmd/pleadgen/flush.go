package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// flushMode is when the PDFs a command writes are flushed to the disk.
// Every write is atomic whatever the mode (a temporary file renamed over
// the old PDF): the mode only decides when a crash of the machine can no
// longer take a written PDF away.
type flushMode string

const (
	// flushEach flushes each PDF and its directory before the command
	// reports it written: the default for one case file, whose user may
	// pull the plug the moment the command returns.
	flushEach flushMode = "each"
	// flushEnd flushes the PDFs of a batch once, at its end: the default
	// for several case files. Flushing each of thousands of PDFs costs a
	// disk round trip apiece; a crash in the middle of the batch can at
	// worst leave a PDF cut short, which the next run proves not whole and
	// renders again.
	flushEnd flushMode = "end"
	// flushNone leaves the flushing to the system: the default of watch,
	// which writes a draft on every save of its case file, the lasting
	// copy of the filing; the next save, or the next run, writes it again.
	flushNone flushMode = "none"
)

// parseFlush reads the --fsync flag: "" for the command's default.
func parseFlush(s string) (flushMode, error) {
	switch m := flushMode(s); m {
	case "", flushEach, flushEnd, flushNone:
		return m, nil
	}
	return "", fmt.Errorf("--fsync %s: want each, end or none", s)
}

// flushLog remembers the PDFs a batch wrote without flushing them, so that
// it can flush them at its end.
type flushLog struct {
	mu    sync.Mutex
	paths []string
}

func (l *flushLog) add(path string) {
	l.mu.Lock()
	l.paths = append(l.paths, path)
	l.mu.Unlock()
}

// flush flushes the files written and their directories: all the file
// systems at once where the system can (sync), each file and directory
// otherwise.
func (l *flushLog) flush() {
	l.mu.Lock()
	paths := l.paths
	l.paths = nil
	l.mu.Unlock()
	if len(paths) == 0 {
		return
	}
	dirs := map[string]bool{}
	for _, p := range paths {
		dirs[filepath.Dir(p)] = true
	}
	if syncFileSystems(dirs) {
		return
	}
	for _, p := range paths {
		if f, err := os.Open(p); err == nil {
			f.Sync()
			f.Close()
		}
	}
	for d := range dirs {
		syncDir(d)
	}
}
