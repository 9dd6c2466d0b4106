package cases

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic, that it returns either a
// case or errors, and that every problem points into the input. Lines are
// counted the way the YAML parser counts them (see lineCount).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(base))
	f.Add([]byte(partiesBase))
	for _, tc := range brokenCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, warns, err := Parse("fuzz.yaml", data)
		var problems []Problem
		switch e := err.(type) {
		case nil:
			if c == nil {
				t.Fatal("no case and no error")
			}
		case Errors:
			if c != nil || len(e) == 0 {
				t.Fatalf("case %v with errors %v", c != nil, e)
			}
			problems = e
		default:
			t.Fatalf("error of type %T: %v", err, err)
		}
		lines := lineCount(data)
		for _, p := range append(problems, warns...) {
			if p.Pos.Line < 1 || p.Pos.Col < 1 || p.Pos.Line > lines+1 {
				t.Errorf("%s: position outside the %d lines of the input", p, lines)
			}
		}
	})
}
