package render

import (
	_ "embed"
	"fmt"

	"codeberg.org/go-pdf/fpdf"
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

// fontSet is an fpdf document with the Unicode TrueType faces it has used
// so far: what draws a document with characters beyond Windows-1252.
type fontSet struct {
	pdf   *fpdf.Fpdf
	added map[string]bool
}

// newFontSet returns an empty fpdf document in points.
func newFontSet() *fontSet {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	return &fontSet{pdf: pdf, added: map[string]bool{}}
}

// setFont selects a face and size, adding the face on its first use.
func (fs *fontSet) setFont(style string, size float64) error {
	if !fs.added[style] {
		fs.pdf.AddUTF8FontFromBytes(family, style, faces[style].ttf)
		if err := fs.pdf.Error(); err != nil {
			return fmt.Errorf("loading font %s %q: %w", family, style, err)
		}
		fs.added[style] = true
	}
	fs.pdf.SetFont(family, style, size)
	return nil
}

// fontStyle maps a run style to fpdf's style string; underlining is drawn
// as a rule by the layout, not by fpdf.
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

// fontName is the name of the face a style draws with.
func fontName(st markup.Style) string { return faceNames[fontStyle(st)] }

// NewMeasurer returns a measurer with the widths the PDF draws with, for
// another writer of the same document — the Word document — that lays it
// out as the PDF is laid out.
func NewMeasurer() layout.Measurer { return &measurer{} }

// measurer measures text with the fonts that will draw it: the
// Windows-1252 faces' widths, decoded once a process, until some text
// needs more, then Unicode fonts too, which then draw the whole document.
// The widths of the characters both hold are the same.
type measurer struct {
	wide  *fontSet // nil until a text needs more than Windows-1252
	style string   // the wide set's selected face and size
	size  float64
	err   error
}

func (m *measurer) Width(s string, st markup.Style, size float64) float64 {
	style := fontStyle(st)
	f, err := winFaceOf(style)
	if err != nil {
		if m.err == nil {
			m.err = err
		}
		return 0
	}
	if w, ok := f.textWidth(s, size); ok {
		return w
	}
	if m.wide == nil {
		m.wide = newFontSet()
		m.style = "?"
	}
	if style != m.style || size != m.size {
		if err := m.wide.setFont(style, size); err != nil && m.err == nil {
			m.err = err
		}
		m.style, m.size = style, size
	}
	return m.wide.pdf.GetStringWidth(s)
}
