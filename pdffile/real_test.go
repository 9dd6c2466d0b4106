package pdffile_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pleadgen/pdffile"
	"pleadgen/render"
	"pleadgen/render/markup"
)

const realDigest = "d610486924d7dc20c23d70521222b1f519a97013fb7d5f1b91703264a1df63b2"

// realPDF renders a two-page pleading with the digest recorded.
func realPDF(t testing.TB) []byte {
	t.Helper()
	return renderMarkup(t, "::: document\ntitle: JOINT STATEMENT\ncase: 3:24-cv-01234-ABC\ndate: 2024-01-02\n:::\n\nThe parties state *this*.[^1]\n\n::: pagebreak\n\nAnd “this”.\n\n[^1]: A note.\n")
}

// renderMarkup renders markup with the digest recorded.
func renderMarkup(t testing.TB, src string) []byte {
	t.Helper()
	doc, err := markup.Parse("real.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc.Meta.Digest = realDigest
	pdf, err := render.PDF(doc)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

func digestOf(b []byte) (string, error) {
	return pdffile.Digest(bytes.NewReader(b), int64(len(b)))
}

// notWhole fails the test unless b is refused as not whole, both by the
// digest's reader and by the full reader.
func notWhole(t *testing.T, what string, b []byte) {
	t.Helper()
	if d, err := digestOf(b); !errors.Is(err, pdffile.ErrNotWhole) {
		t.Errorf("%s: Digest = %q, %v; want ErrNotWhole", what, d, err)
	}
	if _, err := pdffile.Inspect(b); !errors.Is(err, pdffile.ErrNotWhole) {
		t.Errorf("%s: Inspect gave %v; want ErrNotWhole", what, err)
	}
}

func TestRealPDFIsWhole(t *testing.T) {
	pdf := realPDF(t)
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if d, err := pdffile.ReadDigest(path); err != nil || d != realDigest {
		t.Errorf("ReadDigest = %q, %v", d, err)
	}
	facts, err := pdffile.Inspect(pdf)
	if err != nil || len(facts.Pages) != 2 {
		t.Fatalf("Inspect: %v", err)
	}
	// A long PDF's information dictionary lies far from its end.
	long := renderMarkup(t, "::: document\ntitle: T\n:::\n\n"+strings.Repeat("A paragraph.\n\n::: pagebreak\n", 300))
	if d, err := digestOf(long); err != nil || d != realDigest {
		t.Errorf("a 300-page PDF: Digest = %q, %v", d, err)
	}
}

// A PDF cut short by any length up to a kilobyte, or at random places, is
// not whole.
func TestRealPDFCut(t *testing.T) {
	pdf := realPDF(t)
	for n := 1; n <= 1000; n++ {
		if d, err := digestOf(pdf[:len(pdf)-n]); !errors.Is(err, pdffile.ErrNotWhole) {
			t.Errorf("cut by %d bytes: Digest = %q, %v", n, d, err)
		}
	}
	rng := rand.New(rand.NewPCG(11, 1))
	for range 200 {
		n := rng.IntN(len(pdf))
		notWhole(t, "cut to "+strconv.Itoa(n)+" bytes", pdf[:n])
	}
}

func TestRealPDFDamaged(t *testing.T) {
	pdf := realPDF(t)
	xref := bytes.LastIndex(pdf, []byte("xref\n"))
	for _, junk := range []string{"\n", "\r\n", " ", "%%EOF\n", "junk", string(pdf[xref:])} {
		notWhole(t, "with "+strconv.Itoa(len(junk))+" bytes added", append(bytes.Clone(pdf), junk...))
	}
	for i := bytes.LastIndex(pdf, []byte("trailer\n")); i < len(pdf); i++ {
		b := bytes.Clone(pdf)
		b[i] ^= 0x04
		notWhole(t, "byte "+strconv.Itoa(i)+" of the trailer flipped", b)
	}
	rng := rand.New(rand.NewPCG(11, 2))
	for range 50 {
		i := rng.IntN(len(pdf))
		notWhole(t, "byte "+strconv.Itoa(i)+" cut out", append(bytes.Clone(pdf[:i]), pdf[i+1:]...))
	}
	// The last kilobyte of the PDF, with the digest, after something else.
	i := bytes.Index(pdf, []byte("pleadgen-digest:"))
	fake := append([]byte("%PDF-1.3\nnot a PDF\n"), pdf[i-512:]...)
	notWhole(t, "a file ending in the PDF's last bytes", fake)
}

// Another program's PDFs are not pleadgen's, even with its digest: qpdf
// rewrote a pleadgen PDF with its cross-reference table, and with a
// cross-reference stream.
func TestOtherProducers(t *testing.T) {
	files, err := filepath.Glob("testdata/other/*.pdf")
	if err != nil || len(files) < 2 {
		t.Fatalf("testdata: %v, %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("pleadgen-digest:")) && !bytes.Contains(b, []byte("/ObjStm")) {
			t.Errorf("%s holds no digest", f)
		}
		notWhole(t, f, b)
		if d, err := pdffile.ReadDigest(f); err == nil {
			t.Errorf("%s: ReadDigest = %q", f, d)
		}
	}
}
