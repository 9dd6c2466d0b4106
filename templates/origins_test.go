package templates

import (
	"os"
	"testing"

	"pleadgen/cases"
)

// Run records, for every value the escaper for text printed, the bytes of
// the markup that hold it and, for the case file's prose, where the file
// writes it.
func TestRunRecordsOrigins(t *testing.T) {
	data, err := os.ReadFile("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, _, err := cases.Parse("x.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Run(c)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]cases.Pos{}
	for _, tp := range c.Filing.Topics {
		for _, p := range tp.Positions {
			texts[p.Text] = p.Pos
		}
	}
	last, found := 0, 0
	for _, o := range out.Origins {
		if o.Start < last || o.End > len(out.Markup) || o.Start > o.End {
			t.Fatalf("origin %d–%d out of order or bounds (last %d, markup %d)", o.Start, o.End, last, len(out.Markup))
		}
		last = o.End
		if want, ok := texts[o.Text]; ok {
			found++
			if o.At != want {
				t.Errorf("text %.30q recorded at %v, want %v", o.Text, o.At, want)
			}
			if out.Markup[o.Start:o.End] != guardDirectives(o.Text) {
				t.Errorf("the markup at %d–%d is %.30q, not the text %.30q", o.Start, o.End, out.Markup[o.Start:o.End], o.Text)
			}
		}
	}
	if found != len(texts) {
		t.Errorf("%d of the %d topic texts recorded", found, len(texts))
	}
}
