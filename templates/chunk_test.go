package templates

import (
	"math"
	"reflect"
	"testing"
)

// TestChunkSizes chunks a list by sizes from one to the largest int: no
// size too large for the list fails, and every item is kept once, in order.
func TestChunkSizes(t *testing.T) {
	list := []any{1, 2, 3}
	tests := []struct {
		size int
		want [][]any
	}{
		{1, [][]any{{1}, {2}, {3}}},
		{2, [][]any{{1, 2}, {3}}},
		{3, [][]any{{1, 2, 3}}},
		{math.MaxInt, [][]any{{1, 2, 3}}},
	}
	for _, tt := range tests {
		got, err := chunk(tt.size, list)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("chunk(%d) = %v, %v; want %v", tt.size, got, err, tt.want)
		}
	}
	if got, err := chunk(math.MaxInt, []any{}); err != nil || len(got) != 0 {
		t.Errorf("chunk of nothing = %v, %v", got, err)
	}
}
