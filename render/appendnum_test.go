package render

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestAppendNumIsStrconvs compares appendNum with strconv.AppendFloat on
// the numbers a page holds — hundredths, their halves, random positions
// on and off the page — and on the edges: zero, negative zero, halfway
// values, huge, infinite and not-a-number.
func TestAppendNumIsStrconvs(t *testing.T) {
	check := func(v float64) {
		t.Helper()
		if got, want := string(appendNum(nil, v)), strconv.FormatFloat(v, 'f', 2, 64); got != want {
			t.Fatalf("appendNum(%v) = %s, want %s", v, got, want)
		}
	}
	for _, v := range []float64{0, math.Copysign(0, -1), 0.005, 0.015, 0.125, 0.375, 1.005, 2.675, 99.995, 1e13, 1e15, 1e300,
		-0.001, -5, math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, 0.0049999999999} {
		check(v)
	}
	n := 200000
	if raceDetector {
		n = 10000
	}
	for h := range n {
		check(float64(h) / 100)
		check(float64(h)/100 + 0.005)
		check(float64(h) / 1000)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range n {
		check(rng.Float64() * 1000)
		check(rng.NormFloat64() * 100)
		check(math.Float64frombits(rng.Uint64()))
	}
}
