package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"pleadgen"
	"strings"
)

// job is one case file to render and the PDF it goes to.
type job struct {
	src string // the case file, as named or as found in a directory
	out string // its PDF
	// shown names what the job writes, when that is not its PDF alone:
	// the Word document, or both.
	shown string
	err   error // why it cannot be rendered, found while planning
	// found is set for a file found in a directory, rather than named:
	// one without filing: is a shared file that filings include, and is
	// skipped.
	found bool
	// reuse is the work of the case's last good render, which watch keeps
	// from one save to the next; nil when nothing is kept.
	reuse *pleadgen.Reuse
}

// input is one PATH argument: a case file or a directory of them.
type input struct {
	path string
	dir  bool
}

// found is a case file found among the inputs, with the path its PDF keeps
// under an output directory.
type found struct {
	src, rel string
	inDir    bool // found in a directory, not named
}

// inputsOf tells directories from files; a path that cannot be read is
// taken for a file, so that reading it fails with that case alone.
func inputsOf(paths []string) []input {
	ins := make([]input, len(paths))
	for i, p := range paths {
		st, err := os.Stat(p)
		ins[i] = input{path: p, dir: err == nil && st.IsDir()}
	}
	return ins
}

// single reports whether the inputs are one case file, whose -o is then the
// PDF's own path.
func single(ins []input) bool { return len(ins) == 1 && !ins[0].dir }

// isCaseName reports whether a file name is a case file's: *.yaml or
// *.yml in any case, and not hidden (editors hide their temporary files).
func isCaseName(name string) bool {
	ext := filepath.Ext(name)
	ext = strings.ToLower(ext) // a.YAML is a case file too
	return (ext == ".yaml" || ext == ".yml") && !strings.HasPrefix(name, ".")
}

// plan lists the jobs for the inputs, with out the -o flag, and the case
// files named more than once.
func plan(ins []input, out string) ([]job, []string, error) {
	if single(ins) {
		target := out
		switch {
		case target == "":
			target = pdfPath(ins[0].path)
		case isDir(target) || strings.HasSuffix(target, string(filepath.Separator)): // -o names a directory: the PDF goes in it
			target = filepath.Join(target, pdfPath(filepath.Base(ins[0].path)))
		}
		return []job{{src: ins[0].path, out: target}}, nil, nil
	}
	cs, dups, err := findCases(ins)
	if err != nil {
		return nil, nil, err
	}
	jobs := place(cs, out)
	if out != "" && collide(jobs) {
		jobs = place(rebase(cs), out)
	}
	markCollisions(jobs)
	return jobs, dups, nil
}

// isDir reports whether path names an existing directory.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// findCases lists the case files of the inputs in order, each once, and
// returns those named again.
func findCases(ins []input) ([]found, []string, error) {
	var cs []found
	var dups []string
	seen := make(map[string]bool)
	add := func(src, rel string, inDir bool) {
		key, err := filepath.Abs(src)
		if err != nil {
			key = filepath.Clean(src)
		}
		if seen[key] {
			dups = append(dups, src)
			return
		}
		seen[key] = true
		cs = append(cs, found{src: src, rel: rel, inDir: inDir})
	}
	for _, in := range ins {
		if !in.dir {
			add(in.path, filepath.Base(in.path), false)
			continue
		}
		if err := walkCases(in.path, func(src, rel string) { add(src, rel, true) }); err != nil {
			return nil, nil, err
		}
	}
	return cs, dups, nil
}

// walkCases calls add with each case file under root and its path relative
// to root, skipping hidden directories. A root that is a link to a
// directory is walked as that directory; links below it are not followed.
func walkCases(root string, add func(src, rel string)) error {
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if isCaseName(d.Name()) {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			add(path, rel)
		}
		return nil
	})
}

// place gives each case file its PDF: under out at its relative path, or
// beside the case file when out is empty.
func place(cs []found, out string) []job {
	jobs := make([]job, len(cs))
	for i, c := range cs {
		jobs[i] = job{src: c.src, out: pdfPath(c.src), found: c.inDir}
		if out != "" {
			jobs[i].out = filepath.Join(out, pdfPath(c.rel))
		}
	}
	return jobs
}

// collide reports whether two jobs write the same PDF.
func collide(jobs []job) bool {
	seen := make(map[string]bool)
	for _, j := range jobs {
		if seen[j.out] {
			return true
		}
		seen[j.out] = true
	}
	return false
}

// rebase makes every relative path relative to the directory that holds
// all the case files, so that files of the same name in different
// directories keep apart.
func rebase(cs []found) []found {
	abs := make([]string, len(cs))
	for i, c := range cs {
		abs[i], _ = filepath.Abs(c.src)
	}
	root := commonDir(abs)
	out := make([]found, len(cs))
	for i, c := range cs {
		rel, err := filepath.Rel(root, abs[i])
		if err != nil {
			rel = c.rel
		}
		out[i] = found{src: c.src, rel: rel, inDir: c.inDir}
	}
	return out
}

// commonDir returns the deepest directory holding all the absolute paths.
func commonDir(paths []string) string {
	dir := filepath.Dir(paths[0])
	for _, p := range paths[1:] {
		for !within(p, dir) {
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return dir
}

// within reports whether path lies inside dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// markCollisions fails each job whose PDF an earlier job already writes
// (a.yaml and a.yml in one directory).
func markCollisions(jobs []job) {
	first := make(map[string]string)
	for i, j := range jobs {
		if src, ok := first[j.out]; ok {
			jobs[i].err = fmt.Errorf("%s: its PDF %s would overwrite the one made from %s", j.src, j.out, src)
			continue
		}
		first[j.out] = j.src
	}
}
