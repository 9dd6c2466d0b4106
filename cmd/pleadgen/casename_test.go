package main

import "testing"

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
