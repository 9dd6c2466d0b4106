package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"pleadgen"
	"strings"
)

// maxLinks is how many symbolic links in a row an output may go through,
// as many as the kernel follows.
const maxLinks = 40

// output is where a PDF goes: the file its path names, through any
// symbolic links, and what is there now.
type output struct {
	path   string      // the path as given
	target string      // the file to replace or create
	old    fs.FileInfo // the regular file there now, or nil
}

// resolveOutput follows path through symbolic links to the file a PDF is
// to replace or create, and refuses what pleadgen must not replace: a
// directory, a device, a FIFO, a socket, an open file descriptor
// (/dev/stdout), or a file with other hard links. A dangling link leads to
// the file it names, which the write creates.
func resolveOutput(path string) (output, error) {
	o := output{path: path, target: path}
	for range maxLinks {
		if isDescriptor(o.target) {
			what := "an open file descriptor"
			if !names(o.target, "/fd/") {
				what = "in the kernel's /proc"
			}
			return o, fmt.Errorf("writing %s: it leads to %s, %s, not a file; pleadgen writes PDFs only to regular files",
				quoteName(path), quoteName(o.target), what)
		}
		st, err := os.Lstat(o.target)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return o, nil
		case err != nil:
			return o, o.errorf(err)
		case st.Mode()&fs.ModeSymlink != 0:
			if o.target, err = readLink(o.target); err != nil {
				return o, o.errorf(err)
			}
			continue
		}
		o.old = st
		return o, o.check()
	}
	return o, fmt.Errorf("writing %s: more than %d symbolic links in a row", quoteName(path), maxLinks)
}

// readLink returns the path a symbolic link names, a relative one taken
// from the link's real directory, as the kernel takes it.
func readLink(link string) (string, error) {
	next, err := os.Readlink(link)
	if err != nil || filepath.IsAbs(next) {
		return next, err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(link))
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, next), nil
}

// names reports whether the absolute form of path holds part.
func names(path, part string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && strings.Contains(filepath.ToSlash(abs), part)
}

// isDescriptor reports whether path names an open file descriptor, as
// /proc/self/fd/1 and /dev/fd/1 do, or another file of /proc, rather than
// a file.
func isDescriptor(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	abs = filepath.ToSlash(abs)
	return strings.HasPrefix(abs, "/proc/") || strings.HasPrefix(abs, "/dev/fd/")
}

// check refuses an existing output that is not a regular file, or whose
// replacement would break hard links.
func (o output) check() error {
	if kind := pleadgen.FileKind(o.old.Mode()); kind != "" {
		return fmt.Errorf("writing %s: %s %s, not a regular file; pleadgen writes PDFs only to regular files",
			quoteName(o.path), o.subject(), kind)
	}
	if n := linkCount(o.old); n > 1 {
		return fmt.Errorf("writing %s: %s %d hard links, and replacing it would break them; remove it first, or share the PDF through a symbolic link",
			quoteName(o.path), o.possessive(), n)
	}
	return nil
}

// subject begins a sentence about the output: "it is", or "its link
// target T is".
func (o output) subject() string {
	if o.target == o.path {
		return "it is"
	}
	return "its link target " + quoteName(o.target) + " is"
}

// possessive begins a sentence about what the output has.
func (o output) possessive() string {
	if o.target == o.path {
		return "it has"
	}
	return "its link target " + quoteName(o.target) + " has"
}

// errorf wraps an error of writing the output, naming the output and, for
// a link, its target.
func (o output) errorf(err error) error {
	if o.target == o.path {
		return fmt.Errorf("writing %s: %w", quoteName(o.path), err)
	}
	return fmt.Errorf("writing %s (a link to %s): %w", quoteName(o.path), quoteName(o.target), err)
}
