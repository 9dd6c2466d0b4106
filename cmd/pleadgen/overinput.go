package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"pleadgen"
)

// An output is never written over a file the run reads: the case file
// itself, a file it includes (people.yaml, a party's file), or, in a
// batch, another case file of the batch. Hard links are refused apart
// (outputs.go), so the same file is the same path once links are
// resolved.

// overInput returns the first of inputs that path names, by a link or
// another spelling, or "" when it names none (or does not exist).
func overInput(path string, inputs []string) string {
	out, err := os.Stat(path)
	if err != nil {
		return ""
	}
	for _, in := range inputs {
		if fi, err := os.Stat(in); err == nil && os.SameFile(out, fi) {
			return in
		}
	}
	return ""
}

// batchCases finds the files a batch reads besides each filing's own — its
// case files, and the directories of templates and courts — by their
// resolved paths, each resolved once, when the batch first writes over an
// existing file.
type batchCases struct {
	once  sync.Once
	srcs  []string
	byDst map[string]string
	// dirs are the directories of templates and courts the run reads, by
	// their flag; dirByDst the same by their resolved paths.
	dirs     map[string]string
	dirByDst map[string]string
}

// resolve resolves the case files and directories, once.
func (c *batchCases) resolve() {
	c.once.Do(func() {
		c.byDst = make(map[string]string, len(c.srcs))
		if len(c.srcs) > 1 {
			for _, s := range c.srcs {
				if r := resolved(s); r != "" {
					c.byDst[r] = s
				}
			}
		}
		c.dirByDst = make(map[string]string, len(c.dirs))
		for flag, dir := range c.dirs {
			if r := resolved(dir); dir != "" && r != "" {
				c.dirByDst[r] = flag
			}
		}
	})
}

// over returns what writing the resolved path r would replace of the
// batch's reading: another case file, or a template or court file (the
// flag of its directory), or "" for neither.
func (c *batchCases) over(r string) (caseFile, dirFlag string) {
	if c == nil || r == "" {
		return "", ""
	}
	c.resolve()
	if ext := filepath.Ext(r); ext == ".tmpl" || ext == ".yaml" {
		dirFlag = c.dirByDst[filepath.Dir(r)]
	}
	return c.byDst[r], dirFlag
}

// resolved returns the absolute path of path with every link resolved,
// or "" when it cannot be resolved.
func resolved(path string) string {
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		return ""
	}
	if p, err = filepath.Abs(p); err != nil {
		return ""
	}
	return p
}

// refuseOverInputs returns an error when writing the output of job j, of
// the filing in, at path would replace a file the run reads.
func (b *batch) refuseOverInputs(j job, in *pleadgen.Input, what, path string) error {
	if _, err := os.Lstat(path); err != nil {
		return nil // nothing there to replace
	}
	inputs := make([]string, 0, len(in.Files)+1)
	inputs = append(inputs, j.src)
	for _, f := range in.Files[min(1, len(in.Files)):] {
		inputs = append(inputs, f.Path)
	}
	switch over := overInput(path, inputs); {
	case over == j.src:
		return fmt.Errorf("%s: refusing to write the %s over its own case file", j.src, what)
	case over != "":
		return fmt.Errorf("%s: refusing to write the %s over %s, a file the filing reads", j.src, what, over)
	}
	switch other, flag := b.cases.over(resolved(path)); {
	case other != "":
		return fmt.Errorf("%s: refusing to write the %s over %s, a case file of this run", j.src, what, other)
	case flag != "":
		return fmt.Errorf("%s: refusing to write the %s over %s, a file of the %s directory", j.src, what, path, flag)
	}
	return nil
}
