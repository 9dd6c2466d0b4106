package layout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// monoMeasurer gives every character the same width, bold a little more.
type monoMeasurer struct{}

func (monoMeasurer) Width(s string, st markup.Style, size float64) float64 {
	w := 0.5 * size
	if st.Has(markup.Bold) {
		w = 0.55 * size
	}
	return w * float64(len([]rune(s)))
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a  b", "[a]_[b]"},
		{" lead and trail ", "[lead]_[and]_[trail]"},
		{"10-day extension", "[10-]~[day]_[extension]"},
		{"20-23 and - dash", "[20-]~[23]_[and]_[-]_[dash]"},
		{"line\nbreak", "[line]/[break]"},
		{"-x x-", "[-x]_[x-]"},
		{"I.\tFACTS", "[I.]>[FACTS]"},
		{"a\t b", "[a]>_[b]"},
	}
	for _, tt := range tests {
		if got := tokenString(tokenize([]markup.Run{{Text: tt.in}})); got != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// segsText is the text of a box's segments.
func segsText(segs []seg) string {
	var b strings.Builder
	for _, s := range segs {
		b.WriteString(s.Text)
	}
	return b.String()
}

func tokenString(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		switch t.kind {
		case box:
			b.WriteString("[" + segsText(t.segs) + "]")
		case space:
			b.WriteString("_")
		case hyphenBreak:
			b.WriteString("~")
		case newline:
			b.WriteString("/")
		case tab:
			b.WriteString(">")
		}
	}
	return b.String()
}

func TestBreakLinesStyledBox(t *testing.T) {
	toks := tokenize([]markup.Run{{Text: "see "}, {Text: "id", Style: markup.Italic}, {Text: ". next"}})
	if got := tokenString(toks); got != "[see]_[id.]_[next]" {
		t.Fatalf("tokens = %s", got)
	}
	if n := len(toks[2].segs); n != 2 {
		t.Errorf("box %q has %d segments, want 2 (italic, then regular)", segsText(toks[2].segs), n)
	}
}

// TestBreakLinesProperties breaks random paragraphs and checks that every
// word comes out once and in order, that no line is wider than the measure
// unless it holds a single box, and that breaking is first-fit: the first
// box of each line would not have fitted on the line before.
func TestBreakLinesProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 500; n++ {
		text := randomText(r)
		toks := tokenize([]markup.Run{{Text: text}})
		measure(toks, monoMeasurer{}, 12)
		first, rest := 100+r.Float64()*300, 100+r.Float64()*300
		lines := breakLines(toks, first, rest)
		checkWords(t, text, lines)
		for i, l := range lines {
			width := rest
			if i == 0 {
				width = first
			}
			if l.natural > width+1e-6 && countBoxes(l.toks) > 1 {
				t.Fatalf("line %d %q is %.1f wide, measure %.1f", i, l.plainText(), l.natural, width)
			}
			if i+1 < len(lines) && l.justify && firstFits(l, lines[i+1], width) {
				t.Fatalf("line %d %q had room for the next line's first box", i, l.plainText())
			}
		}
	}
}

func randomText(r *rand.Rand) string {
	words := make([]string, 1+r.IntN(80))
	for i := range words {
		w := strings.Repeat("x", 1+r.IntN(14))
		if r.IntN(8) == 0 {
			w += "-" + strings.Repeat("y", 1+r.IntN(6))
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// checkWords asserts the lines hold the text's words in order.
func checkWords(t *testing.T, text string, lines []line) {
	t.Helper()
	var got []string
	for _, l := range lines {
		s := l.plainText()
		if len(got) > 0 && strings.HasSuffix(got[len(got)-1], "-") && !strings.HasPrefix(s, " ") {
			parts := strings.SplitN(s, " ", 2)
			got[len(got)-1] += parts[0]
			if len(parts) == 1 {
				continue
			}
			s = parts[1]
		}
		got = append(got, strings.Fields(s)...)
	}
	if strings.Join(got, " ") != text {
		t.Fatalf("words changed:\n got %q\nwant %q", strings.Join(got, " "), text)
	}
}

func countBoxes(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == box {
			n++
		}
	}
	return n
}

// fits reports whether next's first box would have fitted at the end of l.
func firstFits(l, next line, width float64) bool {
	extra := 0.0
	if strings.HasSuffix(l.plainText(), "-") {
		extra = 0 // a break after a hyphen: the next box joins without a space
	} else {
		extra = monoMeasurer{}.Width(" ", 0, 12)
	}
	return l.natural+extra+next.toks[0].width <= width+1e-6
}

// TestSplitLong breaks words longer than the line inside, and checks that
// the pieces keep every character in order and each fits the line.
func TestSplitLong(t *testing.T) {
	url := "https://www.example.com/a/very/long/path/that/cannot/fit/on/one/line/of/the/pleading?query=1"
	toks := tokenize([]markup.Run{{Text: "See " + url + " at 3."}})
	measure(toks, monoMeasurer{}, 12)
	toks = splitLong(toks, 120, monoMeasurer{}, 12)
	lines := breakLines(toks, 120, 120)
	var got strings.Builder
	for _, l := range lines {
		if l.natural > 120+1e-6 {
			t.Errorf("line %q is %.1f wide", l.plainText(), l.natural)
		}
		got.WriteString(l.plainText())
		got.WriteString("|")
	}
	joined := strings.ReplaceAll(got.String(), "|", "")
	if want := "See" + url + "at 3."; strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(want, " ", "") {
		t.Errorf("characters changed: %q", got.String())
	}
	if len(lines) < 5 {
		t.Errorf("got %d lines, want the URL spread over several", len(lines))
	}
}

// TestTabStops places the text after each tab at the next stop from the
// line's start, however far the text before it reaches; a line with a tab
// is not justified, and a line may break at a tab.
func TestTabStops(t *testing.T) {
	const size, stop = 10.0, 36.0 // monoMeasurer: 5 points a character
	tests := []struct {
		in    string
		width float64
		want  [][]float64 // each line's texts' x
	}{
		{"I.\tFACTS", 400, [][]float64{{0, 36}}},
		{"abcdefgh\tx", 400, [][]float64{{0, 72}}},           // 40 points of text: the stop at 72
		{"abcdefg\tx", 400, [][]float64{{0, 36}}},            // 35 points: still before the first stop
		{"a\tb\tc", 400, [][]float64{{0, 36, 72}}},           // a stop each
		{"\tindented", 400, [][]float64{{36}}},               // a tab first
		{"aaaaaaaaaaaa b\tc", 64, [][]float64{{0}, {0, 36}}}, // the stop counts from the new line's start
		{"aaaaaa\tbbbbbbbbbb", 60, [][]float64{{0}, {0}}},    // breaks at the tab
	}
	for _, tt := range tests {
		toks := tokenize([]markup.Run{{Text: tt.in}})
		measure(toks, monoMeasurer{}, size)
		lines := breakLinesTab(toks, tt.width, tt.width, stop)
		if len(lines) != len(tt.want) {
			t.Errorf("%q: %d lines, want %d", tt.in, len(lines), len(tt.want))
			continue
		}
		for i, l := range lines {
			if l.justify && slices.ContainsFunc(l.toks, func(t token) bool { return t.kind == tab }) {
				t.Errorf("%q line %d: justified though it holds a tab", tt.in, i+1)
			}
			texts, _, _ := placeLine(l, 0, tt.width, size)
			var xs []float64
			for _, x := range texts {
				xs = append(xs, x.X)
			}
			if !equalFloats(xs, tt.want[i]) {
				t.Errorf("%q line %d: texts at %v, want %v", tt.in, i+1, xs, tt.want[i])
			}
		}
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if d := a[i] - b[i]; d > 1e-6 || d < -1e-6 {
			return false
		}
	}
	return true
}

// breakLines breaks measured tokens first-fit: each line takes as many
// boxes as fit in its width (first for the first line, rest after), as a
// word processor does. A box wider than the line stands alone on it.
func breakLines(toks []token, first, rest float64) []line {
	return breakLinesTab(toks, first, rest, defaultTabStop)
}
