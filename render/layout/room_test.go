package layout

import (
	"fmt"
	"reflect"
	"testing"

	"pleadgen/render/markup"
)

// lineWords is what a line says, word by word, and how it is set.
func lineWords(l line) string {
	return fmt.Sprintf("%s %.2f %v %d %d", tokenString(l.toks), l.natural, l.justify, l.spaces, l.bytes)
}

// The lines eachLine gives are breakRuns': one paragraph after another
// in the flow's room, and also a paragraph broken inside the breaking of
// another, which must not take the room from under it.
func TestEachLineIsBreakRuns(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	paras := [][]markup.Run{
		{{Text: "The parties jointly submit this statement and ask the Court to adopt it as its order, with the dates below."}},
		{{Text: "See "}, {Text: "id.", Style: markup.Italic}, {Text: " at 4\tand a tab-stop, a well-known rule."}},
		{{Text: "short"}},
		{{Text: "https://example.org/a/very/long/address/that/no/line/can/hold/whole/without/cutting/it/somewhere/in/the/middle/of/itself"}},
	}
	want := func(runs []markup.Run) []string {
		f := &flow{p: p, m: monoMeasurer{}}
		var out []string
		for _, l := range f.breakRuns(runs, 300, 400) {
			out = append(out, lineWords(l))
		}
		return out
	}
	f := &flow{p: p, m: monoMeasurer{}}
	for round := range 2 {
		for i, runs := range paras {
			var got, inner []string
			f.eachLine(runs, 300, 400, func(k, n int, l line) {
				if k == 0 {
					// A paragraph broken while this one's lines are in use.
					f.eachLine(paras[(i+1)%len(paras)], 300, 400, func(_, _ int, l line) { inner = append(inner, lineWords(l)) })
				}
				got = append(got, lineWords(l))
				if n != len(want(runs)) {
					t.Errorf("n = %d, want %d", n, len(want(runs)))
				}
			})
			if !reflect.DeepEqual(got, want(runs)) {
				t.Errorf("round %d, paragraph %d: eachLine gives\n%q\nbreakRuns\n%q", round, i, got, want(runs))
			}
			if !reflect.DeepEqual(inner, want(paras[(i+1)%len(paras)])) {
				t.Errorf("round %d, paragraph %d: the inner paragraph's lines are %q", round, i, inner)
			}
		}
	}
	if f.room.busy || cap(f.room.toks) == 0 {
		t.Errorf("the room is busy (%v) or unused (%d)", f.room.busy, cap(f.room.toks))
	}
}
