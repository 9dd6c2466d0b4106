package cases

import (
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestPrescanCounts(t *testing.T) {
	tests := []struct {
		name, src string
		limit     int
		want      int // offset, or −1
	}{
		{"a flow list over the limit (the key counts two)", "a: [x, x, x, x]\n", 3, 5},
		{"a flow list within it", "a: [x, x, x]\n", 5, -1},
		{"commas in quotes", "a: [\"x, y, z\", 'p, q']\n", 4, -1},
		{"block items", "a:\n  - x\n  - y\n  - z\n", 3, 11},
		{"a block scalar's text", "a: |\n  - x, [y, z]\n  - q: r\n  k: v\nb: 1\n", 4, -1},
		{"comments", "# - x\n# [a, b, c]\na: 1 # [x, y]\n", 2, -1},
		{"plain commas", "a: Smith, Jones, and Doe\n", 2, -1},
	}
	for _, tt := range tests {
		if got := prescan([]byte(tt.src), tt.limit); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

// The prescan never refuses what the decoder accepts: every test case file
// and example counts far below the limit, and at most as many nodes as the
// decoder visits.
func TestPrescanBelowTheDecoder(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.yaml")
	more, _ := filepath.Glob("testdata/*.yaml")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := scanner{limit: 1 << 30}
		for _, l := range strings.SplitAfter(string(data), "\n") {
			s.line([]byte(strings.TrimSuffix(l, "\n")), 0)
		}
		d := newDecoder(f)
		if root := d.parseYAML(data); root != nil {
			d.decodeValue(reflect.ValueOf(&Case{}).Elem(), root, "")
		}
		if s.count > d.nodes {
			t.Errorf("%s: prescan counts %d, the decoder visits %d", f, s.count, d.nodes)
		}
	}
}

// A flow list of millions of items is refused before the parser builds it:
// quickly, and without the memory the tree would take.
func TestPrescanRefusesAHugeList(t *testing.T) {
	src := "number: [" + strings.Repeat("x,", 4_000_000) + "x]\n"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, _, err := Parse("case.yaml", []byte(src))
	runtime.ReadMemStats(&after)
	want := "case.yaml:1:200005: too many nodes (limit 100000): a case file holds far fewer"
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 64<<20 {
		t.Errorf("refusing it allocated %d MB", grown>>20)
	}
}
