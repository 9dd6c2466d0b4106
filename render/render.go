// Package render owns the ink: it lays a markup document out on its court's
// pleading paper and writes the PDF itself, embedding Liberation Serif cut
// down to the characters drawn, with the metadata and bookmarks, the same
// bytes for the same input. Reading PDFs back, and the compressor, are
// pdffile's.
package render

import (
	"pleadgen/court"
	"pleadgen/pdffile"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
)

// Renderer makes PDFs one at a time, keeping its compressor between them;
// give each goroutine its own. The zero value is ready to use.
type Renderer struct {
	// Courts are the courts whose paper documents name; nil is the
	// built-in ones.
	Courts *court.Set
	// Reuse, when not nil, is the work of the last good render of the
	// same document, which this render takes again where nothing changed
	// and replaces when good.
	Reuse *Reuse
	// Parallel deflates the pages of a long document on a goroutine of
	// their own while the next are drawn: for a machine with a core to
	// spare.
	Parallel bool

	z        pdffile.Deflater
	zBeside  pdffile.Deflater // the pages', when they are deflated beside the drawing
	facts    *Facts
	warnings []*markup.Error
	profiles map[string]*layout.Profile
}

// Warnings are what the layout of the last PDF drew but a writer should
// hear of, each at its markup line.
func (r *Renderer) Warnings() []*markup.Error { return r.warnings }

// Facts returns the facts of the last PDF the renderer made, as
// pdffile.Inspect would read them back from it, or nil.
func (r *Renderer) Facts() *Facts { return r.facts }

// PDF lays doc out and returns the PDF's bytes.
func (r *Renderer) PDF(doc *markup.Doc) ([]byte, error) {
	return r.PDFWith(doc, nil)
}

// PDFWith is PDF that, when decorate is not nil, lets it add to the
// laid-out pages — texts and rules, measured with the fonts that will
// draw them — before they are drawn: a redline's marks over a filing.
func (r *Renderer) PDFWith(doc *markup.Doc, decorate func(*layout.Document, layout.Measurer) error) ([]byte, error) {
	r.facts, r.warnings = nil, nil
	prof, err := r.profile(doc.Meta)
	if err != nil {
		return nil, err
	}
	u := r.Reuse
	if u == nil {
		m, d, err := layoutWith(doc, prof, nil)
		if err != nil {
			return nil, err
		}
		return r.drawLaidOut(m, d, decorate, nil)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.start()
	m, d, err := layoutWith(doc, prof, &u.lines)
	var pdf []byte
	if err == nil {
		pdf, err = r.drawLaidOut(m, d, decorate, &u.pages)
	}
	u.settle(err == nil)
	return pdf, err
}

// drawLaidOut draws a laid-out document, which decorate, when not nil,
// adds to first; streams, when not nil, are the deflated page contents of
// the document's last good render.
func (r *Renderer) drawLaidOut(m *measurer, d *layout.Document, decorate func(*layout.Document, layout.Measurer) error, streams *pageStreams) ([]byte, error) {
	r.warnings = d.Warnings
	if decorate != nil {
		if err := decorate(d, m); err != nil {
			return nil, err
		}
		if m.err != nil {
			return nil, m.err
		}
	}
	w := newPDFDoc(&r.z)
	w.streams = streams
	if r.Parallel && len(d.Pages) >= parallelPages {
		w.beside = startPageDeflater(&r.zBeside, streams)
		defer w.beside.wait() // a drawing that fails midway
	}
	pdf, err := drawOwn(w, d)
	if err == nil {
		r.facts = factsOf(d, w.fonts())
	}
	return pdf, err
}

// parallelPages is the fewest pages deflated beside the drawing: a short
// document's pages are deflated sooner than a goroutine is woken for them
// (an 8-page statement renders as fast either way, a 300-page case 8%
// faster beside).
const parallelPages = 16

// PDF lays doc out and returns the PDF's bytes, with a Renderer of its own.
func PDF(doc *markup.Doc) ([]byte, error) {
	var r Renderer
	return r.PDF(doc)
}

// Layout lays doc out with the metrics of the embedded fonts.
func Layout(doc *markup.Doc) (*layout.Document, error) {
	var r Renderer
	return r.Layout(doc)
}

// Layout lays doc out, on the paper of the renderer's courts, with the
// metrics of the embedded fonts.
func (r *Renderer) Layout(doc *markup.Doc) (*layout.Document, error) {
	prof, err := r.profile(doc.Meta)
	if err != nil {
		return nil, err
	}
	_, d, err := layoutWith(doc, prof, nil)
	return d, err
}

// layoutWith lays doc out on prof's paper, taking again the unchanged
// paragraphs' lines when lines is not nil.
func layoutWith(doc *markup.Doc, prof *layout.Profile, lines *layout.Lines) (*measurer, *layout.Document, error) {
	if err := checkCharacters(doc); err != nil {
		return nil, nil, err
	}
	m := &measurer{}
	d, err := layout.LayoutReusing(doc, prof, m, lines)
	if err == nil {
		err = m.err
	}
	return m, d, err
}

// profile returns the paper a document names — its court's, with a
// firm's changes — made once per renderer.
func (r *Renderer) profile(m markup.Meta) (*layout.Profile, error) {
	key := m.Profile + "\x00" + m.Paper
	if p, ok := r.profiles[key]; ok {
		return p, nil
	}
	set := r.Courts
	if set == nil {
		set = court.Builtin()
	}
	name := m.Profile
	if name == "" {
		name = set.Default().Name
	}
	p, err := set.Paper(name, m.Paper)
	if err != nil {
		return nil, err
	}
	if r.profiles == nil {
		r.profiles = map[string]*layout.Profile{}
	}
	r.profiles[key] = p
	return p, nil
}
