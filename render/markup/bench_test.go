package markup

import (
	"fmt"
	"strings"
	"testing"
)

// notesSource returns markup with n footnotes: paragraphs of ten
// references each, then the n definitions in the order of reference.
func notesSource(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "Word w%d.[^n%d]", i, i)
		if i%10 == 0 || i == n {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[^n%d]: Note %d.\n", i, i)
	}
	return []byte(b.String())
}

// BenchmarkParseFootnotes parses documents of 1,000, 10,000 and 80,000
// footnotes; the time per note should not grow with their number.
func BenchmarkParseFootnotes(b *testing.B) {
	for _, n := range []int{1000, 10000, 80000} {
		src := notesSource(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				d, err := Parse("in.md", src)
				if err != nil {
					b.Fatal(err)
				}
				if len(d.Notes) != n {
					b.Fatalf("%d notes, want %d", len(d.Notes), n)
				}
			}
		})
	}
}
