package render

import (
	_ "embed"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

const family = "LiberationSerif"

// The Windows-1252 cut of Liberation Serif (see fonts/generate.sh), as
// uncompressed font programs, which each document cuts down to the
// characters it draws; their widths and descriptors are in
// winfaces_data.go.
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	regularProgram []byte
	//go:embed fonts/LiberationSerif-Bold.ttf
	boldProgram []byte
	//go:embed fonts/LiberationSerif-Italic.ttf
	italicProgram []byte
	//go:embed fonts/LiberationSerif-BoldItalic.ttf
	boldItalicProgram []byte
)

// face is one style of Liberation Serif in both forms, or a document's
// subset of its Windows-1252 form.
type face struct {
	program []byte // the Windows-1252 font program
	ttf     []byte // the whole TrueType font, for any other character
	// A subset's font name ("ABCDEF+LiberationSerif"), its program
	// compressed and the program's length before compression.
	name    string
	z       []byte
	length1 int
}

var faces = map[string]face{
	"":   {program: regularProgram, ttf: liberationserifregular.TTF},
	"B":  {program: boldProgram, ttf: liberationserifbold.TTF},
	"I":  {program: italicProgram, ttf: liberationserifitalic.TTF},
	"BI": {program: boldItalicProgram, ttf: liberationserifbolditalic.TTF},
}

// fontStyle maps a run style to its face's style: "", "B", "I" or "BI";
// underlining is drawn as a rule by the layout.
func fontStyle(st markup.Style) string {
	switch {
	case st.Has(markup.Bold | markup.Italic):
		return "BI"
	case st.Has(markup.Bold):
		return "B"
	case st.Has(markup.Italic):
		return "I"
	}
	return ""
}

// faceNames are the names of the faces, by fontStyle.
var faceNames = map[string]string{"": family, "B": family + "B", "I": family + "I", "BI": family + "BI"}

// fontName is the name of the face a text draws with: its style's, and
// " Unicode" after it for the whole face, which draws a text with a
// character beyond Windows-1252.
func fontName(st markup.Style, s string) string {
	if !isWinAnsi(s) {
		return wideFontName(fontStyle(st))
	}
	return faceNames[fontStyle(st)]
}

// wideFontName names a style's whole face.
func wideFontName(style string) string { return faceNames[style] + " Unicode" }

// NewMeasurer returns a measurer with the widths the PDF draws with, for
// another writer of the same document — the Word document — that lays it
// out as the PDF is laid out.
func NewMeasurer() layout.Measurer { return &measurer{} }

// winFacesByStyle are the Windows-1252 faces by a style's bold and italic
// bits: what measuring a word looks up, without a map.
var winFacesByStyle = func() (faces [markup.Bold | markup.Italic + 1]*winFace) {
	for st := range faces {
		faces[st], _ = winFaceOf(fontStyle(markup.Style(st)))
	}
	return faces
}()

// measurer measures text with the fonts that will draw it: the
// Windows-1252 faces' widths, and the whole faces' for a text with a
// character beyond them. The widths of the characters both hold are the
// same (TestWholeFacesMeasureAsWindows1252).
type measurer struct {
	err error
}

func (m *measurer) Width(s string, st markup.Style, size float64) float64 {
	style := fontStyle(st)
	f := winFacesByStyle[st&(markup.Bold|markup.Italic)]
	if f == nil {
		_, err := winFaceOf(style) // why there is none
		m.fail(err)
		return 0
	}
	if w, ok := f.textWidth(s, size); ok {
		return w
	}
	u, err := uniFaceOf(style)
	if err != nil {
		m.fail(err)
		return 0
	}
	return uniWidth(u, s, size)
}

// fail keeps the first error measuring met.
func (m *measurer) fail(err error) {
	if m.err == nil {
		m.err = err
	}
}
