//go:build !unix

package main

import "os"

// inode stands for the number of the file at path where files have none
// to read: its modification time, which a new file changes; or 0.
func inode(path string) uint64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return uint64(st.ModTime().UnixNano())
}
