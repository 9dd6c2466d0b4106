package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hostile is one hostile case file and what must become of it: rendered
// (want == "") or refused with exactly the messages in want.
type hostile struct {
	name string
	file string // the whole case file
	want []string
}

// withText returns the good case file with a "motions" topic holding text
// as a literal block; the text's first line is line 38 of the file, at
// column 7.
func withText(t *testing.T, text string) string {
	t.Helper()
	base, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	return string(base) + "    motions: |\n      " + strings.Join(lines, "\n      ") + "\n"
}

// TestHostileInputs renders hostile case files over an earlier good PDF:
// each is rendered or refused with its positioned error, the refused ones
// never touch the earlier PDF, and nothing panics.
func TestHostileInputs(t *testing.T) {
	for _, h := range hostileCases(t) {
		t.Run(h.name, func(t *testing.T) {
			dir := t.TempDir()
			src, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
			if err := os.WriteFile(src, []byte(h.file), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(out, []byte("%PDF-earlier"), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runApp("render", "--force", "-q", src, "-o", out)
			checkHostile(t, h, code, strings.ReplaceAll(stderr, dir+"/", ""), out)
		})
	}
}

func checkHostile(t *testing.T, h hostile, code int, stderr, out string) {
	t.Helper()
	pdf, _ := os.ReadFile(out)
	if len(h.want) == 0 {
		if code != 0 || !strings.HasPrefix(string(pdf), "%PDF-1.") {
			t.Fatalf("exit %d, want a new PDF; stderr:\n%s", code, stderr)
		}
		return
	}
	if code != 1 || string(pdf) != "%PDF-earlier" {
		t.Fatalf("exit %d and the earlier PDF %s; stderr:\n%s", code, map[bool]string{true: "kept", false: "changed"}[string(pdf) == "%PDF-earlier"], stderr)
	}
	for _, w := range h.want {
		if !strings.Contains(stderr, w+"\n") {
			t.Errorf("stderr lacks %q:\n%s", w, stderr)
		}
	}
}

// TestTextInAFootnoteForgesNoMetadata: a document block written in a
// footnote's definition of a topic's text is printed as text; the PDF's
// title stays the filing's.
func TestTextInAFootnoteForgesNoMetadata(t *testing.T) {
	dir := t.TempDir()
	src, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	text := withText(t, "text[^n]\n\n[^n]: ::: document\n    title: FORGED\n    :::\n\n    See docket.")
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runApp("render", "-q", src, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdf, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(pdf), "/Title (FORGED") || !strings.Contains(string(pdf), "/Title (") {
		t.Errorf("the PDF's title is not the filing's")
	}
}
