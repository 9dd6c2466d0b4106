package pleadgen

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"

	"pleadgen/cases"
	"pleadgen/check"
	"pleadgen/court"
	"pleadgen/pdffile"
	"pleadgen/render"
	"pleadgen/render/layout"
	"pleadgen/render/markup"
	"pleadgen/templates"
)

// Options configure an Engine. The zero value renders with the built-in
// templates, filing types and courts.
type Options struct {
	// Templates is a directory of templates that replace built-in ones by
	// file name, and of filing types of one's own (NAME.type.yaml beside
	// NAME.tmpl).
	Templates string
	// People is the people directory of counsel given by reference, when a
	// filing names none and no people.yaml is found.
	People string
	// Courts is a directory of court files (NAME.yaml) besides the
	// built-in courts: a court of one's own, or a built-in one changed.
	Courts string
	// Draft renders every filing as a draft.
	Draft bool
	// Read reads a filing and the files it includes; nil reads them from
	// the file system (cases.Read). A service that keeps filings elsewhere
	// reads them its own way.
	Read func(path string, opts cases.Options) (*cases.Input, error)
}

// Engine renders and checks filings. It holds what every filing of a run
// shares — the templates, the courts' rules and the digest of all that —
// and is safe for concurrent use: nothing in it changes after New.
type Engine struct {
	opts   Options
	set    *templates.Set
	digest [sha256.Size]byte
	rules  sync.Map // each court's *check.Rules, by its name, made when first asked for
	courts *court.Set
}

// New loads the templates and the courts' rules.
func New(opts Options) (*Engine, error) {
	e, err := newEngine(opts.Templates, opts.Courts)
	if e != nil {
		e.opts = opts
	}
	return e, err
}

// FilingTypes are the filing types the templates directory adds, by name.
func (e *Engine) FilingTypes() map[string]*cases.FilingType { return e.set.FilingTypes() }

// Courts are the courts the engine knows.
func (e *Engine) Courts() *court.Set { return e.courts }

// Rules are the rules of a court, by its name, or nil. A court's rules are
// readied the first time they are asked for: a directory's courts were
// proved sound by New, the built-in ones by the program's tests.
func (e *Engine) Rules(name string) *check.Rules {
	if rs, ok := e.rules.Load(name); ok {
		return rs.(*check.Rules)
	}
	ct, ok := e.courts.Lookup(name)
	if !ok {
		return nil
	}
	rs, err := check.LoadRules(ct)
	if err != nil {
		panic(err) // a built-in court's fault, which the tests catch
	}
	v, _ := e.rules.LoadOrStore(name, rs)
	return v.(*check.Rules)
}

// CaseOptions are the options filings are read with.
func (e *Engine) CaseOptions() cases.Options {
	return cases.Options{People: e.opts.People, Draft: e.opts.Draft, Types: e.set.FilingTypes(), Courts: e.courts}
}

// newEngine loads the templates of templateDir, the courts of courtDir
// with the built-in ones, and the courts' rules.
func newEngine(templateDir, courtDir string) (*Engine, error) {
	set, err := templates.Load(templates.Options{Dir: templateDir})
	if err != nil {
		return nil, err
	}
	courts, err := court.Load(courtDir)
	if err != nil {
		return nil, err
	}
	if err := ownCourtsSound(courts, set.FilingTypes()); err != nil {
		return nil, err
	}
	return &Engine{set: set, digest: runDigest(set.Digest(), courts), courts: courts}, nil
}

// ownCourtsSound proves the courts of a --courts directory sound: their
// rules are ones check knows and they name known filing types. The built-in
// courts' soundness is the program's tests'.
func ownCourtsSound(courts *court.Set, own map[string]*cases.FilingType) error {
	for _, name := range courts.Names() {
		if courts.IsBuiltin(name) {
			continue
		}
		ct, _ := courts.Lookup(name)
		if err := knownFilings(ct, own); err != nil {
			return err
		}
		if _, err := check.LoadRules(ct); err != nil {
			return err
		}
	}
	return nil
}

// review adds to r's warnings what the rules of the court would fault in
// the case and its PDF, as the renderer drew it: on render they are
// reported, not refused.
func (e *Engine) review(r *Result, facts *render.Facts) {
	rs := e.Rules(r.Case.Court)
	if rs == nil {
		return
	}
	found := rs.CheckFacts(r.Case, facts)
	for _, f := range found {
		switch f.Severity {
		case check.Error:
			r.RuleErrors++
			r.RuleFindings++
		case check.Warning:
			r.RuleFindings++
		}
	}
	r.Warnings = check.Warnings(check.Report(r.Warnings, found))
}

// Result is what the engine made of one filing.
type Result struct {
	Case     *cases.Case  // the case the markup was made from
	Input    *cases.Input // the filing and the files it includes
	Warnings []cases.Problem
	Markup   string
	Origins  []templates.Origin // where each value printed in Markup came from
	PDF      []byte             // when rendered
	DOCX     []byte             // when written as a Word document
	// RuleFindings are the findings of the court's rules among the
	// warnings, and RuleErrors those check calls errors.
	RuleFindings, RuleErrors int
}

// caseDigest identifies the PDF of a filing with these inputs.
func (e *Engine) CaseDigest(in *cases.Input) string {
	run := e.digest
	if e.opts.Draft { // a draft's PDF is not the final one's
		run = sha256.Sum256(append(run[:], "draft"...))
	}
	return caseDigest(run, in)
}

// read reads a filing and every file it includes.
func (e *Engine) Read(path string) (*cases.Input, error) {
	return e.readWith(path, e.CaseOptions())
}

// readWith reads a filing with the given options, through Options.Read
// when set.
func (e *Engine) readWith(path string, opts cases.Options) (*cases.Input, error) {
	if e.opts.Read != nil {
		return e.opts.Read(path, opts)
	}
	return cases.Read(path, opts)
}

// markup reads a case file and runs its templates.
func (e *Engine) Markup(path string) (*Result, error) {
	in, err := e.Read(path)
	if err != nil {
		return nil, err
	}
	return e.MarkupInput(in)
}

// markupInput decodes a filing, read already, and runs its templates.
func (e *Engine) MarkupInput(in *cases.Input) (*Result, error) {
	if in.OnlyShared() {
		return nil, cases.Errors{{File: in.Path, Pos: cases.Pos{Line: 1, Col: 1},
			Message: "this file names no filing.type: it is a file that filings include (by case:, people: or filing.positions), not a filing; name the filings that include it"}}
	}
	c, warnings, err := in.Decode()
	if err != nil {
		return nil, err
	}
	out, err := e.set.Run(c)
	if err != nil {
		return nil, err
	}
	return &Result{Case: c, Input: in, Warnings: warnings, Markup: out.Markup, Origins: out.Origins}, nil
}

// build runs the whole pipeline on a case file, up to the PDF's bytes.
func (e *Engine) Build(path string) (*Result, error) {
	in, err := e.Read(path)
	if err != nil {
		return nil, err
	}
	return e.BuildInput(in, "", new(render.Renderer))
}

// buildInput runs the whole pipeline on a filing, read already, and
// records digest in the PDF, drawing with rend.
func (e *Engine) BuildInput(in *cases.Input, digest string, rend *render.Renderer) (*Result, error) {
	r, err := e.MarkupInput(in)
	if err != nil {
		return nil, err
	}
	if err := e.draw(in.Path, r, digest, rend); err != nil {
		return nil, err
	}
	e.review(r, rend.Facts())
	return r, nil
}

// draw parses the markup of r and renders it into r.PDF with rend. An
// error about text the case file holds names its place there.
func (e *Engine) draw(path string, r *Result, digest string, rend *render.Renderer) error {
	doc, err := parseMarkup(path, r)
	if err == nil {
		r.Warnings = append(r.Warnings, markupWarnings(path, r, doc.Warnings)...)
		doc.Meta.Digest = digest
		rend.Courts = e.courts
		r.PDF, err = rend.PDF(doc)
		if err == nil {
			for _, w := range rend.Warnings() {
				w.Name = path + " (generated markup)"
			}
			r.Warnings = append(r.Warnings, markupWarnings(path, r, rend.Warnings())...)
		}
	}
	if err != nil {
		if located := locate(path, r, err); located != err {
			return located
		}
		return atFiling(path, r.Case, err)
	}
	return nil
}

// parseMarkup parses the markup the templates made of r's filing, holding
// the case file's texts in it to the blocks text may use: a text that
// would open or close another block is an error at its line.
func parseMarkup(path string, r *Result) (*markup.Doc, error) {
	texts := make([]markup.Span, len(r.Origins))
	for i, o := range r.Origins {
		texts[i] = markup.Span{Start: o.Start, End: o.End}
	}
	return markup.ParseCase(path+" (generated markup)", []byte(r.Markup), texts)
}

// layout parses the markup of r and lays it out, without drawing. An
// error about text the case file holds names its place there.
func (e *Engine) Layout(path string, r *Result) (*markup.Doc, *layout.Document, error) {
	doc, err := parseMarkup(path, r)
	var d *layout.Document
	if err == nil {
		d, err = (&render.Renderer{Courts: e.courts}).Layout(doc)
	}
	if err != nil {
		if located := locate(path, r, err); located != err {
			return nil, nil, located
		}
		return nil, nil, atFiling(path, r.Case, err)
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
	pr := c.ProblemAt(c.Filing.Pos, "filing", msg)
	pr.Err = err
	return cases.Errors{pr}
}

// Check renders one filing in memory and checks it, reading the facts
// of its pages back from the PDF. A case file that does not load or render
// gives its errors as findings.
func (e *Engine) Check(path string) []check.Finding {
	rend := new(render.Renderer)
	r, err := e.Markup(path)
	if err == nil {
		err = e.draw(path, r, "", rend)
	}
	if err != nil {
		var warnings []cases.Problem
		if r != nil {
			warnings = r.Warnings
		}
		return check.Report(warnings, check.FromError(path, err))
	}
	rs := e.Rules(r.Case.Court)
	if rs == nil {
		return check.Report(r.Warnings, nil)
	}
	facts, err := pdffile.Inspect(r.PDF)
	if err != nil {
		return check.Report(r.Warnings, rs.Check(r.Case, r.PDF)) // reports why
	}
	// What only the renderer knows: counsel moved off page 1, a wrapped
	// footer.
	if drawn := rend.Facts(); drawn != nil {
		facts.MovedCounsel, facts.FooterWrapped = drawn.MovedCounsel, drawn.FooterWrapped
	}
	return check.Report(r.Warnings, rs.CheckFacts(r.Case, facts))
}

// Render reads the filing at path, with the files it includes, and renders
// it: the PDF, the warnings (the court's rules' findings among them) and
// the case. ctx ends the work between its steps.
func (e *Engine) Render(ctx context.Context, path string) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	in, err := e.Read(path)
	if err != nil {
		return nil, err
	}
	return e.renderInput(ctx, in)
}

// RenderBytes is Render of a filing whose bytes are at hand; name names it
// in messages, and the files it includes are read relative to it.
func (e *Engine) RenderBytes(ctx context.Context, name string, data []byte) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.renderInput(ctx, cases.ReadBytes(name, data, e.CaseOptions()))
}

// renderInput renders a filing read already, its PDF recording the digest
// of its inputs.
func (e *Engine) renderInput(ctx context.Context, in *cases.Input) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return e.BuildInput(in, e.CaseDigest(in), new(render.Renderer))
}

// knownFilings refuses a court file whose outline or rule names a filing
// type no one has: a misspelt type would silently leave the outline or the
// rule out.
func knownFilings(ct *court.Court, own map[string]*cases.FilingType) error {
	known := cases.BuiltinTypes()
	for n, t := range own {
		known[n] = t
	}
	for _, o := range ct.Outlines {
		for _, f := range o.Filings {
			if known[f] == nil {
				return fmt.Errorf("court file %s: outline %s: unknown filing type %q", ct.Where("outlines."+o.Name+".filings"), o.Name, f)
			}
		}
	}
	for i, r := range ct.Rules {
		for _, f := range r.Filings {
			if known[f] == nil {
				return fmt.Errorf("court file %s: rules[%d] (%s): unknown filing type %q", ct.Where(fmt.Sprintf("rules[%d].filings", i)), i, r.ID, f)
			}
		}
	}
	return nil
}
