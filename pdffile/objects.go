package pdffile

// This file reads the objects of a PDF pleadgen wrote: stream data, and
// the values of dictionary entries — references, names, arrays of numbers.

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"sync"
)

// ErrNotStream is the cause of the error Stream returns for an object that
// is not a stream, or that the file does not hold.
var ErrNotStream = errors.New("not a stream")

// maxStream bounds the inflated size of one stream.
const maxStream = 64 << 20

// Stream returns object n's stream data, inflated if it is deflated.
func (f *File) Stream(n int) ([]byte, error) {
	b := f.byNum[n]
	i := bytes.Index(b, []byte(">>\nstream\n"))
	if i < 0 {
		return nil, fmt.Errorf("object %d: %w", n, ErrNotStream)
	}
	dict := b[:i]
	_, _, length, ok := lengthField(dict)
	start := i + len(">>\nstream\n")
	if !ok || start+length > len(b) {
		return nil, fmt.Errorf("object %d: stream without a good /Length", n)
	}
	data := b[start : start+length]
	if !bytes.Contains(dict, []byte("/FlateDecode")) {
		return data, nil
	}
	if err := f.inflateFrom(data); err != nil {
		return nil, fmt.Errorf("object %d: %w", n, err)
	}
	var out bytes.Buffer
	out.Grow(min(8*len(data), maxStream))
	if _, err := io.Copy(&out, io.LimitReader(f.zr, maxStream+1)); err != nil {
		return nil, fmt.Errorf("object %d: %w", n, err)
	}
	if out.Len() > maxStream {
		return nil, fmt.Errorf("object %d: a stream of more than %d bytes", n, maxStream)
	}
	return out.Bytes(), nil
}

// inflateFrom points the reusable inflater at deflated data: a new one
// for every stream would cost more than the inflating.
func (f *File) inflateFrom(data []byte) error {
	if f.zr == nil {
		zr, err := zlib.NewReader(bytes.NewReader(data))
		f.zr = zr
		return err
	}
	return f.zr.(zlib.Resetter).Reset(bytes.NewReader(data), nil)
}

// value returns what follows key in a dictionary, up to the end of the
// dictionary, or nil when the key is absent. A key matches only whole:
// "/Font" does not match "/FontFile2".
func value(dict []byte, key string) []byte {
	for i := 0; ; {
		j := bytes.Index(dict[i:], []byte(key))
		if j < 0 {
			return nil
		}
		end := i + j + len(key)
		if end == len(dict) || !isRegular(dict[end]) {
			return dict[end:]
		}
		i = end
	}
}

// isRegular reports whether c is a regular character of PDF syntax, one
// that can continue a name, a number or an operator.
func isRegular(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '/', '<', '>', '[', ']', '(', ')', '%', '{', '}':
		return false
	}
	return true
}

// refRE matches an indirect reference, "12 0 R"; anyRef one anywhere.
var (
	refRE  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\d+)\s+\d+\s+R`) })
	anyRef = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(\d+)\s+\d+\s+R`) })
)

// refs reads one reference, or an array of references, at the start of v.
func refs(v []byte) []int {
	v = bytes.TrimSpace(v)
	if len(v) > 0 && v[0] == '[' {
		if end := bytes.IndexByte(v, ']'); end > 0 {
			var out []int
			for _, m := range anyRef().FindAllSubmatch(v[1:end], -1) {
				n, _ := strconv.Atoi(string(m[1]))
				out = append(out, n)
			}
			return out
		}
	}
	if m := refRE().FindSubmatch(v); m != nil {
		n, _ := strconv.Atoi(string(m[1]))
		return []int{n}
	}
	return nil
}

// firstRef returns the first reference at the start of v, or 0.
func firstRef(v []byte) int {
	if rs := refs(v); len(rs) > 0 {
		return rs[0]
	}
	return 0
}

// name reads the name at the start of v, without its slash.
func name(v []byte) []byte {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || v[0] != '/' {
		return nil
	}
	end := 1
	for end < len(v) && isRegular(v[end]) {
		end++
	}
	return v[1:end]
}

// numbers reads the array of numbers at the start of v.
func numbers(v []byte) []float64 {
	v = bytes.TrimSpace(v)
	end := bytes.IndexByte(v, ']')
	if len(v) == 0 || v[0] != '[' || end < 0 {
		return nil
	}
	var out []float64
	for _, f := range bytes.Fields(v[1:end]) {
		x, err := strconv.ParseFloat(string(f), 64)
		if err != nil {
			return nil
		}
		out = append(out, x)
	}
	return out
}

// lengthField finds a stream dictionary's "/Length N" entry: where it
// starts and ends, and N.
func lengthField(dict []byte) (start, end, n int, ok bool) {
	k := bytes.LastIndex(dict, []byte("/Length "))
	if k < 0 {
		return 0, 0, 0, false
	}
	end = k + len("/Length ")
	for end < len(dict) && '0' <= dict[end] && dict[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(string(dict[k+len("/Length ") : end]))
	return k, end, n, err == nil && n >= 0
}
