package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"pleadgen/cases"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer that a command may write while a test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls cond until it holds, failing the test after a generous
// deadline. Only the deadline is timed: nothing asserts how fast a thing
// happens.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// writeTree writes files, by path relative to dir, creating directories.
func writeTree(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for rel, data := range files {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, path, data)
	}
}

// variant returns the good case file with a comment that makes its bytes,
// and so its PDF's digest, its own.
func variant(t *testing.T, note string) []byte {
	t.Helper()
	return append(readFile(t, completePath), []byte("\n# "+note+"\n")...)
}

// completePDF reports whether data is a whole PDF: its header and its end
// of file marker.
func completePDF(data []byte) bool {
	return bytes.HasPrefix(data, []byte("%PDF-")) &&
		bytes.HasSuffix(bytes.TrimRight(data, "\r\n"), []byte("%%EOF"))
}

// files lists the regular files under dir, relative to it, slash
// separated and sorted.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// expectDigest is the digest a PDF made from these case file bytes records,
// with the built-in templates or those of tdir.
func expectDigest(t *testing.T, tdir string, data []byte) string {
	t.Helper()
	p, err := newPipeline(tdir)
	if err != nil {
		t.Fatal(err)
	}
	return p.CaseDigest(cases.ReadBytes("case.yaml", data, cases.Options{}))
}

// lineCount counts the lines of s that start with prefix.
func lineCount(s, prefix string) int {
	n := 0
	for _, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, prefix) {
			n++
		}
	}
	return n
}
