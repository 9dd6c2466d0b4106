package main

import (
	"bytes"
	"os"
	"path/filepath"
	"pleadgen/cases"
	"strings"
	"testing"

	"pleadgen/render"
)

// TestCaseDigest checks that a case's digest changes with its bytes and
// with what the run shares, and with nothing else.
func TestCaseDigest(t *testing.T) {
	data := readFile(t, goodPath)
	base := runDigest("templates-1")
	input := func(data []byte) *cases.Input { return cases.ReadBytes("case.yaml", data, cases.Options{}) }
	d := caseDigest(base, input(data))
	if len(d) != 64 || strings.Trim(d, "0123456789abcdef") != "" {
		t.Fatalf("digest %q is not 64 lower-case hex digits", d)
	}
	tests := []struct {
		name string
		got  string
		same bool
	}{
		{"again", caseDigest(runDigest("templates-1"), input(bytes.Clone(data))), true},
		{"other bytes", caseDigest(base, input(append(bytes.Clone(data), ' '))), false},
		{"other templates", caseDigest(runDigest("templates-2"), input(data)), false},
		{"read from elsewhere", caseDigest(base, cases.ReadBytes("other/dir/case.yaml", data, cases.Options{})), true},
	}
	for _, tt := range tests {
		if (tt.got == d) != tt.same {
			t.Errorf("%s: digest %s, first %s; want same=%v", tt.name, tt.got, d, tt.same)
		}
	}
	if v := programVersion(); !strings.HasPrefix(v, version) {
		t.Errorf("programVersion() = %q, want it to start with %q", v, version)
	}
}

// TestDigestIgnoresPath renders one case file under two names: the PDF
// records the same digest, so that moving a case does not make it stale.
func TestDigestIgnoresPath(t *testing.T) {
	dir := t.TempDir()
	data := readFile(t, goodPath)
	for _, name := range []string{"a.yaml", "b.yaml"} {
		writeFile(t, filepath.Join(dir, name), data)
	}
	if code, _, stderr := runApp("render", dir); code != exitOK {
		t.Fatalf("exit status %d\n%s", code, stderr)
	}
	a, b := readFile(t, filepath.Join(dir, "a.pdf")), readFile(t, filepath.Join(dir, "b.pdf"))
	if !bytes.Equal(a, b) {
		t.Error("the same case file under two names gave two PDFs")
	}
}

// BenchmarkUnchanged measures the check of an up-to-date case: read the
// case file, hash it, read the end of the PDF.
func BenchmarkUnchanged(b *testing.B) {
	dir := b.TempDir()
	src, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
	data, err := os.ReadFile(examplePath)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(src, data, 0o644); err != nil {
		b.Fatal(err)
	}
	p, err := newPipeline("")
	if err != nil {
		b.Fatal(err)
	}
	bt := &batch{pipe: p, workers: 1}
	if o, _, err := bt.make(job{src: src, out: out}, new(render.Renderer), new([]string)); o != rendered {
		b.Fatalf("first run: %v, %v", o, err)
	}
	for b.Loop() {
		if o, _, err := bt.make(job{src: src, out: out}, new(render.Renderer), new([]string)); o != unchanged {
			b.Fatalf("%v, %v", o, err)
		}
	}
}
