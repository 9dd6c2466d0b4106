// Package templates owns the words of a filing: an embedded driver template
// for each filing type (joint-cmc-statement.tmpl, cmc-statement.tmpl) and
// shared partials for the document settings, counsel block, court, caption,
// topics, signatures, proposed order and certificate of service, run with
// sprig's hermetic functions and pleadgen's legal helpers to turn a case
// into markup text. A directory of the user's may override any template by
// name.
package templates

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"pleadgen/cases"
)

//go:embed tmpl/*.tmpl
var embedded embed.FS

// Options configure a run. The zero value uses the embedded templates.
type Options struct {
	// Dir holds templates that replace embedded ones of the same file name.
	Dir string
}

// Set is a parsed set of templates with the paths they came from.
type Set struct {
	tmpl   *template.Template
	paths  map[string]string // template name → file path shown in errors
	digest string
}

// Load parses the embedded templates and the overrides in opts.Dir.
func Load(opts Options) (*Set, error) {
	sources, paths, err := sources(opts.Dir)
	if err != nil {
		return nil, err
	}
	s := &Set{tmpl: template.New("").Funcs(FuncMap()).Funcs(escapeFuncs()).Option("missingkey=error"), paths: paths}
	names := make([]string, 0, len(sources))
	for n := range sources {
		names = append(names, n)
	}
	sort.Strings(names)
	s.digest = digest(names, sources)
	for _, n := range names {
		if _, err := s.tmpl.New(n).Parse(sources[n]); err != nil {
			return nil, s.position(err)
		}
	}
	for _, t := range s.tmpl.Templates() {
		if t.Tree == nil {
			continue
		}
		if err := escapeTree(t.Tree); err != nil {
			return nil, s.position(err)
		}
	}
	return s, nil
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
	files, err := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, nil, fmt.Errorf("templates directory: %w", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("reading template: %w", err)
		}
		src[filepath.Base(f)], paths[filepath.Base(f)] = string(b), f
	}
	return src, paths, nil
}

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
	name := c.Filing.Type + ".tmpl"
	if s.tmpl.Lookup(name) == nil {
		return "", fmt.Errorf("no template %s for filing type %q", name, c.Filing.Type)
	}
	w := &limitedWriter{limit: MaxMarkup}
	if err := s.tmpl.ExecuteTemplate(w, name, newData(c)); err != nil {
		if errors.Is(err, errTooMuch) {
			return "", fmt.Errorf("%s: the templates made more than %d MB of markup", c.File, MaxMarkup>>20)
		}
		return "", s.position(err)
	}
	return w.buf.String(), nil
}

// MaxMarkup bounds the markup the templates may make of one case: a
// template that loops without end fails instead of exhausting memory.
const MaxMarkup = 32 << 20

var errTooMuch = errors.New("markup limit reached")

// limitedWriter collects output up to a limit.
type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.limit {
		return 0, errTooMuch
	}
	return w.buf.Write(p)
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
	return fmt.Errorf("%s:%d:%d: %s", path, line, col, text)
}

// guessColumn finds the first quoted word of msg on the template's line.
func (s *Set) guessColumn(name string, line int, msg string) int {
	src := sourceOf(s.paths[name])
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

func sourceOf(path string) string {
	if p, ok := strings.CutPrefix(path, "templates/"); ok {
		if b, err := embedded.ReadFile(p); err == nil {
			return string(b)
		}
	}
	b, _ := os.ReadFile(path)
	return string(b)
}
