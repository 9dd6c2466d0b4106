package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/court"
	"pleadgen/render/markup"
)

// examples are the example cases' markup in testdata, made by "pleadgen
// markup": aclu from examples/aclu-v-ice-joint-cmc.yaml, multi from
// examples/multi-party-joint-cmc.yaml, redwood from
// examples/redwood-v-cobalt-joint-cmc.yaml, and the others from the
// filings of examples/redwood-v-cobalt.
var examples = []string{"aclu", "multi", "redwood", "stipulation", "supplemental", "declaration", "certification"}

// allExamples returns the examples and the forms of testdata/forms, the
// PDF's golden inputs: each block in each of its forms.
func allExamples(t testing.TB) []string {
	t.Helper()
	forms, err := filepath.Glob("testdata/forms/*.md")
	if err != nil || len(forms) == 0 {
		t.Fatalf("no forms in testdata/forms: %v", err)
	}
	out := append([]string(nil), examples...)
	for _, f := range forms {
		out = append(out, "forms/"+strings.TrimSuffix(filepath.Base(f), ".md"))
	}
	return out
}

// exampleDoc parses an example's markup.
func exampleDoc(t testing.TB, name string) *markup.Doc {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name + ".md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := markup.Parse(name+".md", src)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// paperOf returns the paper a document names, the default court's when
// it names none.
func paperOf(t testing.TB, doc *markup.Doc) *court.Paper {
	t.Helper()
	name := doc.Meta.Profile
	if name == "" {
		name = court.Builtin().Default().Name
	}
	p, err := court.Builtin().Paper(name, doc.Meta.Paper)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
