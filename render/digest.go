package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// digestMark starts the keyword under which a PDF records the digest of
// the inputs it was made from.
const digestMark = "pleadgen-digest:"

// ReadDigest returns the digest recorded in a PDF made by pleadgen, or ""
// when the file holds none. It reads a few kilobytes, whatever the PDF's
// size: the trailer at the end names the document information object, and
// the cross-reference table gives its place.
func ReadDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	tail, err := readAt(f, max(st.Size()-1024, 0), 1024)
	if err != nil {
		return "", err
	}
	off, err := infoOffset(f, tail)
	if err != nil {
		return findDigest(tail), nil // not a PDF of ours: look no further
	}
	info, err := readAt(f, off, 4096)
	if err != nil {
		return "", err
	}
	return findDigest(info), nil
}

// infoOffset finds where the document information object starts, from the
// trailer's /Info reference and the cross-reference table.
func infoOffset(f *os.File, tail []byte) (int64, error) {
	k := bytes.LastIndex(tail, []byte("startxref\n"))
	if k < 0 {
		return 0, errors.New("no startxref")
	}
	xref, err := strconv.Atoi(firstField(tail[k+len("startxref\n"):]))
	if err != nil {
		return 0, err
	}
	i := bytes.LastIndex(tail, []byte("/Info "))
	if i < 0 {
		return 0, errors.New("no /Info")
	}
	num, err := strconv.Atoi(firstField(tail[i+len("/Info "):]))
	if err != nil {
		return 0, err
	}
	head, err := readAt(f, int64(xref), 64)
	if err != nil {
		return 0, err
	}
	entries := bytes.Index(head, []byte(" f \n")) // after the entry of object 0
	if !bytes.HasPrefix(head, []byte("xref\n")) || entries < 0 || num < 1 {
		return 0, errors.New("no cross-reference table")
	}
	entry, err := readAt(f, int64(xref+entries+len(" f \n")+(num-1)*20), 10)
	if err != nil {
		return 0, err
	}
	return strconv.ParseInt(string(entry), 10, 64)
}

// firstField returns the first word of b, or "".
func firstField(b []byte) string {
	if f := bytes.Fields(b); len(f) > 0 {
		return string(f[0])
	}
	return ""
}

// readAt reads up to n bytes at off.
func readAt(f *os.File, off int64, n int) ([]byte, error) {
	buf := make([]byte, n)
	k, err := f.ReadAt(buf, off)
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("reading %s: %w", f.Name(), err)
	}
	return buf[:k], nil
}

// findDigest finds the digest keyword in PDF bytes: hex digits after the
// mark, inside a PDF string.
func findDigest(b []byte) string {
	i := bytes.LastIndex(b, []byte(digestMark))
	if i < 0 {
		return ""
	}
	rest := b[i+len(digestMark):]
	n := 0
	for n < len(rest) && n < 128 && isHex(rest[n]) {
		n++
	}
	return string(rest[:n])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f'
}
