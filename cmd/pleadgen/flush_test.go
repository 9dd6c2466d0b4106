package main

import (
	"os"
	"path/filepath"
	"testing"

	"pleadgen"
)

func TestFlushFor(t *testing.T) {
	tests := []struct {
		flag string
		n    int
		want flushMode
	}{
		{"", 1, flushEach},
		{"", 2, flushEnd},
		{"", 500, flushEnd},
		{"each", 500, flushEach},
		{"none", 1, flushNone},
		{"end", 1, flushEnd},
	}
	for _, tt := range tests {
		if got := (renderOptions{fsync: tt.flag}).flushFor(tt.n); got != tt.want {
			t.Errorf("--fsync %q with %d cases: %q, want %q", tt.flag, tt.n, got, tt.want)
		}
	}
	for _, bad := range []string{"always", "EACH", "0"} {
		if _, err := parseFlush(bad); err == nil {
			t.Errorf("--fsync %s accepted", bad)
		}
	}
	if _, _, err := parseRenderFlags([]string{"--fsync", "sometimes", "x.yaml"}, nil); err == nil {
		t.Error("render --fsync sometimes accepted")
	}
}

// TestFlushAtTheEnd: a batch that flushes at its end writes every PDF
// whole, in place, and has flushed them all when it returns.
func TestFlushAtTheEnd(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, name := range []string{"a.yaml", "b.yaml", "sub/c.yaml"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, p, readFile(t, completePath))
		paths = append(paths, p)
	}
	code, _, stderr := runApp("render", "-q", "--fsync", "end", dir)
	if code != exitOK {
		t.Fatalf("render: exit status %d\n%s", code, stderr)
	}
	for _, p := range paths {
		if d, err := pleadgen.ReadDigest(pdfPath(p)); err != nil || d == "" {
			t.Errorf("%s: digest %q, %v", pdfPath(p), d, err)
		}
	}
	code, _, stderr = runApp("render", "-q", "--fsync", "none", "--force", paths[0])
	if code != exitOK {
		t.Fatalf("render --fsync none: exit status %d\n%s", code, stderr)
	}
}
