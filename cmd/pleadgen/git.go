package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// gitReader returns a reader of files as they were at revision rev of the
// git repository that holds path, read with the git command.
func gitReader(rev, path string) (func(string) ([]byte, error), error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("pleadgen diff --rev %s: the git command is not installed", rev)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	top, err := git(filepath.Dir(abs), "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("pleadgen diff --rev %s: %s is not in a git repository", rev, quoteName(path))
	}
	top = strings.TrimSpace(top)
	if _, err := git(top, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("pleadgen diff --rev %s: no such revision in %s", rev, quoteName(top))
	}
	return func(file string) ([]byte, error) {
		abs, err := filepath.Abs(file)
		if err != nil {
			return nil, err
		}
		rel, err := filepath.Rel(realDir(top), realPath(abs))
		if err != nil || strings.HasPrefix(rel, "..") {
			return nil, fmt.Errorf("%s: outside the git repository %s", quoteName(file), quoteName(top))
		}
		out, err := git(top, "show", rev+":"+filepath.ToSlash(rel))
		if err != nil {
			return nil, fmt.Errorf("%s: not in revision %s", quoteName(file), rev)
		}
		return []byte(out), nil
	}, nil
}

// git runs a git command in dir and returns its output.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return "", errors.New(strings.TrimSpace(errOut.String()))
	}
	return out.String(), nil
}

// realPath resolves the symbolic links of a path that may not exist, by
// resolving its directory.
func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return filepath.Join(realDir(filepath.Dir(p)), filepath.Base(p))
}

// realDir resolves the symbolic links of a directory.
func realDir(d string) string {
	if r, err := filepath.EvalSymlinks(d); err == nil {
		return r
	}
	return d
}
