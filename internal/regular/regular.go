// Package regular reads the files a run takes as input — case files,
// court files — only when they are regular files, and no more of them
// than a limit: a named pipe, a device or a socket in a file's place
// would block the run or never end, and a file may be larger than any
// input should be.
package regular

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// Read returns the bytes of the regular file at path, at most limit+1 of
// them: enough for the caller to refuse a file larger than limit. A file
// that is not regular is refused in Kind's words; the file is opened
// without waiting, in case it is replaced by a named pipe between the
// check and the open, and checked again once open.
func Read(path string, limit int64) ([]byte, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	f, err := openNoWait(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	// Room for the whole file, as its size says, in one read; a file that
	// grows meanwhile is read on.
	var size int64
	if err == nil {
		size = min(fi.Size(), limit+1)
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func notRegular(m fs.FileMode) error {
	return fmt.Errorf("not a regular file (%s)", Kind(m))
}

// Kind names the kind of a file that is not a regular file ("a FIFO",
// "a directory"), for errors, and is empty for a regular file. Inputs and
// outputs are all refused in these words.
func Kind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}
