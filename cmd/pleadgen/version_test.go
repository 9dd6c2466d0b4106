package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"pleadgen/render"
)

// TestDigestIgnoresPath renders one case file under two names: the PDF
// records the same digest, so that moving a case does not make it stale.
func TestDigestIgnoresPath(t *testing.T) {
	dir := t.TempDir()
	data := readFile(t, goodPath)
	for _, name := range []string{"a.yaml", "b.yaml"} {
		writeFile(t, filepath.Join(dir, name), data)
	}
	if code, _, stderr := runApp("render", dir); code != exitOK {
		t.Fatalf("exit status %d\n%s", code, stderr)
	}
	a, b := readFile(t, filepath.Join(dir, "a.pdf")), readFile(t, filepath.Join(dir, "b.pdf"))
	if !bytes.Equal(a, b) {
		t.Error("the same case file under two names gave two PDFs")
	}
}

// BenchmarkUnchanged measures the check of an up-to-date case: read the
// case file, hash it, read the end of the PDF.
func BenchmarkUnchanged(b *testing.B) {
	dir := b.TempDir()
	src, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	data, err := os.ReadFile(examplePath)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(src, data, 0o644); err != nil {
		b.Fatal(err)
	}
	p, err := newPipeline("")
	if err != nil {
		b.Fatal(err)
	}
	bt := &batch{pipe: p, workers: 1}
	if o, _, err := bt.make(job{src: src, out: out}, new(render.Renderer), new([]string)); o != rendered {
		b.Fatalf("first run: %v, %v", o, err)
	}
	for b.Loop() {
		if o, _, err := bt.make(job{src: src, out: out}, new(render.Renderer), new([]string)); o != unchanged {
			b.Fatalf("%v, %v", o, err)
		}
	}
}
