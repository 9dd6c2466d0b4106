package render

import (
	"fmt"

	"pleadgen/render/ttf"
)

// descriptorOf is a face's font descriptor, from the font's metrics: not
// symbolic (flag 32), fixed pitch (1) and italic (64) as the font says,
// and a stem 120 thousandths wide for a bold face and 70 for another, the
// customary guess, for fonts do not record it. Both forms of a face, and
// the Windows-1252 faces' tables (winfaces_data.go), are described so.
func descriptorOf(m *ttf.Metrics) winDesc {
	d := winDesc{
		Ascent: m.Ascent, Descent: m.Descent, CapHeight: m.CapHeight, Flags: 32,
		FontBBox:    winBox{Xmin: m.BBox[0], Ymin: m.BBox[1], Xmax: m.BBox[2], Ymax: m.BBox[3]},
		ItalicAngle: m.ItalicAngle, StemV: 70, MissingWidth: m.Advance(0),
	}
	if d.CapHeight == 0 {
		d.CapHeight = d.Ascent
	}
	if m.FixedPitch {
		d.Flags |= 1
	}
	if m.ItalicAngle != 0 {
		d.Flags |= 64
	}
	if m.Bold {
		d.StemV = 120
	}
	return d
}

// fontDescriptor is the dictionary of a font named name described by d,
// whose program is object program.
func fontDescriptor(name string, d winDesc, program int) string {
	return fmt.Sprintf("<</Type /FontDescriptor /FontName /%s /Ascent %d /Descent %d /CapHeight %d /Flags %d /FontBBox [%d %d %d %d] /ItalicAngle %d /StemV %d /MissingWidth %d /FontFile2 %d 0 R>>",
		name, d.Ascent, d.Descent, d.CapHeight, d.Flags, d.FontBBox.Xmin, d.FontBBox.Ymin, d.FontBBox.Xmax, d.FontBBox.Ymax, d.ItalicAngle, d.StemV, d.MissingWidth, program)
}
