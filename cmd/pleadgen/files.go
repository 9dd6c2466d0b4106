package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// writePDF writes a PDF atomically, creating its directory as needed.
func writePDF(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return writeAtomic(path, data)
}

// writeAtomic writes data to path through a temporary file in the same
// directory renamed over it, so that readers see the old file or the whole
// new one, never a part. Each call makes a temporary file of its own name,
// so that several writers of one path, in this process or in others, never
// share one; it is removed whatever goes wrong.
func writeAtomic(path string, data []byte) error {
	return writeAtomicWith(path, data, func(dir, pattern string) (tempFile, error) {
		return os.CreateTemp(dir, pattern)
	})
}

// tempFile is what writeAtomic needs of a temporary file; tests stand in
// files whose writes fail.
type tempFile interface {
	io.WriteCloser
	Name() string
	Chmod(os.FileMode) error
	Sync() error
}

// writeAtomicWith is writeAtomic with the temporary file made by create.
func writeAtomicWith(path string, data []byte, create func(dir, pattern string) (tempFile, error)) error {
	dir := filepath.Dir(path)
	tmp, err := create(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp, data); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	renamed = true
	syncDir(dir)
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

// fill writes data to a new file, makes it readable by all, flushes it to
// the disk and closes it.
func fill(f tempFile, data []byte) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// samePath reports whether two paths name the same existing file.
func samePath(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
}
