package render

import (
	"os"
	"testing"

	"pleadgen/render/markup"
)

// The benchmarks use the markup of the two examples (8 and 10 pages), as
// `pleadgen markup` prints it.
var benchInputs = []string{"testdata/bench/aclu.md", "testdata/bench/redwood.md"}

func benchDoc(b *testing.B, path string) *markup.Doc { return readDoc(b, path) }

func readDoc(tb testing.TB, path string) *markup.Doc {
	src, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := markup.Parse(path, src)
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(benchInputs[0])
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := markup.Parse("aclu.md", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLayout(b *testing.B) {
	doc := benchDoc(b, benchInputs[0])
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Layout(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPDF(b *testing.B) {
	for _, path := range benchInputs {
		doc := benchDoc(b, path)
		b.Run(path[len("testdata/bench/"):], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := PDF(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
