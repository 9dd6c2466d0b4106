// Package ttf owns TrueType font programs as bytes: it reads the tables a
// font is made of and cuts a font down to the glyphs a document uses, so
// that a PDF embeds only those. It knows nothing of PDF or of drawing.
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// font is a TrueType font split into its tables.
type font struct {
	version uint32
	tags    []string          // the tables in the order the file lists them
	tables  map[string][]byte // each table's bytes
}

var be = binary.BigEndian

// errShort is the cause of every error about a font cut short.
var errShort = errors.New("font data cut short")

// parse splits a font into its tables.
func parse(b []byte) (*font, error) {
	if len(b) < 12 {
		return nil, errShort
	}
	f := &font{version: be.Uint32(b), tables: map[string][]byte{}}
	n := int(be.Uint16(b[4:]))
	if len(b) < 12+16*n {
		return nil, errShort
	}
	for i := 0; i < n; i++ {
		rec := b[12+16*i:]
		tag := string(rec[:4])
		off, length := int(be.Uint32(rec[8:])), int(be.Uint32(rec[12:]))
		if off < 0 || length < 0 || off+length > len(b) || off+length < off {
			return nil, fmt.Errorf("table %q: %w", tag, errShort)
		}
		f.tags = append(f.tags, tag)
		f.tables[tag] = b[off : off+length]
	}
	for _, t := range []string{"head", "maxp", "loca", "glyf", "cmap"} {
		if f.tables[t] == nil {
			return nil, fmt.Errorf("no %q table", t)
		}
	}
	if len(f.tables["head"]) < 54 || len(f.tables["maxp"]) < 6 {
		return nil, errShort
	}
	return f, nil
}

// numGlyphs is the number of glyphs the font declares.
func (f *font) numGlyphs() int { return int(be.Uint16(f.tables["maxp"][4:])) }

// longLoca reports whether the loca table holds 32-bit offsets.
func (f *font) longLoca() bool { return be.Uint16(f.tables["head"][50:]) == 1 }

// glyphRange returns where glyph g's outline lies in the glyf table.
func (f *font) glyphRange(g int) (int, int, error) {
	loca := f.tables["loca"]
	var start, end int
	if f.longLoca() {
		if len(loca) < 4*(g+2) {
			return 0, 0, fmt.Errorf("loca: %w", errShort)
		}
		start, end = int(be.Uint32(loca[4*g:])), int(be.Uint32(loca[4*g+4:]))
	} else {
		if len(loca) < 2*(g+2) {
			return 0, 0, fmt.Errorf("loca: %w", errShort)
		}
		start, end = 2*int(be.Uint16(loca[2*g:])), 2*int(be.Uint16(loca[2*g+2:]))
	}
	if start > end || end > len(f.tables["glyf"]) {
		return 0, 0, fmt.Errorf("glyph %d: %w", g, errShort)
	}
	return start, end, nil
}

// write assembles the font from its tables, with fresh checksums and the
// head table's checksum adjustment.
func (f *font) write() []byte {
	tags := append([]string(nil), f.tags...)
	sort.Strings(tags) // the directory is sorted by tag
	n := len(tags)
	size := 12 + 16*n
	for _, t := range tags {
		size += pad4(len(f.tables[t]))
	}
	out := make([]byte, 12+16*n, size)
	be.PutUint32(out, f.version)
	be.PutUint16(out[4:], uint16(n))
	sr, es := 1, 0
	for sr*2 <= n {
		sr, es = sr*2, es+1
	}
	be.PutUint16(out[6:], uint16(16*sr))
	be.PutUint16(out[8:], uint16(es))
	be.PutUint16(out[10:], uint16(16*n-16*sr))
	headAt := 0
	for i, t := range tags {
		data := f.tables[t]
		if t == "head" {
			data = append([]byte(nil), data...)
			be.PutUint32(data[8:], 0) // the adjustment is set below
			headAt = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, t)
		be.PutUint32(rec[4:], checksum(data))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(data)))
		out = append(out, data...)
		out = append(out, make([]byte, pad4(len(data))-len(data))...)
	}
	be.PutUint32(out[headAt+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// pad4 rounds n up to a multiple of four.
func pad4(n int) int { return (n + 3) &^ 3 }

// checksum is the sum of b's big-endian 32-bit words, the last padded.
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += be.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += be.Uint32(last[:])
	}
	return sum
}
