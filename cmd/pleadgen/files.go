package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// writePDF writes a PDF atomically, creating its directory as needed with
// the process's umask applied, as mkdir -p does.
func writePDF(path string, data []byte) error {
	return writePDFVia(path, data, nil, true)
}

// writePDFVia is writePDF with the rename that puts the PDF in place run
// by commit, which may refuse it (nil runs it), and the PDF flushed to the
// disk before it is renamed when flush says so (see flushMode).
func writePDFVia(path string, data []byte, commit commitFunc, flush bool) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return fmt.Errorf("writing %s: %w", quoteName(path), err)
	}
	return writeAtomicVia(path, data, createTemp, commit, flush)
}

// commitFunc runs, or refuses to run, the rename that puts a file in
// place.
type commitFunc func(rename func() error) error

// writeAtomic writes data to path through a temporary file renamed over
// it, so that readers see the old file or the whole new one, never a part.
// A path that is a symbolic link is written through: the temporary file
// goes in the directory of the link's target, and replaces the target.
// Each call makes a temporary file of its own name, so that several
// writers of one path, in this process or in others, never share one; it
// is removed whatever goes wrong.
func writeAtomic(path string, data []byte) error {
	return writeAtomicWith(path, data, createTemp)
}

// tempFile is what writeAtomic needs of a temporary file; tests stand in
// files whose writes fail.
type tempFile interface {
	io.WriteCloser
	Name() string
	Chmod(os.FileMode) error
	Chown(uid, gid int) error
	Sync() error
}

// createTemp makes a new file in dir named by pattern, its last "*"
// replaced by a random number, as os.CreateTemp does; but the file is
// opened with mode 0666, so that the umask alone decides who may read a
// new PDF.
func createTemp(dir, pattern string) (tempFile, error) {
	prefix, suffix := cutLast(pattern, "*")
	for range 10000 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, &fs.PathError{Op: "createtemp", Path: filepath.Join(dir, pattern), Err: fs.ErrExist}
}

// cutLast slices s around the last instance of sep; without one, all of s
// comes before.
func cutLast(s, sep string) (before, after string) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):]
	}
	return s, ""
}

// writeAtomicWith is writeAtomic with the temporary file made by create.
func writeAtomicWith(path string, data []byte, create func(dir, pattern string) (tempFile, error)) error {
	return writeAtomicVia(path, data, create, nil, true)
}

// writeAtomicVia is writeAtomicWith with the rename run by commit, and the
// file and its directory flushed to the disk only when flush says so.
func writeAtomicVia(path string, data []byte, create func(dir, pattern string) (tempFile, error), commit commitFunc, flush bool) error {
	o, err := resolveOutput(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(o.target)
	sweepOnce(dir)
	tmp, err := create(dir, fmt.Sprintf(tempPattern, filepath.Base(o.target)))
	if err != nil {
		return o.errorf(err)
	}
	pending.add(tmp.Name(), path)
	defer pending.remove(tmp.Name())
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp, data, o.old, flush); err != nil {
		return o.errorf(err)
	}
	rename := func() error { return os.Rename(tmp.Name(), o.target) }
	if commit == nil {
		commit = func(rename func() error) error { return rename() }
	}
	if err := commit(rename); err != nil {
		return o.errorf(err)
	}
	renamed = true
	if flush {
		syncDir(dir)
	}
	return nil
}

// syncDir flushes a directory, so that a rename into it survives a crash.
// Where directories cannot be flushed, there is nothing more to do.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// fill gives a new file the owner and permissions of the file old it
// replaces, if any, before any data is in it; then writes data, flushes
// it to the disk (when flush says so) and closes the file. A file that
// replaces none keeps the mode it was created with.
func fill(f tempFile, data []byte, old fs.FileInfo, flush bool) error {
	if old != nil {
		if err := keepOwner(f, old); err != nil {
			return err
		}
		if err := f.Chmod(old.Mode().Perm()); err != nil {
			return err
		}
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	if flush {
		if err := f.Sync(); err != nil {
			return err
		}
	}
	return f.Close()
}
