//go:build unix

package main

import (
	"os"
	"syscall"
)

// inode is the number of the file at path, which a rename into place
// changes, or 0.
func inode(path string) uint64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return s.Ino
	}
	return uint64(st.ModTime().UnixNano())
}
