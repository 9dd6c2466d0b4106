package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"testing"
)

// FuzzDigest feeds the reader damaged and made-up files (the committed
// seeds in testdata/fuzz hold a real pleadgen PDF, cut and rewritten
// ones). It must never panic, and whatever it accepts must be whole by a
// second, plainer reading; no proper prefix of it and no extension of it
// may be accepted too.
func FuzzDigest(f *testing.F) {
	pdf := smallPDF(f, "abc123")
	f.Add(pdf)
	f.Add(smallPDF(f, ""))
	f.Add(pdf[:len(pdf)-1])
	f.Add(append(bytes.Clone(pdf), '\n'))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := digestOf(b)
		if err != nil {
			if !errors.Is(err, ErrNotWhole) {
				t.Fatalf("an error that does not wrap ErrNotWhole: %v", err)
			}
			return
		}
		if err := plainlyWhole(b, d); err != nil {
			t.Fatalf("accepted with digest %q, but %v", d, err)
		}
		for _, cut := range []int{1, 2, len("%%EOF\n"), len(b) / 2, len(b) - 1} {
			if _, err := digestOf(b[:len(b)-cut]); err == nil {
				t.Fatalf("accepted both the file and its first %d bytes", len(b)-cut)
			}
		}
		if _, err := digestOf(append(bytes.Clone(b), '\n')); err == nil {
			t.Fatal("accepted both the file and the file with a newline added")
		}
		if _, err := Parse(b); err != nil {
			t.Fatalf("Digest accepted what Parse refuses: %v", err)
		}
	})
}

// plainlyWhole checks a file that Digest accepted in another way: it
// writes the cross-reference table and trailer again from the numbers the
// file holds and compares them with the file's own, and looks for each
// object and the digest where they should be.
func plainlyWhole(b []byte, digest string) error {
	if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.HasSuffix(b, []byte("\n%%EOF\n")) {
		return errors.New("no header or no %%EOF")
	}
	s := bytes.LastIndex(b, []byte("startxref\n"))
	x, err := strconv.Atoi(string(bytes.Fields(b[s:])[1]))
	if err != nil || x < 0 || x > s {
		return fmt.Errorf("startxref: %v", err)
	}
	f := bytes.Fields(b[x:s])
	if len(f) < 3 || string(f[0]) != "xref" || string(f[1]) != "0" {
		return errors.New("no table at startxref")
	}
	size, _ := strconv.Atoi(string(f[2]))
	var again bytes.Buffer
	fmt.Fprintf(&again, "xref\n0 %d\n", size)
	for n := 0; n < size && 3+3*n+2 < len(f); n++ {
		e := f[3+3*n : 3+3*n+3]
		off, _ := strconv.Atoi(string(e[0]))
		if string(e[2]) != "n" {
			again.WriteString("0000000000 65535 f \n")
			continue
		}
		fmt.Fprintf(&again, "%010d 00000 n \n", off)
		if !bytes.HasPrefix(b[off:], fmt.Appendf(nil, "%d 0 obj\n", n)) {
			return fmt.Errorf("object %d is not at %d", n, off)
		}
	}
	tr := f[3+3*size:]
	if len(tr) != 13 {
		return fmt.Errorf("a trailer of %d words", len(tr))
	}
	fmt.Fprintf(&again, "trailer\n<<\n/Size %s\n/Root %s 0 R\n/Info %s 0 R\n>>\nstartxref\n%d\n%%%%EOF\n", tr[3], tr[5], tr[9], x)
	if !bytes.Equal(again.Bytes(), b[x:]) {
		return fmt.Errorf("the end written again differs:\n%q\n%q", again.Bytes(), b[x:])
	}
	if digest != "" && !bytes.Contains(b[:x], []byte("\n/Keywords ("+Keywords(digest)+")\n")) {
		return errors.New("no keywords with the digest")
	}
	return nil
}

// FuzzInspect feeds the page reader the same files: it must never panic,
// and it reads only whole files.
func FuzzInspect(f *testing.F) {
	f.Add(smallPDF(f, ""))
	f.Fuzz(func(t *testing.T, b []byte) {
		if _, err := Inspect(b); err == nil {
			if werr := Whole(bytes.NewReader(b), int64(len(b))); werr != nil {
				t.Fatalf("Inspect read a file that is not whole: %v", werr)
			}
		}
	})
}

// FuzzContent feeds the content-stream reader any stream: it must never
// panic, and it records no more texts than the stream has operators.
func FuzzContent(f *testing.F) {
	for _, s := range []string{
		"BT /F1 12 Tf 100 700 Td (Hello) Tj ET",
		"q BT /F1 12 Tf 14 TL 100 700 Td (one) Tj T* [(tw) -20 (o)] TJ ET Q",
		"BT /F2 10 Tf 2 0 0 2 50 600 Tm <48656C6C6F> Tj 0 -10 TD (a\\(b\\)\\101) ' 5 Ts (up) Tj ET",
		"(unterminated", "<4142", "<zz>", "% comment\n<< >> [ ] /N 1 2 3",
	} {
		f.Add([]byte(s))
	}
	fonts := map[string]*font{"F1": {name: "Serif"}, "F2": {name: "U", unicode: true}}
	f.Fuzz(func(t *testing.T, data []byte) {
		pg := &PageFacts{Height: 792}
		if err := readContent(data, fonts, pg, 792); err != nil {
			return
		}
		if len(pg.Texts) > len(data) {
			t.Fatalf("%d texts from %d bytes", len(pg.Texts), len(data))
		}
	})
}
