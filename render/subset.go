package render

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"sync"

	"pleadgen/pdffile"
	"pleadgen/render/ttf"
)

// subsetOf returns a style's Windows-1252 face cut down to the codes
// drawn in it: the font program holds those glyphs only, and its name the
// tag of a subset ("ABCDEF+"), so that a statement embeds some twenty
// kilobytes of fonts rather than sixty.
func subsetOf(style string, codes *[256]bool, zd *pdffile.Deflater) (face, error) {
	if _, ok := faces[style]; !ok {
		return face{}, fmt.Errorf("no face %q", style)
	}
	runes := []rune{' '}
	for c, ok := range codes {
		if ok && c != ' ' {
			runes = append(runes, pdffile.WinAnsiRune(byte(c)))
		}
	}
	slices.Sort(runes)
	f, err := subsetFace(style, runes, func() (face, error) {
		return cutFace(faces[style].program, winFaceData[style].Name, runes, ttf.Subset, zd)
	})
	if err != nil {
		return face{}, fmt.Errorf("font %s %q: %w", family, style, err)
	}
	return f, nil
}

// wideSubsetOf returns a style's whole face cut down to runes, sorted.
func wideSubsetOf(style string, runes []rune, zd *pdffile.Deflater) (face, error) {
	m, err := uniFaceOf(style)
	if err != nil {
		return face{}, err
	}
	f, err := subsetFace("whole "+style, runes, func() (face, error) {
		return cutFace(faces[style].ttf, m.PostScriptName, runes, ttf.SubsetForPDF, zd)
	})
	if err != nil {
		return face{}, fmt.Errorf("font %s %q: %w", family, style, err)
	}
	return f, nil
}

// subsets keeps the faces cut last, by style and characters: a batch of
// statements, or a draft saved again, uses the same characters over and
// over. It holds at most maxSubsets faces.
var subsets struct {
	sync.Mutex
	m map[string]face
}

const maxSubsets = 256

// subsetFace finds a face cut down to runes under a key, or cuts it.
func subsetFace(key string, runes []rune, cut func() (face, error)) (face, error) {
	key += "\x00" + string(runes)
	subsets.Lock()
	f, ok := subsets.m[key]
	subsets.Unlock()
	if ok {
		return f, nil
	}
	f, err := cut()
	if err != nil {
		return face{}, err
	}
	subsets.Lock()
	if subsets.m == nil || len(subsets.m) >= maxSubsets {
		subsets.m = map[string]face{}
	}
	subsets.m[key] = f
	subsets.Unlock()
	return f, nil
}

// cutFace cuts a font program, whose PostScript name is name, down to
// runes with cut.
func cutFace(program []byte, name string, runes []rune, cut func([]byte, []rune) ([]byte, error), zd *pdffile.Deflater) (face, error) {
	sub, err := cut(program, runes)
	if err != nil {
		return face{}, err
	}
	// The document's compressor, warm from its pages, rather than one at
	// the best compression, whose set-up would cost more than the font.
	z, err := zd.Flate(sub)
	if err != nil {
		return face{}, err
	}
	return face{z: z, name: subsetTag(sub) + "+" + name, length1: len(sub)}, nil
}

// subsetTag names a subset by its bytes: six capitals, the same for the
// same glyphs, so that the PDF is the same from run to run.
func subsetTag(sub []byte) string {
	sum := sha256.Sum256(sub)
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = 'A' + sum[i]%26
	}
	return string(tag)
}
