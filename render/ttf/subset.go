package ttf

import (
	"fmt"
)

// Subset returns the font with the outlines of only the glyphs that draw
// runes, the glyphs they are composed of and the .notdef glyph; every
// other glyph keeps its number and its metrics but has no outline, so the
// character maps and widths stay as they are. The result is a whole
// TrueType font, with fresh checksums.
func Subset(data []byte, runes []rune) ([]byte, error) {
	f, _, err := cut(data, runes)
	if err != nil {
		return nil, err
	}
	return f.write(), nil
}

// cut parses a font and empties the glyphs Subset does not keep for runes;
// it returns the font and the glyphs kept.
func cut(data []byte, runes []rune) (*font, map[int]bool, error) {
	f, keep, err := kept(data, runes)
	if err != nil {
		return nil, nil, err
	}
	if err := f.keepOnly(keep); err != nil {
		return nil, nil, err
	}
	return f, keep, nil
}

// SubsetForPDF is Subset for a font a PDF draws by glyph number, through
// its own widths: it also drops the tables such a font program does not
// need (glyph positioning and substitution, kerning, glyph names), and
// the advances of the glyphs it empties.
func SubsetForPDF(data []byte, runes []rune) ([]byte, error) {
	f, keep, err := cut(data, runes)
	if err != nil {
		return nil, err
	}
	f.dropUnneeded()
	f.emptyAdvances(keep)
	return f.write(), nil
}

// unneeded are the tables a PDF's TrueType font program does without.
var unneeded = map[string]bool{"GDEF": true, "GPOS": true, "GSUB": true, "kern": true, "FFTM": true, "DSIG": true}

// dropUnneeded removes the unneeded tables and the glyph names of the
// post table, which becomes a version 3 table of its header alone.
func (f *font) dropUnneeded() {
	tags := f.tags[:0]
	for _, t := range f.tags {
		if unneeded[t] {
			delete(f.tables, t)
			continue
		}
		tags = append(tags, t)
	}
	f.tags = tags
	if post := f.tables["post"]; len(post) >= 32 {
		post = append([]byte(nil), post[:32]...)
		be.PutUint32(post, 0x00030000)
		f.tables["post"] = post
	}
}

// emptyAdvances sets to zero the advance and side bearing of every glyph
// not in keep, in a copy of the hmtx table.
func (f *font) emptyAdvances(keep map[int]bool) {
	hmtx, hhea := f.tables["hmtx"], f.tables["hhea"]
	if len(hhea) < 36 {
		return
	}
	long := int(be.Uint16(hhea[34:]))
	hmtx = append([]byte(nil), hmtx...)
	for g := 0; g < f.numGlyphs(); g++ {
		// The last full metric's advance is also the advance of every
		// glyph after it.
		if keep[g] || g == long-1 && long < f.numGlyphs() {
			continue
		}
		at, n := 4*g, 4
		if g >= long {
			at, n = 4*long+2*(g-long), 2
		}
		if at+n <= len(hmtx) {
			clear(hmtx[at : at+n])
		}
	}
	f.tables["hmtx"] = hmtx
}

// kept parses a font and returns the glyphs Subset keeps of it for runes.
func kept(data []byte, runes []rune) (*font, map[int]bool, error) {
	f, err := parse(data)
	if err != nil {
		return nil, nil, err
	}
	index, err := f.cmap()
	if err != nil {
		return nil, nil, err
	}
	keep := map[int]bool{0: true}
	for _, r := range runes {
		if g := index(r); g > 0 && g < f.numGlyphs() {
			keep[g] = true
		}
	}
	if err := f.addComponents(keep); err != nil {
		return nil, nil, err
	}
	return f, keep, nil
}

// The flags of a composite glyph's component.
const (
	argsAreWords  = 0x0001
	haveScale     = 0x0008
	moreToCome    = 0x0020
	haveXYScale   = 0x0040
	haveTwoByTwo  = 0x0080
	maxComponents = 64 // deeper nesting than any font has is refused
)

// addComponents adds to keep the glyphs its composite glyphs are made of,
// and theirs, to any depth.
func (f *font) addComponents(keep map[int]bool) error {
	todo := make([]int, 0, len(keep))
	for g := range keep {
		todo = append(todo, g)
	}
	for steps := 0; len(todo) > 0; steps++ {
		if steps > maxComponents*f.numGlyphs()+len(keep) {
			return fmt.Errorf("composite glyphs refer to each other without end")
		}
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		parts, err := f.components(g)
		if err != nil {
			return err
		}
		for _, p := range parts {
			if !keep[p] {
				keep[p] = true
				todo = append(todo, p)
			}
		}
	}
	return nil
}

// components lists the glyphs a composite glyph g refers to; a simple
// glyph has none.
func (f *font) components(g int) ([]int, error) {
	start, end, err := f.glyphRange(g)
	if err != nil {
		return nil, err
	}
	b := f.tables["glyf"][start:end]
	if len(b) < 10 || int16(be.Uint16(b)) >= 0 {
		return nil, nil
	}
	var out []int
	for at := 10; ; {
		if at+4 > len(b) || len(out) > maxComponents {
			return nil, fmt.Errorf("glyph %d: a composite glyph cut short", g)
		}
		flags, part := be.Uint16(b[at:]), int(be.Uint16(b[at+2:]))
		if part >= f.numGlyphs() {
			return nil, fmt.Errorf("glyph %d: a component names glyph %d of %d", g, part, f.numGlyphs())
		}
		out = append(out, part)
		at += 4
		if flags&argsAreWords != 0 {
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&haveScale != 0:
			at += 2
		case flags&haveXYScale != 0:
			at += 4
		case flags&haveTwoByTwo != 0:
			at += 8
		}
		if flags&moreToCome == 0 {
			return out, nil
		}
	}
}

// keepOnly rebuilds the glyf and loca tables with the outlines of the
// glyphs in keep, and no outline for the others.
func (f *font) keepOnly(keep map[int]bool) error {
	n := f.numGlyphs()
	long := f.longLoca()
	glyf := make([]byte, 0, len(f.tables["glyf"])/2)
	var loca []byte
	if long {
		loca = make([]byte, 4*(n+1))
	} else {
		loca = make([]byte, 2*(n+1))
	}
	put := func(g, off int) {
		if long {
			be.PutUint32(loca[4*g:], uint32(off))
		} else {
			be.PutUint16(loca[2*g:], uint16(off/2))
		}
	}
	for g := 0; g < n; g++ {
		put(g, len(glyf))
		if !keep[g] {
			continue
		}
		start, end, err := f.glyphRange(g)
		if err != nil {
			return err
		}
		glyf = append(glyf, f.tables["glyf"][start:end]...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	put(n, len(glyf))
	if !long && len(glyf) > 2*0xffff {
		return fmt.Errorf("the glyphs kept are too long for the font's short offsets")
	}
	f.tables["glyf"], f.tables["loca"] = glyf, loca
	return nil
}
