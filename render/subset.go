package render

import (
	"bytes"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"slices"
	"strconv"
	"sync"

	"pleadgen/pdffile"
	"pleadgen/render/layout"
	"pleadgen/render/ttf"
)

// subsetFaces returns, for each style the document draws, its Windows-1252
// face cut down to the characters drawn in it: the font program holds
// those glyphs only, and its name the tag of a subset ("ABCDEF+"), so that
// a statement embeds some twenty kilobytes of fonts rather than sixty.
func subsetFaces(d *layout.Document) (map[string]face, error) {
	used := map[string]map[rune]bool{}
	for _, pg := range d.Pages {
		for _, t := range pg.Texts {
			enc, ok := winAnsi(t.S)
			if !ok {
				return nil, fmt.Errorf("text %q was not measured with the fonts that draw it", t.S)
			}
			style := fontStyle(t.Style)
			set := used[style]
			if set == nil {
				set = map[rune]bool{' ': true}
				used[style] = set
			}
			for i := 0; i < len(enc); i++ {
				set[pdffile.WinAnsiRune(enc[i])] = true
			}
		}
	}
	out := make(map[string]face, len(used))
	for style, set := range used {
		runes := make([]rune, 0, len(set))
		for r := range set {
			runes = append(runes, r)
		}
		slices.Sort(runes)
		f, err := subsetFace(style, runes)
		if err != nil {
			return nil, fmt.Errorf("font %s %q: %w", family, style, err)
		}
		out[style] = f
	}
	return out, nil
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
func subsetFace(style string, runes []rune) (face, error) {
	key := style + "\x00" + string(runes)
	subsets.Lock()
	f, ok := subsets.m[key]
	subsets.Unlock()
	if ok {
		return f, nil
	}
	f, err := cutFace(style, runes)
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

// fontCompressors are zlib writers at the best compression, whose set-up
// costs more than compressing a font program: reused.
var fontCompressors = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestCompression)
	return zw
}}

// cutFace cuts one style's face down to runes.
func cutFace(style string, runes []rune) (face, error) {
	f := faces[style]
	full, err := program(style)
	if err != nil {
		return face{}, err
	}
	sub, err := ttf.Subset(full, runes)
	if err != nil {
		return face{}, err
	}
	var z bytes.Buffer
	zw := fontCompressors.Get().(*zlib.Writer)
	defer fontCompressors.Put(zw)
	zw.Reset(&z)
	zw.Write(sub)
	if err := zw.Close(); err != nil {
		return face{}, err
	}
	tag := subsetTag(sub)
	def, err := setDefFields(f.def, map[string]string{
		"Name":         strconv.Quote(tag + "+" + defName(f.def)),
		"File":         strconv.Quote(tag + ".z"),
		"OriginalSize": strconv.Itoa(len(sub)),
	})
	if err != nil {
		return face{}, err
	}
	return face{def: def, z: z.Bytes(), ttf: f.ttf, name: tag + "+" + defName(f.def), length1: len(sub)}, nil
}

// programs are the faces' font programs, inflated on first use.
var programs = func() map[string]func() ([]byte, error) {
	m := map[string]func() ([]byte, error){}
	for style, f := range faces {
		m[style] = sync.OnceValues(func() ([]byte, error) {
			r, err := zlib.NewReader(bytes.NewReader(f.z))
			if err != nil {
				return nil, err
			}
			return io.ReadAll(r)
		})
	}
	return m
}()

// program returns a style's Windows-1252 font program, uncompressed.
func program(style string) ([]byte, error) {
	get, ok := programs[style]
	if !ok {
		return nil, fmt.Errorf("no face %q", style)
	}
	return get()
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

// defName returns the font name of an fpdf font definition.
func defName(def []byte) string {
	v, _, _ := defField(def, "Name")
	s, _ := strconv.Unquote(string(v))
	return s
}

// defField finds a top-level field's value in an fpdf font definition
// (JSON whose keys Name, File and OriginalSize are each used once).
func defField(def []byte, key string) (value []byte, start int, ok bool) {
	k := []byte(`"` + key + `":`)
	i := bytes.Index(def, k)
	if i < 0 {
		return nil, 0, false
	}
	start = i + len(k)
	end := start
	if end < len(def) && def[end] == '"' {
		end++
		for end < len(def) && def[end] != '"' {
			if def[end] == '\\' {
				end++
			}
			end++
		}
		end++
	} else {
		for end < len(def) && def[end] != ',' && def[end] != '}' {
			end++
		}
	}
	if end > len(def) {
		return nil, 0, false
	}
	return def[start:end], start, true
}

// setDefFields returns a copy of def with the given fields' values, each
// written as JSON.
func setDefFields(def []byte, values map[string]string) ([]byte, error) {
	out := slices.Clone(def)
	for key, v := range values {
		old, start, ok := defField(out, key)
		if !ok {
			return nil, fmt.Errorf("the font definition has no %q", key)
		}
		out = slices.Concat(out[:start], []byte(v), out[start+len(old):])
	}
	return out, nil
}
