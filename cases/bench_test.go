package cases

import (
	"os"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Parse("aclu.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
