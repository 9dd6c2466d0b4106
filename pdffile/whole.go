package pdffile

// This file proves a PDF whole by reading its end, its cross-reference
// table and the first bytes of each object, and no more: a few kilobytes
// and the table, whatever the size of the pages' streams.

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
)

// The shapes pleadgen writes.
const (
	trailerFormat = "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n"
	freeEntry     = "0000000000 65535 f \n"
	entryLen      = len(freeEntry)
	endobj        = "endobj\n"
	maxObjects    = 1 << 22 // far more than any pleading holds
	tailLen       = 256     // holds the longest trailer trailerFormat makes
)

// tail is what a whole PDF's end records, with offsets from the file's
// start.
type tail struct {
	xref, trailer, startxref int         // where each section starts
	size, root, info         int         // the trailer's entries
	offsets                  map[int]int // the objects in use, by number
	order                    []int       // their numbers in file order
	digest                   string      // what the information records
}

// Whole reports, with an error wrapping ErrNotWhole, why the size bytes of
// r are not a whole PDF in pleadgen's shape: one that starts with a
// "%PDF-" header and ends with "%%EOF" and its newline; whose startxref
// names the start of a cross-reference table that the trailer follows;
// whose table and trailer end exactly at the file's end, so that nothing
// is missing after them and nothing added; whose table puts every object
// in use between the header and the table, where "N 0 obj" starts it and
// the "endobj" of the object before it ends; and whose trailer names a
// catalog and a document information dictionary among them, the latter a
// dictionary of strings whose /Keywords, if it has them, record a digest.
func Whole(r io.ReaderAt, size int64) error {
	_, err := readTail(r, size)
	return err
}

// readTail proves r whole and returns what its end records.
func readTail(r io.ReaderAt, size int64) (*tail, error) {
	head, err := readAt(r, 0, min(size, 16))
	if err != nil {
		return nil, err
	}
	if !validHeader(head) {
		return nil, errNotWhole("no %%PDF- header")
	}
	t, err := readTrailer(r, size)
	if err != nil {
		return nil, err
	}
	if err := t.readXref(r); err != nil {
		return nil, err
	}
	if err := t.checkObjects(r); err != nil {
		return nil, err
	}
	if err := t.readInfo(r); err != nil {
		return nil, err
	}
	return t, nil
}

// headerLen is the length of the header line, "%PDF-1.3\n".
const headerLen = len("%PDF-1.3\n")

// validHeader reports whether b starts with a header line "%PDF-d.d".
func validHeader(b []byte) bool {
	return len(b) >= headerLen && string(b[:5]) == "%PDF-" && isDigit(b[5]) && b[6] == '.' && isDigit(b[7]) && b[8] == '\n'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// readTrailer reads the trailer, startxref and %%EOF that end the file,
// and checks that the cross-reference table the trailer's /Size implies,
// starting where startxref says, ends exactly where the trailer starts.
func readTrailer(r io.ReaderAt, size int64) (*tail, error) {
	end, err := readAt(r, max(size-tailLen, 0), min(size, tailLen))
	if err != nil {
		return nil, err
	}
	k := bytes.LastIndex(end, []byte("trailer\n"))
	if k < 0 || !bytes.HasSuffix(end, []byte("%%EOF\n")) {
		return nil, errNotWhole("no trailer and %%%%EOF at the end")
	}
	t := &tail{}
	if _, err := fmt.Sscanf(string(end[k:]), trailerFormat, &t.size, &t.root, &t.info, &t.xref); err != nil {
		return nil, errNotWhole("a damaged trailer: %v", err)
	}
	canon := fmt.Sprintf(trailerFormat, t.size, t.root, t.info, t.xref)
	if canon != string(end[k:]) {
		return nil, errNotWhole("a damaged trailer")
	}
	if t.size < 2 || t.size > maxObjects || t.root < 1 || t.root >= t.size || t.info < 1 || t.info >= t.size || t.root == t.info {
		return nil, errNotWhole("the trailer's /Size, /Root or /Info is out of range")
	}
	t.trailer = int(size) - len(canon)
	t.startxref = t.trailer + bytes.Index([]byte(canon), []byte("startxref\n"))
	if t.xref < headerLen || t.xref+len(xrefHead(t.size))+t.size*entryLen != t.trailer {
		return nil, errNotWhole("startxref %d is not where the cross-reference table ending at the trailer (%d) starts", t.xref, t.trailer)
	}
	return t, nil
}

// xrefHead is the start of a table of n entries.
func xrefHead(n int) string { return fmt.Sprintf("xref\n0 %d\n", n) }

// readXref reads the cross-reference table: the free head of the list,
// then an entry per object, each in use at an offset between the header
// and the table, or free.
func (t *tail) readXref(r io.ReaderAt) error {
	head := xrefHead(t.size)
	b, err := readAt(r, int64(t.xref), int64(t.trailer-t.xref))
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(b, []byte(head)) || string(b[len(head):len(head)+entryLen]) != freeEntry {
		return errNotWhole("no cross-reference table at startxref %d", t.xref)
	}
	t.offsets = make(map[int]int, t.size)
	seen := make(map[int]bool, t.size)
	for n := 1; n < t.size; n++ {
		e := b[len(head)+n*entryLen:][:entryLen]
		if string(e) == freeEntry {
			continue
		}
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[0] == '+' || e[0] == '-' || string(e[10:]) != " 00000 n \n" {
			return errNotWhole("cross-reference entry %d is damaged", n)
		}
		if off < headerLen || off >= t.xref || seen[off] {
			return errNotWhole("cross-reference entry %d puts object %d at %d, outside the objects", n, n, off)
		}
		seen[off] = true
		t.offsets[n] = off
		t.order = append(t.order, n)
	}
	if _, ok := t.offsets[t.root]; !ok {
		return errNotWhole("the catalog, object %d, is not in use", t.root)
	}
	if _, ok := t.offsets[t.info]; !ok {
		return errNotWhole("the document information, object %d, is not in use", t.info)
	}
	sort.Slice(t.order, func(i, j int) bool { return t.offsets[t.order[i]] < t.offsets[t.order[j]] })
	return nil
}

// checkObjects checks that each object starts where the table says, that
// the object before it ends there, that the last one ends where the table
// starts, and that the trailer's /Root is a catalog.
func (t *tail) checkObjects(r io.ReaderAt) error {
	for i, n := range t.order {
		want := fmt.Sprintf("%d 0 obj\n", n)
		start := t.offsets[n]
		if i > 0 {
			want, start = endobj+want, start-len(endobj)
		}
		b, err := readAt(r, int64(start), int64(len(want)))
		if err != nil {
			return err
		}
		if string(b) != want {
			return errNotWhole("object %d is not at %d, where the table puts it", n, t.offsets[n])
		}
	}
	b, err := readAt(r, int64(t.xref-len(endobj)), int64(len(endobj)))
	if err != nil {
		return err
	}
	if string(b) != endobj {
		return errNotWhole("the last object does not end where the table starts")
	}
	want := fmt.Sprintf("%d 0 obj\n<<\n/Type /Catalog\n", t.root)
	if b, err = readAt(r, int64(t.offsets[t.root]), int64(len(want))); err != nil || string(b) != want {
		return errNotWhole("object %d, which the trailer names, is not a catalog", t.root)
	}
	return nil
}

// readAt reads n bytes at off; fewer are an error, since the offsets it
// is given lie inside the file.
func readAt(r io.ReaderAt, off, n int64) ([]byte, error) {
	if off < 0 || n < 0 {
		return nil, errNotWhole("an offset out of range")
	}
	buf := make([]byte, n)
	k, err := r.ReadAt(buf, off)
	if k == len(buf) {
		return buf, nil
	}
	if err == nil || err == io.EOF {
		return nil, errNotWhole("%d bytes at %d are past the end", n, off)
	}
	return nil, fmt.Errorf("reading %d bytes at %d: %w", n, off, err)
}
