package docx

import (
	"os"
	"testing"

	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

func TestMetricsLayOutAsThePDF(t *testing.T) {
	m, err := fontMetrics()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"aclu", "multi", "redwood"} {
		src, err := os.ReadFile("testdata/" + name + ".md")
		if err != nil {
			t.Fatal(err)
		}
		doc, err := markup.Parse(name+".md", src)
		if err != nil {
			t.Fatal(err)
		}
		want, err := render.Layout(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, err := layout.LayoutWith(doc, want.Profile, m)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Pages) != len(want.Pages) {
			t.Fatalf("%s: %d pages, want %d", name, len(got.Pages), len(want.Pages))
		}
		for i := range got.Pages {
			g, w := got.Pages[i].Texts, want.Pages[i].Texts
			if len(g) != len(w) {
				t.Fatalf("%s page %d: %d texts, want %d", name, i+1, len(g), len(w))
			}
			for k := range g {
				if g[k].S != w[k].S || g[k].X != w[k].X || g[k].Y != w[k].Y {
					t.Fatalf("%s page %d: text %q at %v,%v, want %q at %v,%v", name, i+1, g[k].S, g[k].X, g[k].Y, w[k].S, w[k].X, w[k].Y)
				}
			}
		}
	}
}
