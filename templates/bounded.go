package templates

import (
	"fmt"
	"strings"
	"text/template"
)

// maxItems and maxRepeat bound what one call of a generating function may
// make, so that no template can exhaust memory in a single call.
const (
	maxItems  = 100000
	maxRepeat = 1 << 20
)

// boundedFuncs replaces sprig's generators with versions that refuse to
// make more than maxItems numbers or maxRepeat bytes.
func boundedFuncs() template.FuncMap {
	return template.FuncMap{
		"until": func(n int) ([]int, error) {
			return rangeOf(0, n, 1)
		},
		"untilStep": func(start, stop, step int) ([]int, error) {
			return rangeOf(start, stop, step)
		},
		"repeat": func(count int, s string) (string, error) {
			if count < 0 || count > maxRepeat/max(len(s), 1) {
				return "", fmt.Errorf("repeat: %d copies of %d bytes is more than %d bytes", count, len(s), maxRepeat)
			}
			return strings.Repeat(s, count), nil
		},
	}
}

// rangeOf returns start, start+step, … up to stop (exclusive), as
// sprig's until and untilStep do, counting down when step is negative.
func rangeOf(start, stop, step int) ([]int, error) {
	if step == 0 || (stop-start)/step < 0 {
		return []int{}, nil
	}
	n := (stop - start + step - sign(step)) / step
	if n > maxItems {
		return nil, fmt.Errorf("a range of %d numbers is more than %d", n, maxItems)
	}
	out := make([]int, 0, n)
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, i)
	}
	return out, nil
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}
