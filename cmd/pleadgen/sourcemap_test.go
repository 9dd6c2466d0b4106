package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// withEvidence returns the complete case file with the evidence topic's
// literal block replaced by lines, and a comment line before the filing.
func withEvidence(t *testing.T, comment string, lines ...string) []byte {
	t.Helper()
	good := string(readFile(t, completePath))
	old := "    evidence: |\n      The parties have reviewed the Guidelines Relating to the Discovery of\n      Electronically Stored Information (\"ESI Guidelines\").\n"
	if !strings.Contains(good, old) {
		t.Fatal("the complete case file's evidence text changed")
	}
	block := "    evidence: |\n"
	for _, l := range lines {
		block += "      " + l + "\n"
	}
	out := strings.Replace(good, old, block, 1)
	return []byte(strings.Replace(out, "filing:\n", "# "+comment+"\nfiling:\n", 1))
}

// Each character the fonts lack is reported where the text writes it —
// not where a comment, another text or the markup holds the same — and
// every one of them at once, each at its own line and column.
func TestCharactersArePlacedInTheirText(t *testing.T) {
	tests := []struct {
		name    string
		comment string
		lines   []string
		want    []string // line:col of each error, in the file's order
	}{
		{"after a comment that holds it", "the client wrote 中 here", []string{"First line.", "Second 中 line."}, []string{"44:14"}},
		{"two in one text", "", []string{"A 中 and", "a 😀 too."}, []string{"43:9", "44:9"}},
		{"the same twice on different lines", "", []string{"中 one", "two 中"}, []string{"43:7", "44:11"}},
		{"written as a reference after the character in a comment", "中", []string{"Text &#x4E2D; here."}, []string{"43:12"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "case.yaml")
			writeFile(t, path, withEvidence(t, tt.comment, tt.lines...))
			code, _, stderr := runApp("validate", path)
			var got []string
			for _, l := range strings.Split(stderr, "\n") {
				if rest, ok := strings.CutPrefix(l, path+":"); ok && strings.Contains(l, "is not in the embedded fonts") {
					pos := strings.SplitN(rest, ":", 3)
					got = append(got, pos[0]+":"+pos[1])
				}
			}
			want := tt.want
			if code != exitBad || strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("exit %d, placed at %v, want %v\n%s", code, got, want, stderr)
			}
		})
	}
}
