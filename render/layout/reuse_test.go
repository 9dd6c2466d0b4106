package layout

import (
	"reflect"
	"testing"

	"pleadgen/render/markup"
)

// TestLinesTellParagraphsApart asks for the lines of a paragraph, then for
// paragraphs that differ from it in one thing breaking reads: each must
// miss, and only the same paragraph again may be taken.
func TestLinesTellParagraphsApart(t *testing.T) {
	type ask struct {
		runs                    []markup.Run
		first, rest, stop, size float64
	}
	base := ask{runs: []markup.Run{{Text: "ab"}, {Text: "c", Style: markup.Bold, Note: 1}}, first: 300, rest: 330, stop: 36, size: 12}
	tests := []struct {
		name string
		a    ask
	}{
		{"another text", ask{[]markup.Run{{Text: "ab"}, {Text: "d", Style: markup.Bold, Note: 1}}, 300, 330, 36, 12}},
		{"another style", ask{[]markup.Run{{Text: "ab"}, {Text: "c", Style: markup.Italic, Note: 1}}, 300, 330, 36, 12}},
		{"another note", ask{[]markup.Run{{Text: "ab"}, {Text: "c", Style: markup.Bold, Note: 2}}, 300, 330, 36, 12}},
		{"runs split elsewhere", ask{[]markup.Run{{Text: "a"}, {Text: "bc", Style: markup.Bold, Note: 1}}, 300, 330, 36, 12}},
		{"one run more", ask{[]markup.Run{{Text: "ab"}, {Text: "c", Style: markup.Bold, Note: 1}, {}}, 300, 330, 36, 12}},
		{"another first line", ask{base.runs, 330, 330, 36, 12}},
		{"another width after", ask{base.runs, 300, 300, 36, 12}},
		{"other tab stops", ask{base.runs, 300, 330, 72, 12}},
		{"another size", ask{base.runs, 300, 330, 36, 10}},
	}
	var c Lines
	c.begin()
	_, key, ok := c.lookup(base.runs, base.first, base.rest, base.stop, base.size)
	if ok {
		t.Fatal("an empty store gave lines")
	}
	want := []line{{natural: 1}}
	c.store(key, want)
	c.Keep()
	c.begin()
	for _, tt := range tests {
		if _, _, ok := c.lookup(tt.a.runs, tt.a.first, tt.a.rest, tt.a.stop, tt.a.size); ok {
			t.Errorf("%s: took the lines of the first paragraph", tt.name)
		}
	}
	got, _, ok := c.lookup(base.runs, base.first, base.rest, base.stop, base.size)
	if !ok || len(got) != 1 || got[0].natural != 1 {
		t.Fatalf("the same paragraph again: %v, %v", got, ok)
	}
	if c.Reused() != 1 {
		t.Errorf("Reused() = %d, want 1", c.Reused())
	}
	c.Forget()
	if c.Kept() != 1 {
		t.Errorf("a forgotten layout changed what was kept: %d paragraphs", c.Kept())
	}
	// A text holding the bytes that start a run in the key is not taken
	// for two runs.
	c.begin()
	_, key, _ = c.lookup([]markup.Run{{Text: "x"}, {Text: "y", Style: markup.Bold}}, 300, 330, 36, 12)
	c.store(key, want)
	if _, _, ok := c.lookup([]markup.Run{{Text: "x\x01\x00y"}}, 300, 330, 36, 12); ok {
		t.Error("one run was taken for two")
	}
	c.begin()
	c.Keep()
	if c.Kept() != 0 {
		t.Errorf("a kept layout of no paragraphs left %d", c.Kept())
	}
}

// TestLinesPlaceAsPlaceLine places a kept line again: the same texts as
// placeLine makes, and copies of them, which the layout may change
// without changing the next placing; a line placed elsewhere is placed
// anew.
func TestLinesPlaceAsPlaceLine(t *testing.T) {
	toks := tokenize([]markup.Run{{Text: "The parties jointly "}, {Text: "submit", Style: markup.Bold}, {Text: " this statement."}})
	measure(toks, monoMeasurer{}, 12)
	l := breakLinesTab(toks, 400, 400, 36)[0]
	l.justify = true
	var c Lines
	c.begin()
	want, _, _ := placeLine(l, 72, 400, 12)
	first, _, _ := c.place(l, 72, 400, 12)
	c.Keep()
	c.begin()
	first[0].Block = 99
	again, _, _ := c.place(l, 72, 400, 12)
	if !reflect.DeepEqual(again, want) || !reflect.DeepEqual(first[1:], want[1:]) {
		t.Fatalf("placed again: %+v, want %+v", again, want)
	}
	moved, _, _ := c.place(l, 100, 400, 12)
	if wantMoved, _, _ := placeLine(l, 100, 400, 12); !reflect.DeepEqual(moved, wantMoved) {
		t.Errorf("placed elsewhere: %+v, want %+v", moved, wantMoved)
	}
}
