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
	runes := []rune{' '}
	for c, ok := range codes {
		if ok && c != ' ' {
			runes = append(runes, pdffile.WinAnsiRune(byte(c)))
		}
	}
	slices.Sort(runes)
	f, err := subsetFace(style, runes, zd)
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

// subsetFace cuts one style's face down to runes, or finds it cut.
func subsetFace(style string, runes []rune, zd *pdffile.Deflater) (face, error) {
	key := style + "\x00" + string(runes)
	subsets.Lock()
	f, ok := subsets.m[key]
	subsets.Unlock()
	if ok {
		return f, nil
	}
	f, err := cutFace(style, runes, zd)
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

// cutFace cuts one style's face down to runes.
func cutFace(style string, runes []rune, zd *pdffile.Deflater) (face, error) {
	f, ok := faces[style]
	if !ok {
		return face{}, fmt.Errorf("no face %q", style)
	}
	sub, err := ttf.Subset(f.program, runes)
	if err != nil {
		return face{}, err
	}
	// The document's compressor, warm from its pages, rather than one at
	// the best compression, whose set-up would cost more than the font.
	z, err := zd.Flate(sub)
	if err != nil {
		return face{}, err
	}
	return face{z: z, name: subsetTag(sub) + "+" + winFaceData[style].Name, length1: len(sub)}, nil
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
