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

// bodySource returns markup with n paragraphs of body text: quotes,
// dashes and a footnote reference in each, a heading before every
// twentieth and a pipe table after every fiftieth.
func bodySource(n int) []byte {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		if i%20 == 1 {
			fmt.Fprintf(&b, "## %d. The parties' \"claims\" -- part %d\n\n", i/20+1, i)
		}
		fmt.Fprintf(&b, "Paragraph %d says \"the agency's records\" -- all of them --- were *withheld*...[^n%d]\nIt goes on, under 5 U.S.C. § 552 and Dkt. No. %d.\n\n", i, i, i)
		if i%50 == 0 {
			fmt.Fprintf(&b, "| Event | Date |\n|:---|---:|\n| Filed %d | *May* 1 |\n| Heard \\| argued | June 2 |\n\n", i)
		}
	}
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "[^n%d]: Note %d.\n", i, i)
	}
	return []byte(b.String())
}

// BenchmarkParseBody parses documents of 200 and 2,000 paragraphs; the
// time per paragraph (ns/para) should not grow with their number.
func BenchmarkParseBody(b *testing.B) {
	for _, n := range []int{200, 2000} {
		src := bodySource(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("in.md", src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/para")
		})
	}
}

// BenchmarkParseQuoteRun parses a paragraph that is one run of 100,000
// quotes: each run is measured once, so its cost grows with its length.
func BenchmarkParseQuoteRun(b *testing.B) {
	src := []byte(strings.Repeat(`"`, 100000) + "\n")
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse("q", src); err != nil {
			b.Fatal(err)
		}
	}
}
