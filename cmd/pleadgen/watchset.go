package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"pleadgen"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watcher knows which files matter to a watch: the case files, the
// directories that hold them and the templates directory. It watches
// directories rather than files, because an editor that saves by writing a
// new file and renaming it over the old one leaves a watch on the old file
// behind.
type watcher struct {
	ins    []input
	opts   renderOptions
	pipe   *pipeline
	fsw    *fsnotify.Watcher
	stderr io.Writer
	tdir   string          // the templates directory, cleaned, or ""
	cdir   string          // the courts directory, cleaned, or ""
	dirs   map[string]bool // the directories watched, cleaned
	jobs   map[string]job  // by the case file's cleaned path
	// deps are, for each file a filing includes, the filings (by cleaned
	// path) that include it, as their last rendering read them.
	deps map[string]map[string]bool

	pending map[string]bool // case files changed since the last flush
	// held are the pending case files found empty, by when they were
	// first found so; holdUntil is when the first of them is looked at
	// again, or zero.
	held             map[string]time.Time
	holdUntil        time.Time
	rescan           bool // a case file or directory came or went
	templatesChanged bool
	courtsChanged    bool // among the changes: a court file
	// lost are watched directories that were removed or moved away (a
	// checkout, an rsync --delete): looked for again until they are back.
	lost map[string]bool
}

func newWatcher(ins []input, opts renderOptions, p *pipeline, stderr io.Writer) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{ins: ins, opts: opts, pipe: p, fsw: fsw, stderr: stderr,
		dirs: map[string]bool{}, jobs: map[string]job{}, pending: map[string]bool{}, held: map[string]time.Time{}, lost: map[string]bool{},
		deps: map[string]map[string]bool{}}
	if opts.templates != "" {
		w.tdir = filepath.Clean(opts.templates)
	}
	if opts.courts != "" {
		w.cdir = filepath.Clean(opts.courts)
	}
	if err := w.watchInputs(); err != nil {
		fsw.Close()
		return nil, err
	}
	return w, nil
}

// watchInputs watches the directory of each case file named, each
// directory named with those under it, and the templates directory.
func (w *watcher) watchInputs() error {
	for _, in := range w.ins {
		var err error
		if in.dir {
			err = w.watchTree(in.path)
		} else {
			err = w.watchDir(filepath.Dir(in.path))
		}
		if err != nil {
			return err
		}
	}
	for _, dir := range []string{w.tdir, w.cdir} {
		if dir == "" {
			continue
		}
		if err := w.watchDir(dir); err != nil {
			return err
		}
	}
	return nil
}

// watchTree watches root and the directories under it, hidden ones aside.
func (w *watcher) watchTree(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return w.watchDir(path)
	})
}

func (w *watcher) watchDir(dir string) error {
	dir = filepath.Clean(dir)
	if w.dirs[dir] {
		return nil
	}
	if err := w.fsw.Add(dir); err != nil {
		return fmt.Errorf("watching %s: %w", dir, err)
	}
	w.dirs[dir] = true
	return nil
}

// note takes in one event and reports whether it matters.
func (w *watcher) note(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false // touched, not changed
	}
	name := filepath.Clean(ev.Name)
	if w.dirs[name] && ev.Has(fsnotify.Remove|fsnotify.Rename) && w.named(name) {
		w.lose(name)
		return false
	}
	base := filepath.Base(name)
	included := w.markDependents(name)
	if abs := absPath(name); abs != name && abs != "" {
		included = w.markDependents(abs) || included
	}
	switch {
	case w.tdir != "" && filepath.Dir(name) == w.tdir && (filepath.Ext(name) == ".tmpl" || strings.HasSuffix(name, ".type.yaml")):
		w.templatesChanged = true
	case w.cdir != "" && filepath.Dir(name) == w.cdir && filepath.Ext(name) == ".yaml":
		w.templatesChanged, w.courtsChanged = true, true
	case !w.underDirInput(name) || strings.HasPrefix(base, "."):
		if _, ok := w.jobs[name]; !ok {
			return included
		}
		w.pending[name] = true
	case isCaseName(base) && !w.dirs[name] && !(ev.Has(fsnotify.Create) && isDir(name)):
		w.pending[name] = true
		w.rescan = w.rescan || !ev.Has(fsnotify.Write)
	default:
		return w.noteDir(name, ev) || included
	}
	return true
}

// markDependents marks to render the filings that include the file name,
// and reports whether there are any.
func (w *watcher) markDependents(name string) bool {
	for key := range w.deps[name] {
		w.pending[key] = true
	}
	return len(w.deps[name]) > 0
}

// noteInputs records the files a filing included as it was rendered, and
// watches their directories, wherever they are.
func (w *watcher) noteInputs(r report) {
	key := filepath.Clean(r.job.src)
	depend := func(f string) {
		for _, name := range []string{f, absPath(f)} {
			if name == "" {
				continue
			}
			if w.deps[name] == nil {
				w.deps[name] = map[string]bool{}
			}
			w.deps[name][key] = true
		}
		if err := w.watchDir(filepath.Dir(f)); err != nil {
			fmt.Fprintf(w.stderr, "pleadgen watch: %v\n", err)
		}
	}
	// A file read through a symbolic link changes where the link leads:
	// that file, in its own directory, is watched too.
	if target := linkTarget(key); target != "" {
		depend(target)
	}
	// The earlier version a redline is kept against, when it is a file.
	if base := w.opts.redlineAgainst; base != "" {
		if st, err := os.Stat(base); err == nil && !st.IsDir() {
			depend(filepath.Clean(base))
		}
	}
	for _, f := range r.inputs {
		f = filepath.Clean(f)
		depend(f)
		if target := linkTarget(f); target != "" {
			depend(target)
		}
	}
}

// absPath returns path made absolute, or "": a directory watched under
// one spelling reports its events under that one, and a file it holds may
// have been named under another.
func absPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	return abs
}

// linkTarget returns the file a path leads to through symbolic links, or
// "" when it is not a link (or leads nowhere).
func linkTarget(path string) string {
	target, err := filepath.EvalSymlinks(path)
	if err != nil || filepath.Clean(target) == path {
		return ""
	}
	return filepath.Clean(target)
}

// noteDir takes in an event about a directory under a directory named on
// the command line: a new one is watched, one gone is forgotten.
func (w *watcher) noteDir(name string, ev fsnotify.Event) bool {
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			if err := w.watchTree(name); err != nil {
				fmt.Fprintf(w.stderr, "pleadgen watch: %v\n", err)
			}
			w.rescan = true
			return true
		}
	}
	if w.dirs[name] && ev.Has(fsnotify.Remove|fsnotify.Rename) {
		delete(w.dirs, name)
		w.fsw.Remove(name) // already gone when the directory was removed
		w.rescan = true
		return true
	}
	return false
}

// underDirInput reports whether a path lies in a directory named on the
// command line.
func (w *watcher) underDirInput(name string) bool {
	for _, in := range w.ins {
		if in.dir && within(name, filepath.Clean(in.path)) {
			return true
		}
	}
	return false
}

// setJobs replaces the jobs and returns those that are new, or whose PDF
// has moved. Each job keeps the work of its case's last good render, for
// the next render to take again: a job that is gone takes its with it.
func (w *watcher) setJobs(jobs []job) []job {
	next := make(map[string]job, len(jobs))
	var fresh []job
	for i := range jobs {
		j := &jobs[i]
		key := filepath.Clean(j.src)
		old, ok := w.jobs[key]
		j.reuse = old.reuse
		if j.reuse == nil {
			j.reuse = new(pleadgen.Reuse)
		}
		if !ok || old.out != j.out {
			fresh = append(fresh, *j)
		}
		next[key] = *j
	}
	w.jobs = next
	return fresh
}

// replan finds the case files again, after some came or went, and marks
// the new ones to render.
func (w *watcher) replan() {
	jobs, _, err := plan(w.ins, w.opts.out)
	if err != nil {
		fmt.Fprintf(w.stderr, "pleadgen watch: %v\n", err)
		return
	}
	for _, j := range w.setJobs(jobs) {
		w.pending[filepath.Clean(j.src)] = true
	}
}

// reloadTemplates loads the changed templates and marks every case to
// render. Broken templates are reported, and the last good ones kept.
func (w *watcher) reloadTemplates() {
	p, err := newPipelineWith(w.opts.inputFlags)
	if err != nil {
		fmt.Fprintln(w.stderr, err)
		return
	}
	w.pipe = p
	if w.courtsChanged {
		fmt.Fprintln(w.stderr, "courts changed")
	} else {
		fmt.Fprintln(w.stderr, "templates changed")
	}
	w.courtsChanged = false
	w.markAll()
}

// markAll marks every case to render at the next flush.
func (w *watcher) markAll() {
	for key := range w.jobs {
		w.pending[key] = true
	}
}

// takePending returns the jobs of the changed case files that exist, in
// order, and forgets them.
func (w *watcher) takePending(now time.Time) []job {
	var jobs []job
	for key := range w.pending {
		j, ok := w.jobs[key]
		st, err := os.Stat(j.src)
		if ok && err == nil && st.Size() == 0 {
			// An editor that empties the file before it writes it: the
			// text is waited for, emptyWait from when the file was first
			// found empty, before the file is taken as empty.
			since, held := w.held[key]
			if !held {
				since, w.held[key] = now, now
			}
			if until := since.Add(emptyWait); now.Before(until) {
				if w.holdUntil.IsZero() || until.Before(w.holdUntil) {
					w.holdUntil = until
				}
				continue
			}
		}
		delete(w.held, key)
		delete(w.pending, key)
		if ok && err == nil {
			jobs = append(jobs, j)
		}
	}
	slices.SortFunc(jobs, func(a, b job) int { return strings.Compare(a.src, b.src) })
	return jobs
}

// named reports whether a directory is one the watch needs whatever
// happens under it: a directory named, a case file's, the templates'.
func (w *watcher) named(dir string) bool {
	if dir == w.tdir || dir == w.cdir {
		return true
	}
	for _, in := range w.ins {
		p := filepath.Clean(in.path)
		if (in.dir && p == dir) || (!in.dir && filepath.Dir(p) == dir) {
			return true
		}
	}
	return false
}

// lose forgets a watched directory that went away, and says so.
func (w *watcher) lose(dir string) {
	delete(w.dirs, dir)
	w.fsw.Remove(dir) // already gone with the directory
	w.lost[dir] = true
	fmt.Fprintf(w.stderr, "pleadgen watch: %s is gone; watching for it to come back\n", dir)
}

// retry watches again the lost directories that are back, and reports
// whether any is: its case files and templates are then looked at anew.
func (w *watcher) retry() bool {
	back := false
	for dir := range w.lost {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		if err := w.watchInputs(); err != nil {
			continue // not all of it is back yet
		}
		delete(w.lost, dir)
		fmt.Fprintf(w.stderr, "pleadgen watch: %s is back\n", dir)
		w.rescan, back = true, true
		w.templatesChanged = w.templatesChanged || dir == w.tdir || dir == w.cdir
		w.markAll()
	}
	return back
}
