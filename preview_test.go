package pleadgen

import (
	"context"
	"strings"
	"testing"
)

// The preview draws every page, each text linked to its place in the case
// file when the case file writes it.
func TestPreview(t *testing.T) {
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, pages, err := e.Preview(context.Background(), "examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 8 || r.Case == nil {
		t.Fatalf("%d pages", len(pages))
	}
	if !strings.Contains(pages[1], `data-src="examples/aclu-v-ice-joint-cmc.yaml:`) {
		t.Errorf("page 2 links no text to the case file:\n%.2000s", pages[1])
	}
}

// BenchmarkPreview measures a preview of the 8-page example, from the
// file to the SVG of every page.
func BenchmarkPreview(b *testing.B) {
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := e.Preview(context.Background(), "examples/aclu-v-ice-joint-cmc.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}
