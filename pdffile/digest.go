package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
)

// digestMark starts the keywords under which a PDF records the digest of
// the inputs it was made from.
const digestMark = "pleadgen-digest:"

// maxInfo bounds the document information dictionary Digest reads.
const maxInfo = 64 << 10

// readWhole is the size up to which ReadDigest reads a file whole rather
// than piece by piece.
const readWhole = 1 << 20

// Keywords returns the value of the document information's /Keywords
// that records digest, a string of lower-case hexadecimal digits.
func Keywords(digest string) string { return digestMark + digest }

// ReadDigest returns the digest that the PDF at path records, or "" when
// it records none. It reads only a regular file: up to a megabyte whole,
// a larger one in pieces — its end, the cross-reference table, the first
// bytes of each object and the document information. A file that is not
// a whole PDF in pleadgen's shape (see Whole) records no digest: the
// error wraps ErrNotWhole.
func ReadDigest(path string) (string, error) {
	f, size, err := OpenRegular(path)
	if errors.Is(err, errNotRegular) {
		return "", fmt.Errorf("%s: %w: not a regular file", path, ErrNotWhole)
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	var r io.ReaderAt = f
	if size <= readWhole {
		// One read costs less than one for each object's first bytes.
		b := make([]byte, size)
		if _, err := io.ReadFull(f, b); err != nil {
			return "", fmt.Errorf("reading %s: %w", path, err)
		}
		r = bytes.NewReader(b)
	}
	d, err := Digest(r, size)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// errNotRegular refuses what is not a regular file.
var errNotRegular = errors.New("not a regular file")

// OpenRegular opens the regular file at path for reading and returns its
// size: a file pleadgen wrote, whose digest it is to read. The open does
// not block, so that a FIFO put where the file was does not hang it; that
// and anything else but a regular file are refused.
func OpenRegular(path string) (*os.File, int64, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, 0, err
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() {
		err = fmt.Errorf("%s: %w", path, errNotRegular)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// KeywordsDigest returns the digest that keywords record, as Keywords
// writes them — "pleadgen-digest:" and up to 128 lower-case hexadecimal
// digits — and whether they do.
func KeywordsDigest(keywords []byte) (string, bool) {
	d, ok := bytes.CutPrefix(keywords, []byte(digestMark))
	if !ok || len(d) == 0 || len(d) > 128 || bytes.IndexFunc(d, notHex) >= 0 {
		return "", false
	}
	return string(d), true
}

// Digest proves the size bytes of r whole (see Whole) and returns the
// digest its document information dictionary records under /Keywords, or
// "" when it has no /Keywords.
func Digest(r io.ReaderAt, size int64) (string, error) {
	t, err := readTail(r, size)
	if err != nil {
		return "", err
	}
	return t.digest, nil
}

// readInfo reads the document information dictionary, from its offset to
// the next object's, and the digest it records.
func (t *tail) readInfo(r io.ReaderAt) error {
	start, end := t.offsets[t.info], t.xref
	for i, n := range t.order {
		if n == t.info && i+1 < len(t.order) {
			end = t.offsets[t.order[i+1]]
		}
	}
	if end-start > maxInfo {
		return errNotWhole("the document information is %d bytes long", end-start)
	}
	b, err := readAt(r, int64(start), int64(end-start))
	if err != nil {
		return err
	}
	t.digest, err = infoDigest(b, t.info)
	return err
}

// infoDigest reads the digest from object n, the document information
// dictionary as pleadgen writes it: an entry a line, every value a string, one
// of them perhaps the keywords that record the digest.
func infoDigest(b []byte, n int) (string, error) {
	open, closing := fmt.Sprintf("%d 0 obj\n<<\n", n), "\n>>\n"+endobj
	if !bytes.HasPrefix(b, []byte(open)) || !bytes.HasSuffix(b, []byte(closing)) {
		return "", errNotWhole("object %d is not a document information dictionary", n)
	}
	entries, err := stringDict(b[len(open)-len("<<\n") : len(b)-len(endobj)])
	if err != nil {
		return "", errNotWhole("object %d: %v", n, err)
	}
	kw, ok := entries["Keywords"]
	if !ok {
		return "", nil
	}
	d, ok := KeywordsDigest(kw)
	if !ok {
		return "", errNotWhole("object %d: keywords %q record no digest", n, kw)
	}
	if !bytes.Contains(b, []byte("\n/Keywords ("+string(kw)+")\n")) {
		return "", errNotWhole("object %d: the keywords are not on a line of their own", n)
	}
	return d, nil
}

func notHex(r rune) bool { return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') }

// stringDict reads a dictionary whose values are all strings, as
// pleadgen writes the document information, into its entries by key.
func stringDict(b []byte) (map[string][]byte, error) {
	l := &lexer{b: b}
	var toks []token
	for {
		t, ok, err := l.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		toks = append(toks, t)
	}
	n := len(toks)
	if n < 2 || !isOp(toks[0], "<<") || !isOp(toks[n-1], ">>") || n%2 != 0 {
		return nil, fmt.Errorf("not a dictionary of strings")
	}
	out := map[string][]byte{}
	for i := 1; i+1 < n-1; i += 2 {
		k, v := toks[i], toks[i+1]
		if _, dup := out[string(k.b)]; k.kind != '/' || v.kind != 's' || dup {
			return nil, fmt.Errorf("entry %d is not a new key and a string", i/2+1)
		}
		out[string(k.b)] = v.b
	}
	return out, nil
}

func isOp(t token, s string) bool { return t.kind == 'o' && string(t.b) == s }
