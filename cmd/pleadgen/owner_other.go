//go:build !unix

package main

import "io/fs"

// linkCount is the number of hard links of a file, not known here.
func linkCount(fs.FileInfo) uint64 { return 1 }

// keepOwner has no owner to keep where files have no Unix owner.
func keepOwner(tempFile, fs.FileInfo) error { return nil }
