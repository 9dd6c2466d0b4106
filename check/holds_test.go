package check

import (
	"strings"
	"testing"

	"pleadgen/pdffile"
)

// TestHoldsFindsPhrasesAcrossPages asks holds for phrases in one page,
// running over two and three pages, at the very end, and nowhere, and
// compares it with a search of the whole document's text.
func TestHoldsFindsPhrasesAcrossPages(t *testing.T) {
	pages := []string{"thefilerattests", "thatconcurrence", "in", "thefilingofthisdocument", "hasbeenobtained"}
	tests := []struct {
		phrase string
		want   bool
	}{
		{"filerattests", true},
		{"atteststhat", true},
		{"concurrenceinthefiling", true},
		{"hasbeenobtained", true},
		{"obtained", true},
		{"thefilerattests" + "thatconcurrence" + "in" + "thefilingofthisdocument" + "hasbeenobtained", true},
		{"notattested", false},
		{"hasbeenobtainedagain", false},
		{"", true},
	}
	for _, tt := range tests {
		k := &checker{facts: &pdffile.Facts{Pages: make([]pdffile.PageFacts, len(pages))}}
		k.texts, k.flat, k.read = pages, pages, make([]bool, len(pages))
		for i := range k.read {
			k.read[i] = true
		}
		if got := k.holds(tt.phrase); got != tt.want {
			t.Errorf("holds(%q) = %v, want %v", tt.phrase, got, tt.want)
		}
		if whole := strings.Contains(strings.Join(pages, ""), tt.phrase); whole != tt.want {
			t.Errorf("the table is wrong about %q", tt.phrase)
		}
	}
}
