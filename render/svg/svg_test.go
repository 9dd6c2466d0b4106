package svg

import (
	"strings"
	"testing"

	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// A page's texts stand where the layout puts them, escaped, with their
// styles; its rules are lines; a link names a text's source.
func TestPage(t *testing.T) {
	doc, err := markup.Parse("in.md", []byte("# 1. Topic\n\nA *word* & <b>not markup</b>.\n"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := render.Layout(doc)
	if err != nil {
		t.Fatal(err)
	}
	s := Page(d.Profile, d.Pages[0], func(layout.Text) string { return "in.md:1:1" })
	for _, want := range []string{`<svg class="page"`, `viewBox="0 0 612 792"`, `font-weight="bold"`, `font-style="italic"`,
		`&amp; &lt;b&gt;not markup&lt;/b&gt;.`, `<line `, `data-src="in.md:1:1"`, `>28</text>`} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%.1500s", want, s)
		}
	}
	if strings.Contains(s, "<b>") {
		t.Error("text reached the SVG as markup")
	}
}
