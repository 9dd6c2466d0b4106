package pleadgen

import (
	"context"
	"fmt"

	"pleadgen/render"

	"pleadgen/render/layout"
	"pleadgen/render/svg"
)

// Preview reads and renders the filing at path, as Render does, and draws
// its pages as SVG for a browser, from the same layout. On an error the
// Result holds at least the Input, whose files a watcher follows. Each text names, in a data-src attribute, the place in the
// case file ("file:line:col") of the block it sets, when the case file
// writes it.
func (e *Engine) Preview(ctx context.Context, path string) (*Result, []string, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	in, err := e.Read(path)
	if err != nil {
		return nil, nil, err
	}
	// Drawn once as the PDF, for the court's rules' findings, which read
	// the drawn pages' facts; then laid out for the SVG.
	r, err := e.BuildInput(in, "", new(render.Renderer))
	if err != nil {
		return &Result{Input: in}, nil, err
	}
	doc, d, err := e.Layout(in.Path, r)
	if err != nil {
		return r, nil, err
	}
	m := newSourceMap(r.Input, r.Markup, r.Origins)
	places := map[int]string{} // by block: a block's texts share its place
	link := func(t layout.Text) string {
		if t.Block < 1 || t.Block > len(doc.Blocks) {
			return ""
		}
		if s, ok := places[t.Block]; ok {
			return s
		}
		s := ""
		if p, ok := m.pos(doc.Blocks[t.Block-1].StartLine()); ok {
			s = fmt.Sprintf("%s:%d:%d", r.Case.FileOf(p), p.Line, p.Col)
		}
		places[t.Block] = s
		return s
	}
	pages := make([]string, len(d.Pages))
	for i, pg := range d.Pages {
		pages[i] = svg.Page(d.Profile, pg, link)
	}
	return r, pages, nil
}
