package ttf

import (
	"fmt"
	"sort"
)

// glyphIndex maps characters to glyphs through the font's Unicode cmap
// (platform 3, encoding 1 or 10, or platform 0), format 4 or 12.
type glyphIndex func(r rune) int

// cmap finds the font's Unicode character map.
func (f *font) cmap() (glyphIndex, error) {
	c := f.tables["cmap"]
	if len(c) < 4 {
		return nil, fmt.Errorf("cmap: %w", errShort)
	}
	n := int(be.Uint16(c[2:]))
	best, bestRank := -1, 0
	for i := 0; i < n; i++ {
		if len(c) < 4+8*i+8 {
			return nil, fmt.Errorf("cmap: %w", errShort)
		}
		rec := c[4+8*i:]
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), int(be.Uint32(rec[4:]))
		if off+2 > len(c) {
			continue
		}
		format := be.Uint16(c[off:])
		rank := 0
		switch {
		case format == 12 && (platform == 3 && encoding == 10 || platform == 0):
			rank = 3
		case format == 4 && (platform == 3 && encoding == 1 || platform == 0):
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil, fmt.Errorf("cmap: no Unicode map of format 4 or 12")
	}
	if be.Uint16(c[best:]) == 12 {
		return format12(c[best:])
	}
	return format4(c[best:])
}

// format4 reads a segment mapping to delta values.
func format4(t []byte) (glyphIndex, error) {
	if len(t) < 14 {
		return nil, fmt.Errorf("cmap format 4: %w", errShort)
	}
	segs := int(be.Uint16(t[6:])) / 2
	if len(t) < 16+8*segs {
		return nil, fmt.Errorf("cmap format 4: %w", errShort)
	}
	ends, starts := t[14:], t[16+2*segs:]
	deltas, ranges := t[16+4*segs:], t[16+6*segs:]
	return func(r rune) int {
		if r < 0 || r > 0xffff {
			return 0
		}
		// The segments are sorted by their ends: the first that ends at
		// or after r is the only one that can hold it.
		s := sort.Search(segs, func(s int) bool { return rune(be.Uint16(ends[2*s:])) >= r })
		if s < segs {
			start := rune(be.Uint16(starts[2*s:]))
			if r < start {
				return 0
			}
			delta, ro := int(be.Uint16(deltas[2*s:])), int(be.Uint16(ranges[2*s:]))
			if ro == 0 {
				return (int(r) + delta) & 0xffff
			}
			at := 16 + 6*segs + 2*s + ro + 2*int(r-start)
			if at+2 > len(t) {
				return 0
			}
			g := int(be.Uint16(t[at:]))
			if g == 0 {
				return 0
			}
			return (g + delta) & 0xffff
		}
		return 0
	}, nil
}

// format12 reads a segmented coverage.
func format12(t []byte) (glyphIndex, error) {
	if len(t) < 16 {
		return nil, fmt.Errorf("cmap format 12: %w", errShort)
	}
	n := int(be.Uint32(t[12:]))
	if n < 0 || len(t) < 16+12*n {
		return nil, fmt.Errorf("cmap format 12: %w", errShort)
	}
	return func(r rune) int {
		for i := 0; i < n; i++ {
			g := t[16+12*i:]
			start, end := rune(be.Uint32(g)), rune(be.Uint32(g[4:]))
			if r >= start && r <= end {
				return int(be.Uint32(g[8:])) + int(r-start)
			}
		}
		return 0
	}, nil
}
