package render

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"sort"
	"strconv"
)

// deflater compresses a PDF's streams with one reusable zlib writer:
// fpdf makes a new compressor for every stream, whose set-up costs more
// than the compression of a page.
type deflater struct {
	zw  *zlib.Writer
	buf bytes.Buffer
}

// object is one indirect object of a PDF: its number and its bytes.
type object struct {
	num  int
	body []byte
}

// deflate returns an uncompressed PDF as fpdf writes it with its
// unfiltered streams deflated and its cross-reference table rebuilt.
func (d *deflater) deflate(in []byte) ([]byte, error) {
	objs, head, tail, err := splitObjects(in)
	if err != nil {
		return nil, err
	}
	out := bytes.NewBuffer(make([]byte, 0, len(in)/2))
	out.Write(head)
	offsets := make(map[int]int, len(objs))
	for _, o := range objs {
		offsets[o.num] = out.Len()
		if err := d.writeObject(out, o.body); err != nil {
			return nil, fmt.Errorf("object %d: %w", o.num, err)
		}
	}
	writeXref(out, offsets, tail)
	return out.Bytes(), nil
}

// splitObjects reads the cross-reference table and cuts the file into the
// header, the objects in file order, and the trailer dictionary.
func splitObjects(in []byte) (objs []object, head, trailer []byte, err error) {
	xref, err := startXref(in)
	if err != nil {
		return nil, nil, nil, err
	}
	offs, trailer, err := readXref(in[xref:])
	if err != nil {
		return nil, nil, nil, err
	}
	nums := make([]int, 0, len(offs))
	for n := range offs {
		nums = append(nums, n)
	}
	sort.Slice(nums, func(i, j int) bool { return offs[nums[i]] < offs[nums[j]] })
	for i, n := range nums {
		end := xref
		if i+1 < len(nums) {
			end = offs[nums[i+1]]
		}
		if offs[n] > end || end > len(in) {
			return nil, nil, nil, errors.New("object offsets out of order")
		}
		objs = append(objs, object{n, in[offs[n]:end]})
	}
	if len(nums) > 0 {
		head = in[:offs[nums[0]]]
	}
	return objs, head, trailer, nil
}

// startXref returns the offset the file's last "startxref" names.
func startXref(in []byte) (int, error) {
	i := bytes.LastIndex(in, []byte("startxref\n"))
	if i < 0 {
		return 0, errors.New("no startxref")
	}
	f := bytes.Fields(in[i+len("startxref\n"):])
	if len(f) == 0 {
		return 0, errors.New("no cross-reference offset")
	}
	n, err := strconv.Atoi(string(f[0]))
	if err != nil || n < 0 || n >= i {
		return 0, errors.New("bad cross-reference offset")
	}
	return n, nil
}

// readXref parses a one-section cross-reference table and returns the
// offsets of the objects in use and the trailer dictionary.
func readXref(b []byte) (map[int]int, []byte, error) {
	lines := bytes.Split(b, []byte("\n"))
	if len(lines) < 3 || string(lines[0]) != "xref" {
		return nil, nil, errors.New("no cross-reference table")
	}
	var first, count int
	if _, err := fmt.Sscanf(string(lines[1]), "%d %d", &first, &count); err != nil || first != 0 || len(lines) < count+3 {
		return nil, nil, errors.New("bad cross-reference section")
	}
	offs := map[int]int{}
	for i := 1; i < count; i++ {
		var off, gen int
		var use string
		if _, err := fmt.Sscanf(string(lines[2+i]), "%d %d %s", &off, &gen, &use); err != nil {
			return nil, nil, fmt.Errorf("bad cross-reference entry %d", i)
		}
		if use == "n" {
			offs[i] = off
		}
	}
	t := bytes.Index(b, []byte("trailer\n"))
	s := bytes.LastIndex(b, []byte("startxref\n"))
	if t < 0 || s < t {
		return nil, nil, errors.New("no trailer")
	}
	return offs, b[t:s], nil
}

// writeObject copies an object, deflating its stream if it has one
// without a filter.
func (d *deflater) writeObject(out *bytes.Buffer, body []byte) error {
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
	return k, end, n, err == nil
}

// compress deflates data with the reusable writer.
func (d *deflater) compress(data []byte) ([]byte, error) {
	d.buf.Reset()
	if d.zw == nil {
		zw, err := zlib.NewWriterLevel(&d.buf, zlib.BestSpeed)
		if err != nil {
			return nil, err
		}
		d.zw = zw
	} else {
		d.zw.Reset(&d.buf)
	}
	if _, err := d.zw.Write(data); err != nil {
		return nil, err
	}
	if err := d.zw.Close(); err != nil {
		return nil, err
	}
	return d.buf.Bytes(), nil
}

// writeXref writes the cross-reference table for the new offsets, the
// trailer and the pointer to the table.
func writeXref(out *bytes.Buffer, offsets map[int]int, trailer []byte) {
	xref := out.Len()
	last := 0
	for n := range offsets {
		last = max(last, n)
	}
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", last+1)
	for n := 1; n <= last; n++ {
		if off, ok := offsets[n]; ok {
			fmt.Fprintf(out, "%010d 00000 n \n", off)
		} else {
			out.WriteString("0000000000 65535 f \n")
		}
	}
	out.Write(trailer)
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
}
