package render

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"pleadgen/pdffile"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

var update = flag.Bool("update", false, "rewrite the golden files with the current output")

// TestGolden lays out each testdata/golden/*.txtar file's input.md and
// compares the picture of its pages with want.pages.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			input, want := section(ar, "input.md"), section(ar, "want.pages")
			doc, err := markup.Parse("input.md", input)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Layout(doc)
			if err != nil {
				t.Fatal(err)
			}
			got := d.Picture()
			if dir := os.Getenv("PLEADGEN_GOLDEN_PDF"); dir != "" {
				writePDF(t, d, filepath.Join(dir, strings.TrimSuffix(filepath.Base(file), ".txtar")+".pdf"))
			}
			if *update {
				setSection(ar, "want.pages", []byte(got))
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != string(want) {
				t.Errorf("pages differ from %s (run with -update to accept):\n%s", file, got)
			}
		})
	}
}

// writePDF draws a golden document to a file, for looking at it; set
// PLEADGEN_GOLDEN_PDF to a directory to get one per golden file.
func writePDF(t *testing.T, d *layout.Document, path string) {
	b, err := drawOwn(newPDFDoc(new(pdffile.Deflater)), d)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func section(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func setSection(ar *txtar.Archive, name string, data []byte) {
	for i, f := range ar.Files {
		if f.Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}
