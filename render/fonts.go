package render

import (
	"fmt"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"

	"pleadgen/render/markup"
)

const family = "LiberationSerif"

// faces are the embedded Liberation Serif faces by fpdf style.
var faces = []struct {
	style string
	ttf   []byte
}{
	{"", liberationserifregular.TTF},
	{"B", liberationserifbold.TTF},
	{"I", liberationserifitalic.TTF},
	{"BI", liberationserifbolditalic.TTF},
}

// newPDF returns an fpdf document in points with the fonts loaded.
func newPDF() (*fpdf.Fpdf, error) {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 612, Ht: 792}})
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	for _, f := range faces {
		pdf.AddUTF8FontFromBytes(family, f.style, f.ttf)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("loading fonts: %w", err)
	}
	return pdf, nil
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

// measurer measures text with the fonts fpdf will draw it in.
type measurer struct {
	pdf   *fpdf.Fpdf
	style string
	size  float64
}

func (m *measurer) Width(s string, st markup.Style, size float64) float64 {
	fs := fontStyle(st)
	if fs != m.style || size != m.size || m.size == 0 {
		m.pdf.SetFont(family, fs, size)
		m.style, m.size = fs, size
	}
	return m.pdf.GetStringWidth(s)
}
