package render

import (
	_ "embed"
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"pleadgen/render/markup"
)

const family = "LiberationSerif"

// The Windows-1252 cut of Liberation Serif (see fonts/generate.sh): small
// font programs that fpdf embeds as they are, with no parsing, subsetting
// or compressing per document.
var (
	//go:embed fonts/LiberationSerif-Regular.json
	regularDef []byte
	//go:embed fonts/LiberationSerif-Regular.z
	regularZ []byte
	//go:embed fonts/LiberationSerif-Bold.json
	boldDef []byte
	//go:embed fonts/LiberationSerif-Bold.z
	boldZ []byte
	//go:embed fonts/LiberationSerif-Italic.json
	italicDef []byte
	//go:embed fonts/LiberationSerif-Italic.z
	italicZ []byte
	//go:embed fonts/LiberationSerif-BoldItalic.json
	boldItalicDef []byte
	//go:embed fonts/LiberationSerif-BoldItalic.z
	boldItalicZ []byte
)

// face is one style of Liberation Serif in both forms.
type face struct {
	def, z []byte // Windows-1252 definition and font program
	ttf    []byte // the whole TrueType font, for any other character
	// name and length1 are a subset's font name ("ABCDEF+LiberationSerif")
	// and the length of its program before compression.
	name    string
	length1 int
}

var faces = map[string]face{
	"":   {def: regularDef, z: regularZ, ttf: liberationserifregular.TTF},
	"B":  {def: boldDef, z: boldZ, ttf: liberationserifbold.TTF},
	"I":  {def: italicDef, z: italicZ, ttf: liberationserifitalic.TTF},
	"BI": {def: boldItalicDef, z: boldItalicZ, ttf: liberationserifbolditalic.TTF},
}

// fontSet is an fpdf document with the faces it has used so far, either in
// Windows-1252 (the fast and usual case) or as Unicode TrueType fonts.
type fontSet struct {
	pdf     *fpdf.Fpdf
	unicode bool
	added   map[string]bool
	faces   map[string]face // the faces to add; nil for the whole ones
}

// newFontSet returns an empty fpdf document in points.
func newFontSet(unicode bool) *fontSet {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	return &fontSet{pdf: pdf, unicode: unicode, added: map[string]bool{}}
}

// setFont selects a face and size, adding the face on its first use.
func (fs *fontSet) setFont(style string, size float64) error {
	if !fs.added[style] {
		f, ok := fs.faces[style]
		if !ok {
			f = faces[style]
		}
		if fs.unicode {
			fs.pdf.AddUTF8FontFromBytes(family, style, f.ttf)
		} else {
			fs.pdf.AddFontFromBytes(family, style, f.def, f.z)
		}
		if err := fs.pdf.Error(); err != nil {
			return fmt.Errorf("loading font %s %q: %w", family, style, err)
		}
		fs.added[style] = true
	}
	fs.pdf.SetFont(family, style, size)
	return nil
}

// encode returns s as the fonts take it; ok is false when a Windows-1252
// set cannot hold it.
func (fs *fontSet) encode(s string) (string, bool) {
	if fs.unicode {
		return s, true
	}
	return winAnsi(s)
}

// fontStyle maps a run style to fpdf's style string; underlining is drawn
// as a rule by the layout, not by fpdf.
func fontStyle(st markup.Style) string {
	s := ""
	if st.Has(markup.Bold) {
		s += "B"
	}
	if st.Has(markup.Italic) {
		s += "I"
	}
	return s
}

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
	if enc, ok := winAnsi(s); ok {
		f, err := winFaceOf(style)
		if err != nil {
			if m.err == nil {
				m.err = err
			}
			return 0
		}
		return f.width(enc, size)
	}
	if m.wide == nil {
		m.wide = newFontSet(true)
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
