package markup

import (
	"fmt"
	"reflect"
	"sync"
	"testing"
)

// TestParsesShareTheParser parses documents of every kind of block from
// several goroutines at once with the process's one goldmark parser: each
// gives what it gives alone (and the race detector sees no shared state).
func TestParsesShareTheParser(t *testing.T) {
	var docs [][]byte
	for i := range 6 {
		docs = append(docs, fmt.Appendf(nil, `# Heading %d

A paragraph with *emphasis*, **strong** text, a note.[^n%d] And "quotes" -- dashes.

> A quotation %d.

1. one
2. two

| a | b |
|---|---|
| %d | x |

::: pagebreak

[^n%d]: The note.
`, i, i, i, i, i))
	}
	want := make([]*Doc, len(docs))
	for i, src := range docs {
		d, err := Parse("doc.md", src)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = d
	}
	var wg sync.WaitGroup
	for range 4 {
		for i, src := range docs {
			wg.Go(func() {
				d, err := Parse("doc.md", src)
				if err != nil {
					t.Error(err)
					return
				}
				if !reflect.DeepEqual(d, want[i]) {
					t.Errorf("document %d parsed beside others differs from it parsed alone", i)
				}
			})
		}
	}
	wg.Wait()
}
