package pleadgen

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"pleadgen/pdffile"
)

// ReadDigest returns the digest of the inputs a file pleadgen wrote
// records — a PDF's, or a Word document's (.docx) — or "" when it records
// none. A file that is not whole, or not pleadgen's, records none; its
// error says why.
func ReadDigest(path string) (string, error) {
	if strings.EqualFold(filepath.Ext(path), ".docx") {
		return readDOCXDigest(path)
	}
	return pdffile.ReadDigest(path)
}

// maxDOCX bounds the Word documents whose digest is read.
const maxDOCX = 64 << 20

// readDOCXDigest reads the keywords of a Word document's core properties,
// where pleadgen records its digest as a PDF's keywords do.
func readDOCXDigest(path string) (string, error) {
	f, size, err := pdffile.OpenRegular(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if size > maxDOCX {
		return "", fmt.Errorf("%s: not a Word document pleadgen wrote", path)
	}
	zr, err := zip.NewReader(f, size)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	core, err := zr.Open("docProps/core.xml")
	if err != nil {
		return "", fmt.Errorf("%s: no document properties: %w", path, err)
	}
	defer core.Close()
	b, err := io.ReadAll(io.LimitReader(core, 1<<20))
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return keywordsDigest(b)
}

// keywordsDigest finds "pleadgen-digest:HEX" in the core properties'
// keywords.
func keywordsDigest(core []byte) (string, error) {
	_, rest, ok := bytes.Cut(core, []byte("<cp:keywords>"))
	if !ok {
		return "", nil
	}
	kw, _, ok := bytes.Cut(rest, []byte("</cp:keywords>"))
	if !ok {
		return "", errors.New("the keywords are not closed")
	}
	d, _ := pdffile.KeywordsDigest(kw)
	return d, nil
}
