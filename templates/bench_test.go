package templates

import (
	"testing"

	"pleadgen/cases"
)

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExecute(b *testing.B) {
	c, _, err := cases.Load("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		b.Fatal(err)
	}
	set, err := Load(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := set.Execute(c); err != nil {
			b.Fatal(err)
		}
	}
}
