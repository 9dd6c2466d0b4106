package pleadgen

import (
	"crypto/sha256"
	"encoding/hex"

	"pleadgen/cases"
	"pleadgen/render"
	"pleadgen/render/docx"
	"pleadgen/render/layout"
)

// Part is what a Word document of a filing holds.
type Part string

// The parts a Word document may hold.
const (
	WholeFiling Part = ""      // the filing, as its PDF holds it
	OrderPart   Part = "order" // the proposed order alone, under its caption: for chambers
)

// DOCXDigest is the digest a filing's Word document records: the PDF's
// digest of the same inputs, with the format and the part, so that one
// file is never taken for another.
func DOCXDigest(pdfDigest string, part Part) string {
	sum := sha256.Sum256([]byte(pdfDigest + "\x00docx\x00" + string(part)))
	return hex.EncodeToString(sum[:])
}

// BuildDOCXInput makes the Word document of a filing read already, into
// r.DOCX: the same markup as the PDF's, checked and laid out as the PDF's
// is — the same errors, at the same places, and the same limits — then
// written as Office Open XML recording digest.
func (e *Engine) BuildDOCXInput(in *cases.Input, digest string, part Part) (*Result, error) {
	r, err := e.MarkupInput(in)
	if err != nil {
		return nil, err
	}
	warnings, err := e.WriteDOCX(r, digest, part)
	if err != nil {
		return nil, err
	}
	r.Warnings = append(r.Warnings, warnings...)
	return r, nil
}

// WriteDOCX makes r.DOCX from the markup of r, made already (for its PDF,
// say, so that a filing written in both forms is decoded and templated
// once), and returns what its markup and layout warn of, which r's PDF
// reported already when it was drawn from the same markup.
func (e *Engine) WriteDOCX(r *Result, digest string, part Part) ([]cases.Problem, error) {
	path := r.Input.Path
	var warnings []cases.Problem
	doc, err := parseMarkup(path, r)
	if err == nil {
		warnings = markupWarnings(path, r, doc.Warnings)
		doc.Meta.Digest = digest
		rend := &render.Renderer{Courts: e.courts}
		var d *layout.Document
		if d, err = rend.Layout(doc); err == nil {
			warnings = append(warnings, markupWarnings(path, r, d.Warnings)...)
			r.DOCX, err = docx.Write(doc, d.Profile, docx.Options{OrderOnly: part == OrderPart})
		}
	}
	if err != nil {
		if located := locate(path, r, err); located != err {
			return nil, located
		}
		return nil, atFiling(path, r.Case, err)
	}
	return warnings, nil
}
