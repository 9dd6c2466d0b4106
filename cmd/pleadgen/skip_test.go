package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// snapshot is what a test knows of each PDF of a directory: its file
// (inode) and bytes.
type snapshot map[string]struct {
	info os.FileInfo
	data []byte
}

func takeSnapshot(t *testing.T, dir string) snapshot {
	t.Helper()
	s := snapshot{}
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return s
	}
	for _, rel := range files(t, dir) {
		path := filepath.Join(dir, rel)
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		s[rel] = struct {
			info os.FileInfo
			data []byte
		}{info, readFile(t, path)}
	}
	return s
}

// rewritten lists the PDFs written since the earlier snapshot: an atomic
// write makes a new file, so an untouched PDF keeps its inode, its
// modification time and its bytes.
func rewritten(t *testing.T, before, after snapshot) []string {
	t.Helper()
	var out []string
	for rel, a := range after {
		b, ok := before[rel]
		if !ok || !os.SameFile(a.info, b.info) || !a.info.ModTime().Equal(b.info.ModTime()) || !bytes.Equal(a.data, b.data) {
			out = append(out, rel)
		}
	}
	return out
}

// TestSkipUpToDate renders a directory again and again: a PDF is made again
// only when its case file's bytes or a template changed, or when forced.
func TestSkipUpToDate(t *testing.T) {
	dir := t.TempDir()
	cases, out, tdir := filepath.Join(dir, "cases"), filepath.Join(dir, "out"), filepath.Join(dir, "tmpl")
	writeTree(t, cases, map[string][]byte{
		"a.yaml": variant(t, "a"), "b.yaml": variant(t, "b"), "sub/c.yaml": variant(t, "c"),
	})
	writeTree(t, tdir, map[string][]byte{"court.tmpl": readFile(t, "../../templates/tmpl/court.tmpl")})
	all := []string{"a.pdf", "b.pdf", "sub/c.pdf"}
	steps := []struct {
		name    string
		change  func(t *testing.T)
		flags   []string
		summary string
		want    []string // the PDFs written again
	}{
		{"first", nil, nil, "3 rendered, 0 unchanged", all},
		{"again", nil, nil, "0 rendered, 3 unchanged", nil},
		{"touched", touch(filepath.Join(cases, "a.yaml")), nil, "0 rendered, 3 unchanged", nil},
		{"one edited", appendTo(filepath.Join(cases, "b.yaml"), "# edited\n"), nil, "1 rendered, 2 unchanged", []string{"b.pdf"}},
		{"forced", nil, []string{"--force"}, "3 rendered, 0 unchanged", all},
		{"same templates copied", nil, []string{"--templates", tdir}, "0 rendered, 3 unchanged", nil},
		{"template edited", appendTo(filepath.Join(tdir, "court.tmpl"), "{{/* edited */}}"),
			[]string{"--templates", tdir}, "3 rendered, 0 unchanged", all},
		{"edited template again", nil, []string{"--templates", tdir}, "0 rendered, 3 unchanged", nil},
	}
	for _, st := range steps {
		before := takeSnapshot(t, out)
		if st.change != nil {
			st.change(t)
		}
		args := append([]string{"render", "-o", out, cases}, st.flags...)
		code, _, stderr := runApp(args...)
		if code != exitOK || !strings.Contains(stderr, st.summary+", 0 failed in ") {
			t.Fatalf("%s: exit status %d, want 0 and %q:\n%s", st.name, code, st.summary, stderr)
		}
		got := rewritten(t, before, takeSnapshot(t, out))
		if strings.Join(slices.Sorted(slices.Values(got)), " ") != strings.Join(st.want, " ") {
			t.Errorf("%s: written again %q, want %q", st.name, got, st.want)
		}
	}
}

// touch returns a change that moves a file's times on, leaving its bytes.
func touch(path string) func(*testing.T) {
	return func(t *testing.T) {
		later := time.Now().Add(time.Hour)
		if err := os.Chtimes(path, later, later); err != nil {
			t.Fatal(err)
		}
	}
}

// appendTo returns a change that appends text to a file.
func appendTo(path, text string) func(*testing.T) {
	return func(t *testing.T) {
		writeFile(t, path, append(readFile(t, path), text...))
	}
}
