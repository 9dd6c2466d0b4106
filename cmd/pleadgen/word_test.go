package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"pleadgen"
	"strings"
	"testing"
)

// docxText returns the text of a Word document's body, its runs joined.
func docxText(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s is not a zip: %v", path, err)
	}
	defer zr.Close()
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, part := range bytes.Split(b, []byte("<w:t")) {
		if _, after, ok := bytes.Cut(part, []byte(">")); ok {
			if s, _, ok := bytes.Cut(after, []byte("</w:t>")); ok {
				text.Write(s)
			}
		}
	}
	return text.String()
}

// render -o NAME.docx writes a Word document, the same bytes each time,
// and finds it up to date on the next run.
func TestRenderWordDocument(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "statement.docx")
	code, _, stderr := runApp("render", examplePath, "-o", out)
	if code != exitOK || !strings.Contains(stderr, "rendered") {
		t.Fatalf("render: exit status %d\n%s", code, stderr)
	}
	first := readFile(t, out)
	if text := docxText(t, out); !strings.Contains(text, "Jurisdiction") || !strings.Contains(text, "JOINT CASE MANAGEMENT STATEMENT") {
		t.Errorf("the document lacks the statement's words: %.300s", text)
	}
	code, _, stderr = runApp("render", examplePath, "-o", out)
	if code != exitOK || !strings.Contains(stderr, "unchanged") {
		t.Errorf("second render: exit status %d, want unchanged\n%s", code, stderr)
	}
	if code, _, stderr = runApp("render", "--force", "-q", examplePath, "-o", out); code != exitOK {
		t.Fatalf("render --force: %s", stderr)
	}
	if !bytes.Equal(first, readFile(t, out)) {
		t.Error("the same case file made different Word documents")
	}
	if _, err := os.Stat(filepath.Join(dir, "statement.pdf")); err == nil {
		t.Error("-o NAME.docx wrote a PDF too")
	}
}

// --format pdf,docx writes both beside each case file of a directory,
// reporting each warning of a case once, and each file is found up to date
// on its own.
func TestRenderBothFormats(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.yaml")
	writeFile(t, one, readFile(t, examplePath))
	code, _, stderr := runApp("render", "--format", "pdf,docx", one)
	if n := strings.Count(stderr, "counsel[1].bar"); code != exitOK || n != 1 {
		t.Errorf("exit status %d, the example's warning on counsel[1].bar reported %d times, want once:\n%s", code, n, stderr)
	}
	os.Remove(one)
	writeFile(t, filepath.Join(dir, "a.yaml"), readFile(t, examplePath))
	writeFile(t, filepath.Join(dir, "b.yaml"), readFile(t, examplePath))
	if code, _, stderr := runApp("render", "-q", "--format", "pdf,docx", dir); code != exitOK {
		t.Fatalf("render: %s", stderr)
	}
	for _, name := range []string{"a.pdf", "a.docx", "b.pdf", "b.docx"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	os.Remove(filepath.Join(dir, "b.docx"))
	code, _, stderr = runApp("render", "--format", "pdf,docx", dir)
	if code != exitOK || !strings.Contains(stderr, "1 rendered, 1 unchanged") {
		t.Errorf("second render: exit status %d, want the missing document alone remade\n%s", code, stderr)
	}
}

// --part order writes the proposed order alone, under the caption, for
// chambers; it is a Word document only.
func TestRenderOrderForChambers(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "order.docx")
	code, _, stderr := runApp("render", "--part", "order", "../../examples/redwood-v-cobalt-joint-cmc.yaml", "-o", out)
	if code != exitOK {
		t.Fatalf("render --part order: exit status %d\n%s", code, stderr)
	}
	text := docxText(t, out)
	if !strings.Contains(text, "ORDER") || !strings.Contains(text, "Case No.") {
		t.Errorf("the order lacks its heading or caption: %.400s", text)
	}
	if strings.Contains(text, "Jurisdiction") {
		t.Errorf("the order holds the statement's topics: %.400s", text)
	}
	code, _, stderr = runApp("render", "--part", "order", examplePath, "-o", filepath.Join(dir, "x.pdf"))
	if code != exitUsage || !strings.Contains(stderr, "--part order") {
		t.Errorf("--part order with a PDF: exit status %d\n%s", code, stderr)
	}
	code, _, stderr = runApp("render", "--format", "odt", examplePath)
	if code != exitUsage || !strings.Contains(stderr, "--format odt") {
		t.Errorf("--format odt: exit status %d\n%s", code, stderr)
	}
}

// A character the fonts lack is refused for a Word document as for a PDF,
// at its place in the case file, and nothing is written.
func TestWordRefusesWhatThePDFRefuses(t *testing.T) {
	dir := t.TempDir()
	src := strings.Replace(string(readFile(t, completePath)), "    discovery: None.\n", "    discovery: Agreed 😀.\n", 1)
	path := filepath.Join(dir, "case.yaml")
	writeFile(t, path, []byte(src))
	pdfCode, _, pdfErr := runApp("render", path, "-o", filepath.Join(dir, "case.pdf"))
	docCode, _, docErr := runApp("render", path, "-o", filepath.Join(dir, "case.docx"))
	if pdfCode == exitOK || docCode != pdfCode || !strings.Contains(docErr, "not in the embedded fonts") {
		t.Errorf("PDF: %d %s\nWord: %d %s", pdfCode, pdfErr, docCode, docErr)
	}
	if _, err := os.Stat(filepath.Join(dir, "case.docx")); err == nil {
		t.Error("a Word document was written")
	}
}

func TestOutputsOf(t *testing.T) {
	tests := []struct {
		out     string
		formats []format
		order   bool
		want    string
	}{
		{"a.pdf", []format{formatPDF}, false, "pdf:a.pdf"},
		{"special", []format{formatPDF}, false, "pdf:special"},
		{"/dev/stdout", []format{formatPDF}, false, "pdf:/dev/stdout"},
		{"a.pdf", []format{formatDOCX}, false, "docx:a.docx"},
		{"a.docx", []format{formatDOCX}, false, "docx:a.docx"},
		{"a.docx", []format{formatPDF, formatDOCX}, false, "pdf:a.pdf docx:a.docx"},
		{"a.pdf", []format{formatPDF, formatDOCX}, false, "pdf:a.pdf docx:a.docx"},
		{"a.pdf", []format{formatDOCX}, true, "docx:a-order.docx"},
		{"o.docx", []format{formatDOCX}, true, "docx:o.docx"},
		{"dir/A.PDF", []format{formatDOCX}, false, "docx:dir/A.docx"},
	}
	for _, tt := range tests {
		part := pleadgen.WholeFiling
		if tt.order {
			part = pleadgen.OrderPart
		}
		var got []string
		for _, o := range outputsOf(job{out: tt.out}, tt.formats, part) {
			got = append(got, string(o.format)+":"+o.path)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("outputsOf(%q, %v, order %v) = %v, want %s", tt.out, tt.formats, tt.order, got, tt.want)
		}
	}
}
