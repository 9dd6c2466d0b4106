// Package pdffile owns the PDF file as bytes: it reads back the PDFs that
// pleadgen writes, and deflates their streams, and knows nothing of
// drawing. It proves a
// file whole (header, objects where the cross-reference table puts them,
// trailer, startxref, %%EOF, and nothing after), splits it into objects
// and looks them up, deflates and inflates streams, records and reads
// back the digest of the inputs in the document information dictionary,
// and reads the texts, places and fonts of the pages from their content
// streams for check.
//
// It is a reader of the PDFs pleadgen writes — objects in the order of
// their numbers, one cross-reference table, one trailer — and not of PDFs
// in general: a file in any other shape is refused as not whole.
package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// ErrNotWhole is the cause of every error that refuses a file as not a
// whole PDF in the shape pleadgen writes: cut short, with bytes after its
// end, damaged in its trailer or cross-reference table, or another
// program's.
var ErrNotWhole = errors.New("not a whole PDF written by pleadgen")

// File is a whole PDF split into its indirect objects.
type File struct {
	byNum map[int][]byte // each object's body between "obj" and "endobj"
	root  int            // the catalog's object number
	info  int            // the document information's object number
	zr    io.ReadCloser  // the inflater, reused from stream to stream
}

// Parse proves pdf whole (see Whole) and splits it into its objects. A
// File is not safe for use by several goroutines at once.
func Parse(pdf []byte) (*File, error) {
	t, err := readTail(bytes.NewReader(pdf), int64(len(pdf)))
	if err != nil {
		return nil, err
	}
	f := &File{byNum: make(map[int][]byte, len(t.order)), root: t.root, info: t.info}
	for i, n := range t.order {
		end := t.xref
		if i+1 < len(t.order) {
			end = t.offsets[t.order[i+1]]
		}
		f.byNum[n] = trimObject(pdf[t.offsets[n]:end])
	}
	return f, nil
}

// trimObject returns an object's body between "N 0 obj" and "endobj".
func trimObject(b []byte) []byte {
	if i := bytes.Index(b, []byte("obj")); i >= 0 {
		b = b[i+len("obj"):]
	}
	return bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(b), []byte("endobj")))
}

// Object returns object n's body between "obj" and "endobj", and whether
// the file holds it.
func (f *File) Object(n int) ([]byte, bool) {
	b, ok := f.byNum[n]
	return b, ok
}

// Root returns the catalog's object number, as the trailer names it.
func (f *File) Root() int { return f.root }

// Info returns the document information dictionary's object number.
func (f *File) Info() int { return f.info }

// dict returns an object's dictionary: its bytes up to any stream.
func (f *File) dict(n int) []byte {
	b := f.byNum[n]
	if i := bytes.Index(b, []byte("stream")); i >= 0 {
		return b[:i]
	}
	return b
}

// errNotWhole wraps ErrNotWhole with what is wrong.
func errNotWhole(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrNotWhole, fmt.Sprintf(format, args...))
}
