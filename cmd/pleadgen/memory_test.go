package main

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"
)

// The budget grows with the cases rendered at once, never below what the
// largest case file needs alone.
func TestMemoryFor(t *testing.T) {
	for _, tt := range []struct {
		active int
		want   int64
	}{{1, minMemory}, {2, minMemory}, {3, 3 * caseAllowance}, {8, 8 * caseAllowance}} {
		if got := memoryFor(tt.active); got != tt.want {
			t.Errorf("memoryFor(%d) = %d MB, want %d MB", tt.active, got>>20, tt.want>>20)
		}
	}
}

// A case reserves by its file's size, and never more than the budget, so
// that one too big waits for the budget to itself instead of for ever.
func TestMemBudgetWeigh(t *testing.T) {
	dir := t.TempDir()
	small, big := filepath.Join(dir, "small.yaml"), filepath.Join(dir, "big.yaml")
	writeFile(t, small, make([]byte, 1000))
	writeFile(t, big, make([]byte, 8<<20))
	m := newMemBudget(minMemory)
	for _, tt := range []struct {
		path string
		want int64
	}{
		{small, caseBase + caseFactor*1000},
		{big, m.capacity},
		{filepath.Join(dir, "missing.yaml"), caseBase},
	} {
		if got := m.weigh(tt.path); got != tt.want {
			t.Errorf("weigh(%s) = %d, want %d", filepath.Base(tt.path), got, tt.want)
		}
	}
}

// Reservations never pass the capacity, are granted first come first
// served, and a waiter that gives up lets those behind it in.
func TestMemBudgetOrderAndBound(t *testing.T) {
	m := &memBudget{capacity: 10, free: 10}
	ctx := context.Background()
	if err := m.acquire(ctx, 8); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	enqueue := func(name string, n int64, ctx context.Context) {
		wg.Go(func() {
			if m.acquire(ctx, n) == nil {
				mu.Lock()
				order = append(order, name)
				mu.Unlock()
			}
		})
		waitFor(t, name+" to queue", func() bool {
			m.mu.Lock()
			defer m.mu.Unlock()
			return len(m.queue) > 0 && m.queue[len(m.queue)-1].need == n
		})
	}
	quit, cancel := context.WithCancel(ctx)
	enqueue("big", 9, quit)   // waits for 9
	enqueue("small", 2, ctx)  // would fit now, but waits its turn
	enqueue("medium", 5, ctx) // waits behind small
	cancel()                  // big gives up: small goes in; medium still waits for room
	waitFor(t, "small to get in", func() bool { mu.Lock(); defer mu.Unlock(); return len(order) == 1 })
	m.release(8)
	wg.Wait()
	if fmt.Sprint(order) != "[small medium]" {
		t.Errorf("granted in the order %v, want [small medium]", order)
	}
	if m.peak > m.capacity {
		t.Errorf("reserved %d at once, past the capacity %d", m.peak, m.capacity)
	}
}

// A batch whose budget holds one case at a time renders its cases one at
// a time, whatever -j says, and tells the collector its bound.
func TestBatchKeepsToItsMemory(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range 5 {
		files[fmt.Sprintf("c%d.yaml", i)] = variant(t, fmt.Sprint(i))
	}
	writeTree(t, dir, files)
	ins := inputsOf([]string{dir})
	jobs, _, err := plan(ins, "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPipeline("")
	if err != nil {
		t.Fatal(err)
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	one := int64(float64(caseBase+caseFactor*int64(len(files["c0.yaml"]))) / liveShare * 1.5)
	b := &batch{pipe: p, workers: 4, memory: one}
	tl := b.run(context.Background(), jobs, &lines{w: new(syncBuffer), quiet: true})
	if tl.rendered != 5 {
		t.Fatalf("rendered %d of 5", tl.rendered)
	}
	if b.mem.most != 1 || b.mem.peak > b.mem.capacity {
		t.Errorf("%d cases held memory at once (%d of %d bytes); want 1", b.mem.most, b.mem.peak, b.mem.capacity)
	}
	if got := debug.SetMemoryLimit(-1); got != one {
		t.Errorf("the collector's limit is %d, want the batch's %d", got, one)
	}
}

// The collector's limit follows what the cases under way reserve, with
// room above it, between a floor and the run's memory.
func TestCollectorLimit(t *testing.T) {
	tests := []struct {
		reserved, memory, want int64
	}{
		{0, 160 << 20, gcFloor},
		{8 << 20, 160 << 20, gcFloor},             // two statements under way
		{60 << 20, 160 << 20, 80 << 20},           // a 2,000-page case
		{150 << 20, 160 << 20, 160 << 20},         // the largest case: the run's memory
		{0, 10 << 20, 10 << 20},                   // a run allowed less than the floor
		{120 << 20, 1 << 30, (120 << 20) * 4 / 3}, // many workers
	}
	for _, tt := range tests {
		if got := collectorLimit(tt.reserved, tt.memory); got != tt.want {
			t.Errorf("collectorLimit(%d MB, %d MB) = %d MB, want %d MB", tt.reserved>>20, tt.memory>>20, got>>20, tt.want>>20)
		}
	}
}
