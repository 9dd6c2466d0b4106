package render

import (
	"bytes"
	"io"
	"os"
)

// digestMark starts the keyword under which a PDF records the digest of
// the inputs it was made from.
const digestMark = "pleadgen-digest:"

// tailSize is how much of a PDF's end ReadDigest reads: fpdf writes the
// document information just before the cross-reference table.
const tailSize = 16 << 10

// ReadDigest returns the digest recorded in a PDF made by pleadgen, or ""
// when the file holds none. It reads only the end of the file.
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
	off := max(st.Size()-tailSize, 0)
	buf := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(buf, off); err != nil && err != io.EOF {
		return "", err
	}
	return findDigest(buf), nil
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
