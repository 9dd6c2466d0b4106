package pleadgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// completeWithEvidence is the command's complete test case file with the
// evidence topic's literal block replaced by lines, and a comment line
// before the filing.
func completeWithEvidence(t *testing.T, lines ...string) []byte {
	t.Helper()
	data, err := os.ReadFile("cmd/pleadgen/testdata/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good := string(data)
	old := "    evidence: |\n      The parties have reviewed the Guidelines Relating to the Discovery of\n      Electronically Stored Information (\"ESI Guidelines\").\n"
	if !strings.Contains(good, old) {
		t.Fatal("the complete case file's evidence text changed")
	}
	block := "    evidence: |\n"
	for _, l := range lines {
		block += "      " + l + "\n"
	}
	out := strings.Replace(good, old, block, 1)
	return []byte(strings.Replace(out, "filing:\n", "# \nfiling:\n", 1))
}

// The map leads from every line of a topic's text in the markup to the
// line of the case file that holds it, for literal blocks, plain and
// quoted scalars alike.
func TestSourceMapLeadsToEachLine(t *testing.T) {
	data := completeWithEvidence(t, "Alpha line one.", "Bravo line two.", "", "Charlie after a blank.")
	path := filepath.Join(t.TempDir(), "case.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.Markup(path)
	if err != nil {
		t.Fatal(err)
	}
	m := newSourceMap(r.Input, r.Markup, r.Origins)
	lines := strings.Split(r.Markup, "\n")
	for word, want := range map[string]string{"Alpha": "43:7", "Bravo": "44:7", "Charlie": "46:7", "Whether Defendants": "39:19", "Defendants are working": "38:19"} {
		n := 0
		for i, l := range lines {
			if strings.Contains(l, word) {
				n = i + 1
				break
			}
		}
		pos, ok := m.pos(n)
		if got := fmt.Sprintf("%d:%d", pos.Line, pos.Col); !ok || got != want {
			t.Errorf("%q on markup line %d maps to %s (%v), want %s", word, n, got, ok, want)
		}
	}
	if _, ok := m.pos(1); ok {
		t.Errorf("the markup's first line, the templates' own, maps into the case file")
	}
}
