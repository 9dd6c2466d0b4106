package redline

import (
	"sort"
	"strings"
	"testing"

	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// version lays out markup text.
func version(t *testing.T, text string) Version {
	t.Helper()
	doc, err := markup.Parse("in.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d, err := render.Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	return Version{Doc: doc, Layout: d}
}

// A bar stands beside each changed line, and beside no other; the
// inserted words are blue and underlined; the deleted ones are set, red,
// in the half line above the place they were removed from.
func TestMarkerBars(t *testing.T) {
	para := strings.Repeat("Each word here stays the same in both versions of the text. ", 12)
	old := "# 1. Topic\n\n" + para + "\n\nThe old words end this paragraph.\n"
	new := "# 1. Topic\n\n" + para + "\n\nThe new words end this paragraph, and more.\n"
	ov, nv := version(t, old), version(t, new)
	r := Compare(ov, nv)
	if len(r.Changes) != 2 || r.Changes[0].From != r.Changes[1].From {
		t.Fatalf("changes %+v; want two on one line", r.Changes)
	}
	want := r.Changes[0]
	doc, _ := markup.Parse("in.md", []byte(new))
	var marked *layout.Document
	var rend render.Renderer
	_, err := rend.PDFWith(doc, func(d *layout.Document, m layout.Measurer) error {
		marked = d
		return r.Marker(Legend{Old: "old", New: "new"})(d, m)
	})
	if err != nil {
		t.Fatal(err)
	}
	p := marked.Profile
	var bars []int
	for _, ru := range marked.Pages[0].Rules {
		if ru.X1 == p.Rules.Right+8 {
			bars = append(bars, int((ru.Y1-p.Grid.Top)/p.Grid.Pitch)+1)
		}
	}
	sort.Ints(bars)
	if len(bars) != 1 || bars[0] != want.From.Line {
		t.Errorf("bars beside lines %v; the change is on line %d", bars, want.From.Line)
	}
	var blue, red []string
	for _, tx := range marked.Pages[0].Texts {
		switch tx.Color {
		case insertedInk:
			blue = append(blue, strings.TrimSpace(tx.S))
		case deletedInk:
			red = append(red, tx.S)
			if base := p.Baseline(2 * (want.From.Line - 1)); tx.Y != base-p.Grid.Pitch/2 {
				t.Errorf("the deleted words stand at %.1f, not in the half line above %.1f", tx.Y, base)
			}
		}
	}
	if strings.Join(blue, "|") != "new|, and more" || strings.Join(red, "|") != "old" {
		t.Errorf("blue %q, red %q", blue, red)
	}
}
