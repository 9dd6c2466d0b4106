// Package templates owns the words of a filing: an embedded driver template
// for each filing type (joint-cmc-statement.tmpl, cmc-statement.tmpl) and
// shared partials for the document settings, counsel block, court, caption,
// topics, signatures, proposed order and certificate of service, run with
// sprig's hermetic functions (written here on the standard library) and
// pleadgen's legal helpers to turn a case into markup text. A directory of
// the user's may override any template by name.
package templates

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
	"text/template/parse"

	"pleadgen/cases"
)

//go:embed tmpl/*.tmpl
var embedded embed.FS

// Options configure a run. The zero value uses the embedded templates.
type Options struct {
	// Dir holds templates that replace embedded ones of the same file name.
	Dir string
	// MaxSteps bounds the steps of one run (see maxSteps, the default
	// when it is zero): a service may lower it.
	MaxSteps int
}

// Set is a parsed set of templates with the paths they came from.
type Set struct {
	types   map[string]*cases.FilingType // the filing types the directory adds
	tmpl    *template.Template
	paths   map[string]string // template name → file path shown in errors
	sources map[string]string // template name → its text
	funcs   template.FuncMap  // the functions, unwrapped
	used    map[string]bool   // the functions the templates call
	walks   bool              // whether a run walks the templates (see walk.go)
	digest  string
	steps   int       // the step budget of a run
	runners sync.Pool // of *runner, each with its own budget
	// lastMarkup is how much markup the last run made, up to a
	// megabyte: the next run makes room for as much.
	lastMarkup atomic.Int64
}

// Load parses the embedded templates and the overrides in opts.Dir.
func Load(opts Options) (*Set, error) {
	sources, paths, err := sources(opts.Dir)
	if err != nil {
		return nil, err
	}
	s := &Set{funcs: FuncMap(), paths: paths, sources: sources, steps: cmp.Or(opts.MaxSteps, maxSteps)}
	for name, fn := range escapeFuncs() {
		s.funcs[name] = fn
	}
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	s.digest = digest(names, sources)
	if s.types, err = loadTypes(sources, paths); err != nil {
		return nil, err
	}
	// The built-in templates are taken from their compiled form when they
	// are its sources. Any others, a directory's, are parsed at once, so
	// that their errors are reported before any case file is read.
	if opts.Dir == "" && s.fromCompiled() {
		return s, nil
	}
	s.tmpl = newRoot(s.funcs)
	if err := s.parse(names); err != nil {
		return nil, err
	}
	return s, nil
}

// newRoot is the template that holds a set's templates: with the
// functions they may call, which parsing checks, and a missing key an
// error. Running, the templates call the runner's functions.
func newRoot(funcs template.FuncMap) *template.Template {
	return template.New("").Funcs(funcs).Option("missingkey=error")
}

// parse parses the templates named, checks them and readies them to run.
func (s *Set) parse(names []string) error {
	// Only the trees parsed here are checked, escaped and counted: a tree
	// the set held before (a compiled one, shared by every set) already is.
	had := map[*parse.Tree]bool{}
	for _, t := range s.tmpl.Templates() {
		had[t.Tree] = true
	}
	for _, n := range names {
		if strings.HasSuffix(n, typeSuffix) {
			continue
		}
		if _, err := s.tmpl.New(n).Parse(s.sources[n]); err != nil {
			return s.position(err)
		}
	}
	for _, t := range s.tmpl.Templates() {
		if t.Tree == nil || had[t.Tree] {
			continue
		}
		if err := checkHermetic(t.Tree); err != nil {
			return s.position(err)
		}
		if err := escapeTree(t.Tree); err != nil {
			return s.position(err)
		}
		addSteps(t.Tree)
	}
	s.readyToRun()
	return nil
}

// readyToRun readies the parsed templates to run.
func (s *Set) readyToRun() { s.readyToRunWith(usedFuncs(s.tmpl), walkableTrees(s.tmpl)) }

// readyToRunWith readies the templates to run, calling the functions
// used; shapes says whether the walk knows the shapes of all their
// commands.
func (s *Set) readyToRunWith(used map[string]bool, shapes bool) {
	s.used = used
	s.walks = shapes && walkable(used, s.funcs)
	s.runners.New = func() any { return s.newRunner() }
}

// sources reads the embedded templates, then the overrides.
func sources(dir string) (map[string]string, map[string]string, error) {
	src, paths := map[string]string{}, map[string]string{}
	entries, _ := fs.ReadDir(embedded, "tmpl")
	for _, e := range entries {
		b, _ := embedded.ReadFile("tmpl/" + e.Name())
		src[e.Name()], paths[e.Name()] = string(b), "templates/tmpl/"+e.Name()
	}
	if dir == "" {
		return src, paths, nil
	}
	if err := readDir(dir, src, paths); err != nil {
		return nil, nil, err
	}
	return src, paths, nil
}

// loadTypes parses the type files of a templates directory; each type
// needs its driver template.
func loadTypes(sources, paths map[string]string) (map[string]*cases.FilingType, error) {
	types := map[string]*cases.FilingType{}
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names) // the first broken file, the same every time
	for _, n := range names {
		text := sources[n]
		name, ok := strings.CutSuffix(n, typeSuffix)
		if !ok {
			continue
		}
		ft, err := cases.ParseFilingType(paths[n], name, []byte(text))
		if err != nil {
			return nil, err
		}
		if _, ok := sources[name+".tmpl"]; !ok {
			return nil, fmt.Errorf("%s:1:1: the filing type %s needs its driver template, %s.tmpl, beside it", paths[n], name, name)
		}
		types[name] = ft
	}
	return types, nil
}

// FilingTypes are the filing types the templates directory adds (or
// whose type files it replaces), by name.
func (s *Set) FilingTypes() map[string]*cases.FilingType { return maps.Clone(s.types) }

// digest hashes the templates' names and texts in name order.
func digest(names []string, sources map[string]string) string {
	h := sha256.New()
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%d\x00%s", n, len(sources[n]), sources[n])
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Digest identifies the set's templates: it changes when any of them does.
func (s *Set) Digest() string { return s.digest }

// Execute renders the driver template of the case's filing type.
func (s *Set) Execute(c *cases.Case) (string, error) {
	out, err := s.Run(c)
	if err != nil {
		return "", err
	}
	return out.Markup, nil
}

// Run is Execute, and also returns where in the case file each value
// printed came from.
func (s *Set) Run(c *cases.Case) (*Output, error) {
	name := c.Filing.Type + ".tmpl"
	if s.tmpl.Lookup(name) == nil {
		return nil, fmt.Errorf("no template %s for filing type %q", name, c.Filing.Type)
	}
	w := &limitedWriter{limit: MaxMarkup}
	w.buf.Grow(int(s.lastMarkup.Load()) + 4096) // room for as much as the last run made
	r := s.runners.Get().(*runner)
	defer func() { r.sources, r.origins = nil, nil; s.runners.Put(r) }()
	r.sources = textSources(c)
	if err := s.execute(r, w, name, c); err != nil {
		return nil, err
	}
	if w.over {
		return nil, fmt.Errorf("%s: %w", c.File, errTooMuch)
	}
	s.lastMarkup.Store(int64(min(w.buf.Len(), 1<<20)))
	return &Output{Markup: w.buf.String(), Origins: r.origins}, nil
}

// execute runs the template named on the case into w: walked, or, when
// the walk leaves it, by text/template from the start, within the time
// the run began with.
func (s *Set) execute(r *runner, w *limitedWriter, name string, c *cases.Case) error {
	r.budget.reset(s.steps, w)
	r.origins = nil
	if s.walks {
		if r.walk(w, name, newData(caseView(c))) {
			return nil
		}
		w.buf.Reset()
		w.over = false
		r.budget.restart()
		r.origins = nil
	}
	if err := r.tmpl.ExecuteTemplate(w, name, newData(caseView(c))); err != nil {
		return s.position(err)
	}
	return nil
}

// MaxMarkup bounds the markup the templates may make of one case: a
// template that loops without end fails instead of exhausting memory.
const MaxMarkup = 32 << 20

var errTooMuch = fmt.Errorf("the templates made more than %d MB of markup", MaxMarkup>>20)

// limitedWriter collects output up to a limit, and past it only notes
// that there was more: the run's next step or function call fails with
// errTooMuch at its position.
type limitedWriter struct {
	buf   strings.Builder // whose String copies nothing
	limit int
	over  bool
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.over || w.buf.Len()+len(p) > w.limit {
		w.over = true
		return len(p), nil
	}
	return w.buf.Write(p)
}

// WriteString is Write for a string.
func (w *limitedWriter) WriteString(s string) (int, error) {
	if w.over || w.buf.Len()+len(s) > w.limit {
		w.over = true
		return len(s), nil
	}
	return w.buf.WriteString(s)
}

// position rewrites text/template's "template: name:line[:col]: msg" into
// "path:line:col: msg", finding the column of a quoted name when the
// parser gives only a line.
func (s *Set) position(err error) error {
	msg := strings.TrimPrefix(err.Error(), "template: ")
	name, rest, ok := strings.Cut(msg, ":")
	path, known := s.paths[name]
	if !ok || !known {
		return err
	}
	var line, col int
	var text string
	if n, _ := fmt.Sscanf(rest, "%d:%d:", &line, &col); n == 2 {
		_, text, _ = strings.Cut(rest, fmt.Sprintf("%d:%d: ", line, col))
	} else if n, _ := fmt.Sscanf(rest, "%d:", &line); n == 1 {
		_, text, _ = strings.Cut(rest, fmt.Sprintf("%d: ", line))
		col = s.guessColumn(name, line, text)
	} else {
		return err
	}
	for _, f := range []string{stepFunc, enterFunc} {
		if _, budget, ok := strings.Cut(text, "error calling "+f+": "); ok {
			text = budget // the call is Load's, not the author's: say only why
		}
	}
	return fmt.Errorf("%s:%d:%d: %s", path, line, col, text)
}

// guessColumn finds the first quoted word of msg on the template's line.
func (s *Set) guessColumn(name string, line int, msg string) int {
	src := s.sources[name]
	lines := strings.Split(src, "\n")
	if line < 1 || line > len(lines) {
		return 1
	}
	if _, q, ok := strings.Cut(msg, "\""); ok {
		if word, _, ok := strings.Cut(q, "\""); ok && word != "" {
			if i := strings.Index(lines[line-1], word); i >= 0 {
				return i + 1
			}
		}
	}
	return 1
}
