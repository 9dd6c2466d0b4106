package main

import (
	"context"
	"os"
	"runtime/debug"
	"sync"
)

// A batch's memory is bounded by what its cases under way need, not by
// the size of its inputs: each case reserves, before it is read, what a
// case file of its size holds at its peak, from a budget that grows with
// the cases rendered at once; one too big for the budget waits until it
// has the budget to itself. The collector is then told the same bound, so
// that it works harder near it instead of letting the heap grow fivefold.
const (
	// caseAllowance is the memory allowed a case under way: a statement
	// needs under 10 MB; the largest case file accepted (10 MB of prose,
	// refused at 2000 pages) about 100 MB live.
	caseAllowance = 80 << 20
	// minMemory is the least memory a run is allowed, enough for the
	// largest case file alone.
	minMemory = 160 << 20
	// liveShare is the part of the allowed memory the cases' reservations
	// may take; the rest is room for the collector.
	liveShare = 0.6
	// caseBase and caseFactor estimate the live memory of a case from its
	// file's size: measured, about 11 bytes of heap a byte of prose.
	caseBase   = 4 << 20
	caseFactor = 12
)

// gcFloor is the least the collector lets the heap grow to, and
// gcHeadroom how far above the live memory the cases under way have
// reserved: the collector's limit follows the cases under way, so that a
// batch of statements stays in some fifty megabytes and a 2,000-page case
// in under a hundred, where a fixed limit fit for the largest case would
// let either grow to it.
const (
	gcFloor    = 48 << 20
	gcHeadroom = 4.0 / 3
)

// collectorLimit is the collector's limit while reserved bytes are
// reserved, for a run allowed memory bytes.
func collectorLimit(reserved, memory int64) int64 {
	return min(memory, max(gcFloor, int64(float64(reserved)*gcHeadroom)))
}

// memoryFor is the memory a run rendering active cases at once may use.
func memoryFor(active int) int64 {
	return max(minMemory, int64(active)*caseAllowance)
}

// limitMemory tells the collector the memory a run may use, unless the
// environment's GOMEMLIMIT says otherwise.
func limitMemory(bytes int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(bytes)
	}
}

// memBudget is a batch's reservations of live memory: first come, first
// served, so that a big case waiting for room is not passed for ever.
type memBudget struct {
	mu       sync.Mutex
	capacity int64
	free     int64
	queue    []*memWaiter
	peak     int64 // the most reserved at once
	most     int   // the most cases holding reservations at once
	holders  int
	// reserved, when not nil, hears of the bytes reserved each time they
	// change, under the budget's lock.
	reserved func(int64)
}

// memWaiter is a case waiting for room.
type memWaiter struct {
	need  int64
	ready chan struct{}
}

// newMemBudget makes the budget of a run allowed memory bytes.
func newMemBudget(memory int64) *memBudget {
	c := int64(float64(memory) * liveShare)
	return &memBudget{capacity: c, free: c}
}

// weigh is what the case file at path reserves: its estimate, at most the
// whole budget. A file that cannot be read reserves little; reading it
// fails at once.
func (m *memBudget) weigh(path string) int64 {
	need := int64(caseBase)
	if st, err := os.Stat(path); err == nil {
		need += caseFactor * st.Size()
	}
	return min(need, m.capacity)
}

// acquire reserves n bytes, waiting for room in turn, and fails when ctx
// is done first.
func (m *memBudget) acquire(ctx context.Context, n int64) error {
	m.mu.Lock()
	if len(m.queue) == 0 && m.free >= n {
		m.take(n)
		m.mu.Unlock()
		return nil
	}
	w := &memWaiter{need: n, ready: make(chan struct{})}
	m.queue = append(m.queue, w)
	m.mu.Unlock()
	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		m.mu.Lock()
		defer m.mu.Unlock()
		select {
		case <-w.ready: // granted meanwhile: give it back
			m.give(n)
		default:
			m.drop(w)
		}
		return ctx.Err()
	}
}

// release returns n bytes and lets waiting cases in, in turn.
func (m *memBudget) release(n int64) {
	m.mu.Lock()
	m.give(n)
	m.mu.Unlock()
}

// take reserves n bytes, which there is room for.
func (m *memBudget) take(n int64) {
	m.free -= n
	m.holders++
	m.peak = max(m.peak, m.capacity-m.free)
	m.most = max(m.most, m.holders)
	m.tell()
}

// tell reports the bytes reserved.
func (m *memBudget) tell() {
	if m.reserved != nil {
		m.reserved(m.capacity - m.free)
	}
}

// give returns n bytes and lets waiting cases in, in turn.
func (m *memBudget) give(n int64) {
	m.free += n
	m.holders--
	m.tell()
	m.grant()
}

// grant lets in the cases at the head of the queue that have room.
func (m *memBudget) grant() {
	for len(m.queue) > 0 && m.queue[0].need <= m.free {
		w := m.queue[0]
		m.queue = m.queue[1:]
		m.take(w.need)
		close(w.ready)
	}
}

// drop takes a waiter that gave up out of the queue, and lets in those
// behind it that now have room.
func (m *memBudget) drop(w *memWaiter) {
	for i, q := range m.queue {
		if q == w {
			m.queue = append(m.queue[:i], m.queue[i+1:]...)
			break
		}
	}
	m.grant()
}
