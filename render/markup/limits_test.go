package markup

import (
	"errors"
	"strings"
	"testing"
)

// TestLinkTargetsOfALine: a line whose link targets times its length pass
// MaxLinkReading is refused at its line; links a paragraph really holds,
// and brackets written not to link, pass.
func TestLinkTargetsOfALine(t *testing.T) {
	tests := []struct {
		name, line string
		refused    bool
	}{
		{"a paragraph's links", strings.Repeat("See [the order](https://example.com/order) of the court. ", 40), false},
		{"a long line of links written as links", strings.Repeat("See [Dkt. 12](https://ecf.cand.uscourts.gov/doc1/0351234567). ", 1600), false},
		{"thousands of short targets", strings.Repeat("[a](", 4000), false},
		{"targets left open on a long line", strings.Repeat("[a](", 12500), true},
		{"angle targets on a long line", strings.Repeat("[a](<", 25000), true},
		{"brackets that link nothing", strings.Repeat("[a]\\(", 25000), false},
		{"a long line of words", strings.Repeat("word ", 1<<20), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkLimits("m", []byte("Intro.\n\n"+tt.line+"\n"))
			var me *Error
			switch {
			case tt.refused && (!errors.As(err, &me) || me.Line != 3 || !strings.Contains(me.Msg, "link targets")):
				t.Errorf("checkLimits: %v, want a refusal at line 3", err)
			case !tt.refused && err != nil:
				t.Errorf("checkLimits: %v", err)
			}
		})
	}
}

// TestLinkReadingOfAWholeMarkup: lines each under the bound, together over
// it, are refused at the line that passes it.
func TestLinkReadingOfAWholeMarkup(t *testing.T) {
	line := strings.Repeat("[a](", 4096) + "\n"
	err := checkLimits("m", []byte(strings.Repeat(line, 128)))
	var me *Error
	if !errors.As(err, &me) || me.Line <= 1 || me.Line >= 128 || !strings.Contains(me.Msg, "link targets") {
		t.Errorf("checkLimits: %v, want a refusal at a line between 1 and 128", err)
	}
	if linkReading([]byte(line)) == 0 || linkReading([]byte("See [x](https://x.org) and y.")) != len("](https://x.org)") {
		t.Errorf("linkReading: %d and %d", linkReading([]byte(line)), linkReading([]byte("See [x](https://x.org) and y.")))
	}
}
