package templates

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"pleadgen/cases"
)

// readDir reads the *.tmpl files of a --templates directory, and the type
// files (*.type.yaml) of the filing types it adds, in name order.
// The path is taken as written, never as a pattern; it must be a
// directory. Each template must be a regular file of at most
// maxTemplateSize bytes, or a symbolic link to one inside the directory.
func readDir(dir string, src, paths map[string]string) error {
	fi, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("templates directory: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: the templates directory is not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("templates directory: %w", err)
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".tmpl") && !strings.HasSuffix(e.Name(), typeSuffix) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		text, err := readTemplate(dir, path)
		if err != nil {
			return err
		}
		src[e.Name()], paths[e.Name()] = text, path
	}
	return nil
}

// typeSuffix ends the name of a filing type's type file in a templates
// directory: NAME.type.yaml declares the type NAME, whose driver template
// is NAME.tmpl.
const typeSuffix = ".type.yaml"

// readTemplate reads one template file of dir.
func readTemplate(dir, path string) (string, error) {
	target, err := inside(dir, path)
	if err != nil {
		return "", err
	}
	if fi, err := os.Stat(target); err != nil {
		return "", fmt.Errorf("reading template: %w", err)
	} else if !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s: a template must be a regular file, not %s", path, cases.FileKind(fi.Mode()))
	}
	// Opened without blocking, so that a FIFO put in its place since the
	// check cannot stop the run; checked again once open.
	f, err := os.OpenFile(target, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return "", fmt.Errorf("reading template: %w", err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s: a template must be a regular file", path)
	}
	b, err := io.ReadAll(io.LimitReader(f, maxTemplateSize+1))
	if err != nil {
		return "", fmt.Errorf("reading template: %w", err)
	}
	if len(b) > maxTemplateSize {
		return "", fmt.Errorf("%s: a template may hold at most %d MB", path, maxTemplateSize>>20)
	}
	return string(b), nil
}

// inside resolves a template's path, refusing a symbolic link that leads
// out of the directory.
func inside(dir, path string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return "", fmt.Errorf("reading template: %w", err)
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: a symbolic link to nowhere: %w", path, errors.Unwrap(err))
	}
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", fmt.Errorf("templates directory: %w", err)
	}
	rel, err := filepath.Rel(root, target)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("%s: a symbolic link to %s, outside the templates directory", path, target)
	}
	return target, nil
}
