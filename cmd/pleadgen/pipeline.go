package main

import (
	"fmt"
	"io"

	"pleadgen/cases"
	"pleadgen/render"
	"pleadgen/render/markup"
	"pleadgen/templates"
)

// pipeline holds what every sub-command shares: the template set.
type pipeline struct {
	set *templates.Set
}

func newPipeline(templateDir string) (*pipeline, error) {
	set, err := templates.Load(templates.Options{Dir: templateDir})
	if err != nil {
		return nil, err
	}
	return &pipeline{set: set}, nil
}

// result is what the pipeline made of one case file.
type result struct {
	warnings []cases.Problem
	markup   string
	pdf      []byte
}

// markup loads a case file and runs its templates.
func (p *pipeline) markup(path string) (*result, error) {
	c, warnings, err := cases.Load(path)
	if err != nil {
		return nil, err
	}
	text, err := p.set.Execute(c)
	if err != nil {
		return nil, err
	}
	return &result{warnings: warnings, markup: text}, nil
}

// build runs the whole pipeline on a case file, up to the PDF's bytes.
func (p *pipeline) build(path string) (*result, error) {
	r, err := p.markup(path)
	if err != nil {
		return nil, err
	}
	doc, err := markup.Parse(path+" (generated markup)", []byte(r.markup))
	if err != nil {
		return nil, err
	}
	if r.pdf, err = render.PDF(doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// printWarnings writes warnings one per line.
func printWarnings(w io.Writer, ps []cases.Problem) {
	for _, p := range ps {
		fmt.Fprintln(w, p.String())
	}
}
