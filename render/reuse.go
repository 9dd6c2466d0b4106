package render

import (
	"crypto/sha256"
	"sync"

	"pleadgen/render/layout"
)

// Reuse keeps what the renders of one document may take again from its
// last good render: the lines of the paragraphs that did not change, and
// the deflated content of the pages that did not change. A writer who
// saves one edit to a long filing has its PDF again in the time the edit
// costs, not the filing. Watch keeps one for each case file it watches.
//
// What is reused is what the same work would make again: lines are kept
// by everything breaking reads, page content by its own bytes' SHA-256.
// A render that fails keeps nothing and leaves the last good render's
// work for the next. A Reuse holds one render's worth: each good
// render's work replaces the last's. Renders sharing a Reuse take turns;
// the zero value is ready.
type Reuse struct {
	mu    sync.Mutex
	lines layout.Lines
	pages pageStreams
}

// LinesReused is how many paragraphs the last render took again, and
// PagesReused how many pages' content: for tests and measurements.
func (u *Reuse) LinesReused() int { return u.lines.Reused() }

// PagesReused is how many pages' deflated content the last render took
// again.
func (u *Reuse) PagesReused() int { return u.pages.hits }

// start begins a render that uses the work kept.
func (u *Reuse) start() {
	u.pages.used, u.pages.hits = make(map[[sha256.Size]byte][]byte, len(u.pages.kept)), 0
}

// settle keeps the render's work for the next when the render was good,
// and drops it otherwise.
func (u *Reuse) settle(good bool) {
	if good {
		u.lines.Keep()
		u.pages.keep()
		return
	}
	u.lines.Forget()
	u.pages.used = nil
}

// pageStreams are pages' deflated contents by the SHA-256 of the content.
type pageStreams struct {
	kept, used map[[sha256.Size]byte][]byte
	hits       int
}

// deflated returns content deflated, taken again when a page of the last
// good render had the same content, or made by flate.
func (s *pageStreams) deflated(content []byte, flate func([]byte) ([]byte, error)) ([]byte, error) {
	sum := sha256.Sum256(content)
	if z, ok := s.used[sum]; ok {
		return z, nil
	}
	if z, ok := s.kept[sum]; ok {
		s.used[sum] = z
		s.hits++
		return z, nil
	}
	z, err := flate(content)
	if err == nil {
		s.used[sum] = z
	}
	return z, err
}

// keep keeps the pages of the render last made for the next.
func (s *pageStreams) keep() {
	if s.used != nil {
		s.kept, s.used = s.used, nil
	}
}
