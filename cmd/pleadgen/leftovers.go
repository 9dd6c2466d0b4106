package main

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
)

// staleAfter is the age from which a temporary file of pleadgen's naming
// is a leftover of a run that was killed: a live one exists for the
// moment it takes to write a PDF already made in memory.
const staleAfter = time.Hour

// tempPattern names pleadgen's temporary files: .NAME.pleadgen-N.tmp,
// with NAME the output's file name and N the decimal number that makes it
// unique; os.CreateTemp's "*" stands for N.
const tempPattern = ".%s.pleadgen-*.tmp"

// leftoverName matches the names of pleadgen's temporary files, of any
// output name: those of tempPattern, and .NAME.pdf.N.tmp, as earlier
// versions named them.
var leftoverName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\..+\.(pleadgen-|pdf\.)[0-9]{1,10}\.tmp$`)
})

// swept holds, by directory, when this process last cleared it of
// leftovers.
var swept sync.Map

// sweepOnce removes the leftovers of dir the first time this process
// writes there, and again when it writes there an hour or more later (a
// watch runs for days).
func sweepOnce(dir string) {
	key, err := filepath.Abs(dir)
	if err != nil {
		key = dir
	}
	now := time.Now()
	if last, seen := swept.Load(key); seen && now.Sub(last.(time.Time)) < staleAfter {
		return
	}
	swept.Store(key, now)
	removeLeftovers(dir, now)
}

// removeLeftovers removes from dir the regular files named as pleadgen
// names its temporary files and last changed before now less staleAfter.
// It is tidying: what cannot be read or removed is left as it is.
func removeLeftovers(dir string, now time.Time) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	// The names alone, unsorted: a folder of thousands of filings holds
	// few names that start with a dot, and each of those is looked at.
	names, _ := d.Readdirnames(-1)
	d.Close()
	for _, name := range names {
		if !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") || !leftoverName().MatchString(name) {
			continue
		}
		path := filepath.Join(dir, name)
		if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && now.Sub(st.ModTime()) > staleAfter {
			os.Remove(path)
		}
	}
}

// pendingTemps is the temporary files this process is writing, with the
// output each is for, so that a batch a stop leaves behind can remove
// those its stuck cases made.
type pendingTemps struct {
	mu    sync.Mutex
	names map[string]string // temporary file → output path
}

var pending = &pendingTemps{names: make(map[string]string)}

func (p *pendingTemps) add(name, out string) {
	p.mu.Lock()
	p.names[name] = out
	p.mu.Unlock()
}

func (p *pendingTemps) remove(name string) {
	p.mu.Lock()
	delete(p.names, name)
	p.mu.Unlock()
}

// removeTempsOf removes the temporary files still being written for the
// outputs given. A write that later goes on fails, and puts nothing in
// place.
func removeTempsOf(outs []string) {
	pending.mu.Lock()
	defer pending.mu.Unlock()
	for name, out := range pending.names {
		if slices.Contains(outs, out) {
			os.Remove(name)
		}
	}
}
