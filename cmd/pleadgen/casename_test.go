package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestIsCaseName(t *testing.T) {
	for name, want := range map[string]bool{
		"a.yaml": true, "a.yml": true, "a.YAML": true, "a.Yml": true,
		".a.yaml": false, "a.yaml~": false, "a.json": false, "yaml": false,
	} {
		if got := isCaseName(name); got != want {
			t.Errorf("isCaseName(%q) = %v, want %v", name, got, want)
		}
	}
}

// A directory named through a link is searched like the directory.
func TestWalkALinkedDirectory(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.MkdirAll(real, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(real, "a.yaml"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Skipf("cannot make a link here: %v", err)
	}
	var rels []string
	if err := walkCases(link, func(_, rel string) { rels = append(rels, rel) }); err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 || rels[0] != "a.yaml" {
		t.Errorf("found %q, want [a.yaml]", rels)
	}
}
