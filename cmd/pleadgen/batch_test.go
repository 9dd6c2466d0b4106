package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"pleadgen/pdffile"
)

// TestBatchWithBrokenCase renders a directory tree holding good cases, two
// of the same name in different directories, one broken case and files
// that are not cases: the good ones go to their relative paths under -o,
// the broken one is reported at its position, the summary counts all.
func TestBatchWithBrokenCase(t *testing.T) {
	dir := t.TempDir()
	cases := filepath.Join(dir, "cases")
	good := map[string][]byte{
		"a.yaml":     variant(t, "a"),
		"one/x.yaml": variant(t, "one"),
		"two/x.yml":  variant(t, "two"),
	}
	writeTree(t, cases, good)
	writeTree(t, cases, map[string][]byte{
		"broken.yaml":     readFile(t, "testdata/bad/syntax.yaml"),
		"notes.txt":       []byte("not a case"),
		".hidden/h.yaml":  variant(t, "hidden"),
		"one/.x.yaml.swp": []byte("an editor's"),
	})
	out := filepath.Join(dir, "out")

	code, stdout, stderr := runApp("render", "-j", "3", "-o", out, cases)
	if code != exitBad || stdout != "" {
		t.Errorf("exit status %d, stdout %q; want 1 and nothing", code, stdout)
	}
	broken := filepath.Join(cases, "broken.yaml") + ":17:14: the [ opened here is not closed with ] on its line"
	for _, want := range []string{broken, "3 rendered, 0 unchanged, 1 failed in "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	wantFiles := []string{"a.pdf", "one/x.pdf", "two/x.pdf"}
	if got := files(t, out); !slices.Equal(got, wantFiles) {
		t.Fatalf("output holds %q, want %q", got, wantFiles)
	}
	for rel, data := range good {
		src := filepath.Join(cases, rel)
		pdf := filepath.Join(out, pdfPath(rel))
		if !strings.Contains(stderr, "rendered "+src+" → "+pdf+" (") {
			t.Errorf("stderr lacks the line for %s:\n%s", src, stderr)
		}
		// The digest tells which case file a PDF was made from.
		if got, _ := pdffile.ReadDigest(pdf); got != expectDigest(t, "", data) {
			t.Errorf("%s was not made from %s", pdf, src)
		}
		if !completePDF(readFile(t, pdf)) {
			t.Errorf("%s is not a whole PDF", pdf)
		}
	}
}

// TestPlan checks where each case file's PDF goes.
func TestPlan(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{
		"a/x.yaml": nil, "b/x.yaml": nil, "a/sub/y.yml": nil,
		"c/z.yaml": nil, "c/z.yml": nil, "a/.h/h.yaml": nil,
	})
	p := func(rel string) string { return filepath.Join(dir, rel) }
	tests := []struct {
		name  string
		paths []string
		out   string
		want  []string // src=out, or src=! when the job is refused
		dups  []string
	}{
		{"one file", []string{p("a/x.yaml")}, "", []string{"a/x.yaml=a/x.pdf"}, nil},
		{"one file, -o", []string{p("a/x.yaml")}, p("o.pdf"), []string{"a/x.yaml=o.pdf"}, nil},
		{"one missing file", []string{p("nope.yaml")}, "", []string{"nope.yaml=nope.pdf"}, nil},
		{"directory beside", []string{p("a")}, "", []string{"a/sub/y.yml=a/sub/y.pdf", "a/x.yaml=a/x.pdf"}, nil},
		{"directory, -o", []string{p("a")}, p("o"), []string{"a/sub/y.yml=o/sub/y.pdf", "a/x.yaml=o/x.pdf"}, nil},
		{"files, -o", []string{p("a/sub/y.yml"), p("c/z.yaml")}, p("o"), []string{"a/sub/y.yml=o/y.pdf", "c/z.yaml=o/z.pdf"}, nil},
		{"same names, -o", []string{p("a/x.yaml"), p("b/x.yaml")}, p("o"), []string{"a/x.yaml=o/a/x.pdf", "b/x.yaml=o/b/x.pdf"}, nil},
		{"same names in directories, -o", []string{p("a"), p("b")}, p("o"),
			[]string{"a/sub/y.yml=o/a/sub/y.pdf", "a/x.yaml=o/a/x.pdf", "b/x.yaml=o/b/x.pdf"}, nil},
		{"same names beside", []string{p("a/x.yaml"), p("b/x.yaml")}, "", []string{"a/x.yaml=a/x.pdf", "b/x.yaml=b/x.pdf"}, nil},
		{"yaml and yml", []string{p("c")}, "", []string{"c/z.yaml=c/z.pdf", "c/z.yml=!"}, nil},
		{"named twice", []string{p("a/x.yaml"), p("a"), p("a/x.yaml")}, "", []string{"a/sub/y.yml=a/sub/y.pdf", "a/x.yaml=a/x.pdf"},
			[]string{p("a/x.yaml"), p("a/x.yaml")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			jobs, dups, err := plan(inputsOf(tt.paths), tt.out)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, j := range jobs {
				src, _ := filepath.Rel(dir, j.src)
				dst, _ := filepath.Rel(dir, j.out)
				if j.err != nil {
					dst = "!"
				}
				got = append(got, filepath.ToSlash(src)+"="+filepath.ToSlash(dst))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("plan = %q, want %q", got, tt.want)
			}
			if !slices.Equal(dups, tt.dups) {
				t.Errorf("named twice: %q, want %q", dups, tt.dups)
			}
		})
	}
}

func TestCommonDir(t *testing.T) {
	tests := []struct {
		paths []string
		want  string
	}{
		{[]string{"/a/b/x.yaml"}, "/a/b"},
		{[]string{"/a/b/x.yaml", "/a/c/x.yaml"}, "/a"},
		{[]string{"/a/b/c/x.yaml", "/a/b/x.yaml"}, "/a/b"},
		{[]string{"/ab/x.yaml", "/a/x.yaml"}, "/"},
		{[]string{"/x.yaml", "/a/b/x.yaml"}, "/"},
	}
	for _, tt := range tests {
		if got := commonDir(tt.paths); got != tt.want {
			t.Errorf("commonDir(%q) = %q, want %q", tt.paths, got, tt.want)
		}
	}
}

// TestRenderUsage checks the command lines that render refuses before
// rendering anything.
func TestRenderUsage(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.pdf")
	writeFile(t, file, []byte("x"))
	empty := filepath.Join(dir, "empty")
	writeTree(t, empty, map[string][]byte{"notes.txt": nil})
	tests := []struct {
		name string
		args []string
		want int
		msg  string
	}{
		{"-o a file with a directory", []string{"render", "-o", file, "testdata/bad"}, exitUsage, "-o names a directory"},
		{"-o a PDF with two files", []string{"render", "-o", filepath.Join(dir, "x.pdf"), goodPath, examplePath}, exitUsage, "-o names a directory"},
		{"-j 0", []string{"render", "-j", "0", goodPath}, exitUsage, "want at least 1"},
		{"no case files", []string{"render", empty}, exitBad, "no case files"},
		{"watch without input", []string{"watch"}, exitUsage, "want at least one case file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runApp(tt.args...)
			if code != tt.want || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit status %d, stderr %q; want %d and %q", code, stderr, tt.want, tt.msg)
			}
		})
	}
	if got := files(t, dir); !slices.Equal(got, []string{"empty/notes.txt", "file.pdf"}) {
		t.Errorf("the directory holds %q", got)
	}
}
