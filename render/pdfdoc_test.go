package render

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"

	"pleadgen/pdffile"
	"pleadgen/render/markup"
)

// TestOutlineTree writes bookmarks of several levels and reads the tree
// back from the objects: each entry's parent is the last entry one level
// up, siblings link both ways, and the counts are the descendants.
func TestOutlineTree(t *testing.T) {
	levels := []int{0, 1, 1, 0, 1, 2, 2, 0}
	wantParent := []int{-1, 0, 0, -1, 3, 4, 4, -1}
	wantCount := []int{2, 0, 0, 3, 2, 0, 0, 0}
	var z pdffile.Deflater
	d := newPDFDoc(&z)
	d.startPage(612, 792)
	for i, l := range levels {
		d.bookmark("Entry "+strconv.Itoa(i)+" (é)", l, float64(100+10*i))
	}
	b, err := d.bytes(markup.Meta{Title: "T"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := pdffile.Parse(b)
	if err != nil {
		t.Fatalf("not a whole PDF: %v", err)
	}
	first := 3 + 2*len(d.pages) + 3*len(d.used) // as bytes numbers them
	root := first + len(levels)
	ref := regexp.MustCompile(`/(Parent|Count) (\d+)`)
	for i := range levels {
		obj, ok := f.Object(first + i)
		if !ok {
			t.Fatalf("entry %d: no object %d", i, first+i)
		}
		got := map[string]int{"Count": 0}
		for _, m := range ref.FindAllSubmatch(obj, -1) {
			got[string(m[1])], _ = strconv.Atoi(string(m[2]))
		}
		wantP := root
		if wantParent[i] >= 0 {
			wantP = first + wantParent[i]
		}
		if got["Parent"] != wantP || got["Count"] != wantCount[i] {
			t.Errorf("entry %d: parent %d count %d, want %d and %d\n%s", i, got["Parent"], got["Count"], wantP, wantCount[i], obj)
		}
	}
}

func TestPDFStrings(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain (1) \\ x", `(Plain \(1\) \\ x)`},
		{"é", "(\xfe\xff\x00\xe9)"},
		{"a)", `(a\))`},
		{"“q”", "(\xfe\xff\x20\x1c\x00q\x20\x1d)"},
	}
	for _, tt := range tests {
		if got := pdfString(tt.in); got != tt.want {
			t.Errorf("pdfString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInfoRecordsTheDigest: the information dictionary is one pdffile
// reads the digest from.
func TestInfoRecordsTheDigest(t *testing.T) {
	var z pdffile.Deflater
	d := newPDFDoc(&z)
	d.startPage(612, 792)
	b, err := d.bytes(markup.Meta{Title: "Title (with parens) — and a dash", Author: "A. Author", Case: "1:23", Digest: "0123abcd", Date: "2021-07-14"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := pdffile.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pdffile.Digest(bytes.NewReader(b), int64(len(b)))
	if err != nil || got != "0123abcd" {
		t.Errorf("digest %q, %v", got, err)
	}
	if info, _ := f.Object(f.Info()); !regexp.MustCompile(`/CreationDate \(D:20210714000000\)`).Match(info) {
		t.Errorf("information without the document's date:\n%s", info)
	}
}
