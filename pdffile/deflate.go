package pdffile

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/klauspost/compress/zlib"
)

// Deflater compresses a PDF's streams with reused zlib writers: fpdf
// makes a new compressor for every stream, whose set-up (a megabyte of
// tables) costs more than the compression of a page. The writers are
// klauspost/compress's, which deflate a statement's pages and fonts 2.5
// times as fast as the standard library's at the same level, for 3% more
// bytes. They are shared by every Deflater of the process, one at a
// time. The zero value is ready to use; give each goroutine its own.
type Deflater struct {
	buf bytes.Buffer
}

// compressors are the zlib writers at the best speed, reused.
var compressors = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(nil, zlib.BestSpeed)
	return zw
}}

// Deflate returns a whole, uncompressed PDF as fpdf writes it with its
// unfiltered streams deflated and its cross-reference table rebuilt.
func (d *Deflater) Deflate(in []byte) ([]byte, error) {
	f, err := Parse(in)
	if err != nil {
		return nil, err
	}
	out := bytes.NewBuffer(make([]byte, 0, len(in)/2))
	out.Write(f.head)
	offsets := make(map[int]int, len(f.objs))
	for _, o := range f.objs {
		offsets[o.num] = out.Len()
		if err := d.writeObject(out, o.body); err != nil {
			return nil, fmt.Errorf("object %d: %w", o.num, err)
		}
	}
	writeXref(out, offsets, f.size, f.trailer)
	return out.Bytes(), nil
}

// writeObject copies an object, deflating its stream if it has one
// without a filter.
func (d *Deflater) writeObject(out *bytes.Buffer, body []byte) error {
	i := bytes.Index(body, []byte(">>\nstream\n"))
	if i < 0 || bytes.Contains(body[:i], []byte("/Filter")) {
		out.Write(body)
		return nil
	}
	dict, start := body[:i], i+len(">>\nstream\n")
	k, end, n, ok := lengthField(dict)
	if !ok || start+n > len(body) {
		return errors.New("stream without a good /Length")
	}
	z, err := d.compress(body[start : start+n])
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "%s/Filter /FlateDecode /Length %d%s>>\nstream\n", dict[:k], len(z), dict[end:])
	out.Write(z)
	out.Write(body[start+n:])
	return nil
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

// Flate deflates data, a stream of a PDF being written, with the reusable
// writer, and returns a copy of the result.
func (d *Deflater) Flate(data []byte) ([]byte, error) {
	z, err := d.compress(data)
	if err != nil {
		return nil, err
	}
	return bytes.Clone(z), nil
}

// compress deflates data with the reusable writer.
func (d *Deflater) compress(data []byte) ([]byte, error) {
	d.buf.Reset()
	zw := compressors.Get().(*zlib.Writer)
	defer compressors.Put(zw)
	zw.Reset(&d.buf)
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return d.buf.Bytes(), nil
}

// writeXref writes the cross-reference table of size entries for the new
// offsets, the trailer and the pointer to the table.
func writeXref(out *bytes.Buffer, offsets map[int]int, size int, trailer []byte) {
	xref := out.Len()
	out.WriteString(xrefHead(size) + freeEntry)
	for n := 1; n < size; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(out, "%010d 00000 n \n", off)
		} else {
			out.WriteString(freeEntry)
		}
	}
	out.Write(trailer)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
}
