//go:build unix

package main

import (
	"errors"
	"io/fs"
	"syscall"
)

// linkCount is the number of hard links of a file.
func linkCount(st fs.FileInfo) uint64 {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(s.Nlink)
	}
	return 1
}

// keepOwner gives f the owner and group of the file it replaces, as far as
// the process is permitted: the group alone when the owner cannot be
// given, neither when the group cannot be either.
func keepOwner(f tempFile, old fs.FileInfo) error {
	s, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	err := f.Chown(int(s.Uid), int(s.Gid))
	if notPermitted(err) {
		err = f.Chown(-1, int(s.Gid))
	}
	if notPermitted(err) {
		return nil
	}
	return err
}

// notPermitted reports whether err says that the process may not give a
// file that owner or group (EINVAL: an id outside its user namespace).
func notPermitted(err error) bool {
	return errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EINVAL)
}
