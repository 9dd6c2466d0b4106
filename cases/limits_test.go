package cases

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestParseTooLarge(t *testing.T) {
	data := bytes.Repeat([]byte("# padding\n"), maxSize/10+1)
	_, _, err := Parse("big.yaml", data)
	if err == nil || err.Error() != "big.yaml:1:1: case file is larger than 10 MB" {
		t.Errorf("error = %v", err)
	}
}

func TestParseTooDeep(t *testing.T) {
	deep := strings.Repeat("[", 70) + strings.Repeat("]", 70)
	_, _, err := Parse("case.yaml", []byte(base+"x: "+deep+"\n"))
	want := strings.Join([]string{
		`case.yaml:17:1: x: unknown key "x" (known keys: court, division, county, number, judge, paper, referral, plaintiffs, defendants, third_party_defendants, intervenors, counsel, filing)`,
		`case.yaml:17:67: nesting deeper than 64 levels`,
	}, "\n")
	if err == nil || err.Error() != want {
		t.Errorf("errors:\n%v\nwant:\n%s", err, want)
	}
}

// TestParseAliasBomb checks that aliases reused many times stop decoding at
// the node limit instead of expanding without end.
func TestParseAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("    files: true\n")
	b.WriteString("    address: &a [" + strings.Repeat("line, ", 999) + "line]\n")
	b.WriteString("  - &c {name: X, for: defendants, address: *a}\n")
	for range 200 {
		b.WriteString("  - *c\n")
	}
	_, _, err := Parse("case.yaml", []byte(edit("    files: true\n", b.String())))
	errs, ok := err.(Errors)
	if !ok || len(errs) != 1 {
		t.Fatalf("errors = %v, want one", err)
	}
	if got := errs[0].Message; got != "too many aliases or nodes (limit 100000)" {
		t.Errorf("message = %q", got)
	}
}

func TestParseTooManyErrors(t *testing.T) {
	var b strings.Builder
	for i := range 1500 {
		fmt.Fprintf(&b, "x%d: 1\n", i)
	}
	_, _, err := Parse("case.yaml", []byte(b.String()))
	errs, ok := err.(Errors)
	if !ok || len(errs) != maxErrors+1 {
		t.Fatalf("got %d errors, want %d", len(errs), maxErrors+1)
	}
	if got, want := errs[len(errs)-1].String(), "case.yaml:1000:1: too many errors (limit 1000): fix these first"; got != want {
		t.Errorf("last error = %q, want %q", got, want)
	}
}
