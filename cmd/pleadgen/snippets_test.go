package main

import (
	"bytes"
	"path/filepath"
	"testing"
)

// A problem line gets its source line and a caret under its column; a
// tab before the column stays a tab, so that the caret stands under the
// character whatever the terminal's tab width; other lines pass as they
// are.
func TestSnippets(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "case.yaml")
	writeFile(t, file, []byte("judge:\n  name: Donna Ryu\n\tinitials: DMR\n  place: Oakland: Courtroom 4\n  title: Ms. Ryü: x\n"))
	var out bytes.Buffer
	w := &snippetWriter{w: &out, files: map[string][]string{}}
	w.Write([]byte(file + ":4:17: a value cannot hold \": \" unquoted\n" +
		file + ":3:1: a tab indents this line\n" +
		file + ":5:17: after a wide letter\n" +
		"rendered case.yaml → case.pdf (4 ms)\n" +
		file + ":99:1: past the end\n"))
	want := file + ":4:17: a value cannot hold \": \" unquoted\n" +
		"      place: Oakland: Courtroom 4\n" +
		"                    ^\n" +
		file + ":3:1: a tab indents this line\n" +
		"    \tinitials: DMR\n" +
		"    ^\n" +
		file + ":5:17: after a wide letter\n" +
		"      title: Ms. Ryü: x\n" +
		"                    ^\n" +
		"rendered case.yaml → case.pdf (4 ms)\n" +
		file + ":99:1: past the end\n"
	if out.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", out.String(), want)
	}
}
