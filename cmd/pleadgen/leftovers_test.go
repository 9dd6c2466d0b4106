package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// newPDF is what the tests write over an earlier output.
const newPDF = "%PDF-1.4 new\n%%EOF\n"

// TestRemoveLeftovers fills a directory with files named like pleadgen's
// temporary files and others, old and new, then removes the leftovers:
// only the old regular files of pleadgen's own naming go.
func TestRemoveLeftovers(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		kind string // "file", "dir" or "link"
		age  time.Duration
		kept bool
	}{
		{".a.pdf.1234567.tmp", "file", 2 * time.Hour, false},
		{".b c.pdf.42.tmp", "file", 30 * 24 * time.Hour, false},
		{".a.pdf.7654321.tmp", "file", time.Minute, true},            // a render under way
		{".a.pdf.99.tmp", "file", 59 * time.Minute, true},            // not old enough
		{"a.pdf.1234.tmp", "file", 2 * time.Hour, true},              // not hidden
		{".a.pdf.12ab.tmp", "file", 2 * time.Hour, true},             // not a number
		{".a.pdf.12345678901.tmp", "file", 2 * time.Hour, true},      // more digits than a uint32
		{".a.txt.1234.tmp", "file", 2 * time.Hour, true},             // not a PDF's, in the old naming
		{".out.PDF.pleadgen-1234.tmp", "file", 2 * time.Hour, false}, // any output name
		{".out.pleadgen-1234.tmp", "file", 2 * time.Hour, false},
		{".out.pleadgen-.tmp", "file", 2 * time.Hour, true},          // no number
		{".pleadgen-1234.tmp", "file", 2 * time.Hour, true},          // no name
		{".a.pdf.tmp", "file", 2 * time.Hour, true},                  // no number
		{".pdf.1234.tmp", "file", 2 * time.Hour, true},               // no name
		{".editor.swp", "file", 2 * time.Hour, true},                 // someone else's
		{".d.pdf.1234.tmp", "dir", 2 * time.Hour, true},              // a directory
		{".l.pdf.1234.tmp", "link", 2 * time.Hour, true},             // a link
		{"x.pdf", "file", 2 * time.Hour, true},                       // a PDF
		{".a.pdf.1234.tmp.bak", "file", 2 * time.Hour, true},         // a copy
		{".a.pdf.1234.tmp", "file", staleAfter + time.Second, false}, // just old enough
	}
	dir := t.TempDir()
	target := filepath.Join(t.TempDir(), "target")
	writeFile(t, target, nil)
	var want []string
	for _, tt := range tests {
		path := filepath.Join(dir, tt.name)
		switch tt.kind {
		case "file":
			writeFile(t, path, []byte("%PDF-partial"))
		case "dir":
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		case "link":
			if err := os.Symlink(target, path); err != nil {
				t.Fatal(err)
			}
		}
		if tt.kind != "link" {
			if err := os.Chtimes(path, now.Add(-tt.age), now.Add(-tt.age)); err != nil {
				t.Fatal(err)
			}
		}
		if tt.kept {
			want = append(want, tt.name)
		}
	}
	if err := os.Chtimes(target, now.Add(-2*time.Hour), now.Add(-2*time.Hour)); err != nil {
		t.Fatal(err)
	}
	removeLeftovers(dir, now)
	assertDirHolds(t, dir, want...)
	if _, err := os.Stat(target); err != nil {
		t.Errorf("a link's target was removed: %v", err)
	}
}

// TestWritePDFRemovesLeftovers writes a PDF into a directory that holds a
// leftover of a killed run and a fresh temporary file of a run under way:
// the leftover goes, the fresh one stays, and so does the link whose
// target's directory got the PDF.
func TestWritePDFRemovesLeftovers(t *testing.T) {
	dir := t.TempDir()
	old, fresh := filepath.Join(dir, ".out.pdf.111.tmp"), filepath.Join(dir, ".out.pdf.222.tmp")
	writeFile(t, old, []byte("%PDF-killed"))
	writeFile(t, fresh, []byte("%PDF-under way"))
	then := time.Now().Add(-3 * time.Hour)
	if err := os.Chtimes(old, then, then); err != nil {
		t.Fatal(err)
	}
	if err := writePDF(filepath.Join(dir, "out.pdf"), []byte(newPDF)); err != nil {
		t.Fatal(err)
	}
	assertDirHolds(t, dir, ".out.pdf.222.tmp", "out.pdf")
}
