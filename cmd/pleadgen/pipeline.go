package main

import (
	"crypto/sha256"
	"errors"
	"flag"
	"fmt"
	"io"

	"pleadgen/cases"
	"pleadgen/check"
	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
	"pleadgen/templates"
)

// pipeline holds what every sub-command and every worker shares: the
// template set and the digest of what all cases of a run have in common.
// It is safe for concurrent use: it is never changed after newPipeline.
type pipeline struct {
	people string // the people directory the command line names
	draft  bool   // every filing a draft
	set    *templates.Set
	digest [sha256.Size]byte
	rules  map[string]*check.Rules // each court's rules, by profile name
}

// inputFlags are the flags of every command that reads filings.
type inputFlags struct {
	templates string // directory of templates that replace built-in ones
	people    string // the people directory, when a filing names none
	draft     bool   // render every filing as a draft
}

// register adds the flags to fs; templatesUsage is the help of
// --templates, which watch words its own way.
func (f *inputFlags) register(fs *flag.FlagSet, templatesUsage string) {
	fs.StringVar(&f.templates, "templates", "", templatesUsage)
	fs.StringVar(&f.people, "people", "", "the people `FILE` that counsel given by ref come from, when a filing names none (default: the nearest people.yaml in the filing's folder or above)")
	fs.BoolVar(&f.draft, "draft", false, "render drafts: DRAFT on every page, dates that may be left out (as filing.draft: true)")
}

// templatesUsage is the help of the --templates flag.
const templatesUsage = "`DIR` of templates that replace the built-in ones, and of filing types' templates and type files"

// newPipelineWith is newPipeline with the command line's inputs: the
// people directory, drafts, and the filing types of the templates
// directory.
func newPipelineWith(f inputFlags) (*pipeline, error) {
	p, err := newPipeline(f.templates)
	if p != nil {
		p.people, p.draft = f.people, f.draft
	}
	return p, err
}

func newPipeline(templateDir string) (*pipeline, error) {
	set, err := templates.Load(templates.Options{Dir: templateDir})
	if err != nil {
		return nil, err
	}
	rules, err := courtRules()
	if err != nil {
		return nil, err
	}
	return &pipeline{set: set, digest: runDigest(set.Digest()), rules: rules}, nil
}

// courtRules decodes the rules of every court profile once.
func courtRules() (map[string]*check.Rules, error) {
	rules := map[string]*check.Rules{}
	for _, name := range layout.Profiles() {
		prof, err := layout.LoadProfile(name)
		if err != nil {
			return nil, err
		}
		if rules[name], err = check.LoadRules(prof); err != nil {
			return nil, fmt.Errorf("court profile %s: %w", name, err)
		}
	}
	return rules, nil
}

// review adds to r's warnings what the rules of the court would fault in
// the case and its PDF, as the renderer drew it: on render they are
// reported, not refused.
func (p *pipeline) review(r *result, facts *render.Facts) {
	rs := p.rules[r.c.Court]
	if rs == nil {
		return
	}
	found := rs.CheckFacts(r.c, facts)
	for _, f := range found {
		switch f.Severity {
		case check.Error:
			r.ruleErrors++
			r.ruleFindings++
		case check.Warning:
			r.ruleFindings++
		}
	}
	r.warnings = check.Warnings(check.Report(r.warnings, found))
}

// result is what the pipeline made of one case file.
type result struct {
	c        *cases.Case  // the case the markup was made from
	in       *cases.Input // the filing and the files it includes
	warnings []cases.Problem
	markup   string
	origins  []templates.Origin // where each value printed in markup came from
	pdf      []byte
	// ruleFindings are the findings of the court's rules among the
	// warnings, and ruleErrors those check calls errors.
	ruleFindings, ruleErrors int
}

// caseDigest identifies the PDF of a filing with these inputs.
func (p *pipeline) caseDigest(in *cases.Input) string {
	run := p.digest
	if p.draft { // a draft's PDF is not the final one's
		run = sha256.Sum256(append(run[:], "draft"...))
	}
	return caseDigest(run, in)
}

// read reads a filing and every file it includes.
func (p *pipeline) read(path string) (*cases.Input, error) {
	return readInput(path, cases.Options{People: p.people, Draft: p.draft, Types: p.set.FilingTypes()})
}

// markup reads a case file and runs its templates.
func (p *pipeline) markup(path string) (*result, error) {
	in, err := p.read(path)
	if err != nil {
		return nil, err
	}
	return p.markupInput(in)
}

// markupInput decodes a filing, read already, and runs its templates.
func (p *pipeline) markupInput(in *cases.Input) (*result, error) {
	if in.OnlyShared() {
		return nil, cases.Errors{{File: in.Path, Pos: cases.Pos{Line: 1, Col: 1},
			Message: "this file names no filing.type: it is a file that filings include (by case:, people: or filing.positions), not a filing; name the filings that include it"}}
	}
	c, warnings, err := in.Decode()
	if err != nil {
		return nil, err
	}
	out, err := p.set.Run(c)
	if err != nil {
		return nil, err
	}
	return &result{c: c, in: in, warnings: warnings, markup: out.Markup, origins: out.Origins}, nil
}

// build runs the whole pipeline on a case file, up to the PDF's bytes.
func (p *pipeline) build(path string) (*result, error) {
	in, err := p.read(path)
	if err != nil {
		return nil, err
	}
	return p.buildInput(in, "", new(render.Renderer))
}

// buildInput runs the whole pipeline on a filing, read already, and
// records digest in the PDF, drawing with rend.
func (p *pipeline) buildInput(in *cases.Input, digest string, rend *render.Renderer) (*result, error) {
	r, err := p.markupInput(in)
	if err != nil {
		return nil, err
	}
	if err := p.draw(in.Path, r, digest, rend); err != nil {
		return nil, err
	}
	p.review(r, rend.Facts())
	return r, nil
}

// draw parses the markup of r and renders it into r.pdf with rend. An
// error about text the case file holds names its place there.
func (p *pipeline) draw(path string, r *result, digest string, rend *render.Renderer) error {
	doc, err := markup.Parse(path+" (generated markup)", []byte(r.markup))
	if err == nil {
		r.warnings = append(r.warnings, markupWarnings(path, r, doc.Warnings)...)
		doc.Meta.Digest = digest
		r.pdf, err = rend.PDF(doc)
	}
	if err != nil {
		if located := locate(path, r, err); located != err {
			return located
		}
		return atFiling(path, r.c, err)
	}
	return nil
}

// layout parses the markup of r and lays it out, without drawing. An
// error about text the case file holds names its place there.
func (p *pipeline) layout(path string, r *result) (*markup.Doc, *layout.Document, error) {
	doc, err := markup.Parse(path+" (generated markup)", []byte(r.markup))
	var d *layout.Document
	if err == nil {
		d, err = render.Layout(doc)
	}
	if err != nil {
		if located := locate(path, r, err); located != err {
			return nil, nil, located
		}
		return nil, nil, atFiling(path, r.c, err)
	}
	return doc, d, nil
}

// atFiling places an error that no text of the case file holds — one
// about the document as a whole ("runs past 2000 pages"), or about markup
// a template of one's own made — at the case file's filing key, so that
// every error names a line and column of the case file.
func atFiling(path string, c *cases.Case, err error) error {
	if c == nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	msg := err.Error()
	var me *markup.Error
	if errors.As(err, &me) {
		msg = fmt.Sprintf("%s (line %d of the markup the templates made; pleadgen markup prints it)", me.Msg, me.Line)
	}
	return cases.Errors{c.ProblemAt(c.Filing.Pos, "filing", msg)}
}

// printWarnings writes warnings one per line.
func printWarnings(w io.Writer, ps []cases.Problem) {
	for _, p := range ps {
		fmt.Fprintln(w, p.String())
	}
}
