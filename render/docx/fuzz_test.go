package docx

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// FuzzWrite writes the Word document of any markup the layout accepts:
// every part is well-formed XML, whatever the text holds (angle brackets,
// ampersands, "]]>", the names of Word's elements), and a second write
// gives the same bytes.
func FuzzWrite(f *testing.F) {
	files, _ := filepath.Glob("testdata/forms/*.md")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("Text </w:t></w:r><w:r><w:t>x & ]]> <![CDATA[ y ]]> \"q\" 'a'\n\n# <w:p/>\n")
	paper, err := layout.LoadProfile("cand")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := markup.Parse("in.md", []byte(src))
		if err != nil {
			return
		}
		if _, err := render.Layout(doc); err != nil {
			return // what the PDF refuses, the Word document is not asked for
		}
		data, err := Write(doc, paper, Options{})
		if err != nil {
			return
		}
		again, err := Write(doc, paper, Options{})
		if err != nil || !bytes.Equal(data, again) {
			t.Fatalf("a second write differs (%v)", err)
		}
		parts, _ := readZip(t, data)
		for name, b := range parts {
			if filepath.Ext(name) == ".xml" || filepath.Ext(name) == ".rels" {
				if err := wellFormed(b); err != nil {
					t.Fatalf("%s is not well-formed: %v", name, err)
				}
			}
		}
	})
}
