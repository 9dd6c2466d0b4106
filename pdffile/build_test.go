package pdffile

import (
	"bytes"
	"fmt"
	"testing"
)

// rawPDF writes objects 1… with the given bodies in the order of their
// numbers — header, objects, cross-reference table, trailer — naming info
// and root in the trailer.
func rawPDF(bodies []string, info, root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.3\n")
	offsets := map[int]int{}
	for i, body := range bodies {
		offsets[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	trailer := fmt.Sprintf("trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\n", len(bodies)+1, root, info)
	writeXref(&b, offsets, len(bodies)+1, []byte(trailer))
	return b.Bytes()
}

// smallPDF returns a one-page PDF in pleadgen's shape, its content stream
// deflated, recording digest (none when it is "").
func smallPDF(t testing.TB, digest string) []byte {
	t.Helper()
	content := "BT /F1 12 Tf 100 700 Td (Hello) Tj ET\n"
	info := "<<\n/Producer (pleadgen)\n/Title (\\(T\\))\n"
	if digest != "" {
		info += "/Keywords (" + Keywords(digest) + ")\n"
	}
	var z Deflater
	stream, err := z.Flate([]byte(content))
	if err != nil {
		t.Fatal(err)
	}
	pdf := rawPDF([]string{
		"<</Type /Pages\n/Kids [3 0 R ]\n/Count 1\n/MediaBox [0 0 612.00 792.00]\n>>",
		"<<\n/Font <<\n/F1 5 0 R\n>>\n>>",
		"<</Type /Page\n/Parent 1 0 R\n/Resources 2 0 R\n/Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d\n/Filter /FlateDecode>>\nstream\n%s\nendstream", len(stream), stream),
		"<</Type /Font\n/BaseFont /Helvetica\n/Subtype /Type1\n>>",
		info + ">>",
		"<<\n/Type /Catalog\n/Pages 1 0 R\n>>",
	}, 6, 7)
	return pdf
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
