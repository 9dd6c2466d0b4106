package cases

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"

	"pleadgen/court"
)

// A filing may take its case from other files, which it includes:
//
//   - case: PATH, at the top, names a shared case file (court, number,
//     judge, parties, counsel, and any defaults of filing:) that the file
//     lays itself over: mappings merge by key, the including file's value
//     winning; a list replaces the list, and "KEY+:" adds to it instead
//     ("counsel+:" adds counsel to the case's). A shared case file may
//     itself name another.
//   - people: PATH, at the top, names the people directory that counsel
//     given as "- ref: ID" are taken from; without it the nearest
//     people.yaml in the filing's folder or a folder above is used.
//   - filing.positions: {SIDE: PATH} takes a side's (or a party's) texts,
//     by topic key, from a file of their own.
//
// Paths are relative to the file that names them. Every file read is an
// input of the PDF (Input.Files), and every problem in one is reported at
// its own line and column, with the key through which it was read.

// Limits on what a filing may include.
const (
	maxIncludes = 64 // files read for one filing
	maxChain    = 8  // shared case files in a chain
)

// PeopleFile is the name of the people directory found by the rule.
const PeopleFile = "people.yaml"

// Options are what a command line adds to a filing's own keys.
type Options struct {
	// People names the people directory, when the filing does not.
	People string
	// Types are filing types besides the built-in ones (a templates
	// directory's), by name.
	Types map[string]*FilingType
	// Courts are the courts a filing may name; nil is the built-in ones.
	Courts *court.Set
	// Draft makes every filing a draft, as filing.draft: true does.
	Draft bool
	// ReadFile reads the files a filing includes; nil reads them from the
	// file system (ReadFile). A comparison with a git revision reads them
	// as they were then.
	ReadFile func(path string) ([]byte, error)
}

// Source is one file a filing reads.
type Source struct {
	Path string // as the filing's keys lead to it
	Data []byte
}

// Input is a filing and every file it includes, read and parsed, ready to
// be decoded.
type Input struct {
	Path  string
	Files []*Source // the filing first, then the files it includes, each once
	dec   *decoder
	draft bool // every filing a draft
	// Sought are the files the filing would read if they were there: an
	// include that could not be read, and each people.yaml looked for
	// nearer than the one found. A watch waits for them.
	Sought []string
	ownTop *yaml.Node // the filing's own top mapping
	root   *yaml.Node // the merged top mapping, or nil when a file could not be parsed
}

// Digest identifies what the filing reads: each file's bytes and its path
// from the filing's folder, so that the same files read from another
// working directory give the same digest.
func (in *Input) Digest() [sha256.Size]byte {
	h := sha256.New()
	dir := filepath.Dir(in.Path)
	for i, f := range in.Files {
		path := ""
		if i > 0 {
			if rel, err := filepath.Rel(dir, f.Path); err == nil {
				path = filepath.ToSlash(rel)
			} else {
				path = f.Path
			}
		}
		fmt.Fprintf(h, "%d:%s%d:", len(path), path, len(f.Data))
		h.Write(f.Data)
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// Size is the bytes of every file the filing reads.
func (in *Input) Size() int {
	n := 0
	for _, f := range in.Files {
		n += len(f.Data)
	}
	return n
}

// Data returns the bytes of a file the filing read, by its path, or nil.
func (in *Input) Data(path string) []byte {
	for _, f := range in.Files {
		if f.Path == path {
			return f.Data
		}
	}
	return nil
}

// IsShared reports whether the file is a shared file that filings
// include rather than a filing: a mapping that does not name a filing's
// type (filing.type) itself. A file that cannot be parsed is not, so that
// its errors are reported.
func (in *Input) IsShared() bool {
	return in.ownTop != nil && lookup(lookup(in.ownTop, "filing"), "type") == nil
}

// OnlyShared reports whether a file named as a filing is rather a shared
// file: one that names no filing.type and either has no case number (a
// people directory, a side's texts) or gives filing: without a date (a
// shared case file's defaults). A case file that lacks its type, or
// filing: altogether, is a filing with that error.
func (in *Input) OnlyShared() bool {
	if !in.IsShared() {
		return false
	}
	filing := lookup(in.ownTop, "filing")
	return !hasKey(in.ownTop, "number") || filing != nil && !hasKey(filing, "date")
}

// Read reads the filing at path and every file it includes.
func Read(path string, opts Options) (*Input, error) {
	data, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ReadBytes(path, data, opts), nil
}

// ReadBytes is Read of a filing whose bytes are read already; the files it
// includes are read from the file system, relative to path.
func ReadBytes(path string, data []byte, opts Options) *Input {
	in := &Input{Path: path, Files: []*Source{{Path: path, Data: data}}}
	in.dec = newDecoder(path)
	in.dec.via, in.dec.files = map[string]string{}, map[*yaml.Node]string{}
	in.dec.types = typeTable(opts.Types)
	in.dec.courts = opts.Courts
	in.draft = opts.Draft
	top := in.dec.parseYAML(data)
	if top == nil {
		return in
	}
	in.dec.dropDuplicates(top, "")
	in.ownTop = top
	g := &gatherer{in: in, opts: opts, read: map[string]*yaml.Node{}, refused: map[*yaml.Node]bool{}}
	in.root = g.resolve(path, top)
	return in
}

// Decode decodes and validates the filing: the case (nil when there are
// errors), the warnings, and an Errors value holding every error found.
func (in *Input) Decode() (*Case, []Problem, error) {
	d := in.dec
	var c *Case
	if in.root != nil {
		d.checkDepth(in.root, 1)
		c = &Case{File: in.Path}
		d.decodeValue(reflect.ValueOf(c).Elem(), in.root, "")
		c.Filing.Draft = c.Filing.Draft || in.draft
		if !d.stopped {
			d.finish(c)
		}
		c.Positions, c.via = d.pos, d.via
	}
	errs, warns := split(d.problems)
	if len(errs) > 0 {
		return nil, warns, errs
	}
	return c, warns, nil
}

// gatherer reads the files a filing includes and lays them together.
type gatherer struct {
	in    *Input
	opts  Options
	read  map[string]*yaml.Node // the top mapping of each file read, by clean path
	chain []string              // the shared case files being resolved, by clean path
	// The people: key that names the directory and the file that holds
	// it; the directory, once read.
	peopleAt   *yaml.Node
	peopleFrom string
	peopleDone bool
	peopleFile string
	peopleDir  *yaml.Node
	refused    map[*yaml.Node]bool // keys of people entries reported once
}

// include reads a file that key (a scalar of file from) names, parses it
// and returns its top mapping; nil, with the problem reported, when it
// cannot. A file read before is not read again.
func (g *gatherer) include(from string, key *yaml.Node, what string) (string, *yaml.Node) {
	d := g.in.dec
	name, ok := d.includePath(key, what)
	if !ok {
		return "", nil
	}
	path := name
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(from), path)
	}
	clean := filepath.Clean(path)
	if top, ok := g.read[clean]; ok {
		return clean, top
	}
	g.in.Sought = append(g.in.Sought, clean)
	if len(g.in.Files) >= maxIncludes {
		d.errorf(key, "", "a filing reads at most %d files; %s would be one more", maxIncludes, clip(name))
		return "", nil
	}
	read := g.opts.ReadFile
	if read == nil {
		read = ReadFile
	}
	data, err := read(clean)
	if err != nil {
		if inner := errors.Unwrap(err); inner != nil {
			err = inner
		}
		d.errorf(key, "", "%s: cannot read %s: %v", what, clip(name), err)
		return "", nil
	}
	if g.in.Size()+len(data) > maxSize {
		d.errorf(key, "", "the files of this filing hold more than 10 MB; %s would add %d bytes", clip(name), len(data))
		return "", nil
	}
	g.in.Files = append(g.in.Files, &Source{Path: clean, Data: data})
	top := g.parseIncluded(clean, data, d.nodePos(key))
	g.read[clean] = top
	return clean, top
}

// parseIncluded parses an included file's bytes, reporting its problems at
// its own positions, read through at, and marks its nodes as its own.
func (g *gatherer) parseIncluded(path string, data []byte, at Pos) *yaml.Node {
	d := g.in.dec
	d.via[path] = "read through " + at.String(g.in.Path)
	sub := newDecoder(path)
	sub.what = "included file"
	sub.via = map[string]string{"": d.via[path]}
	top := sub.parseYAML(data)
	for _, p := range sub.problems {
		p.Via = d.via[path]
		d.problems = append(d.problems, p)
		if !p.Warning {
			d.errs++
		}
	}
	if top != nil {
		markFile(top, path, d.files)
		d.dropDuplicates(top, "")
	}
	return top
}

// markFile records path as the file of every node of the tree at n.
func markFile(n *yaml.Node, path string, files map[*yaml.Node]string) {
	if _, seen := files[n]; seen || n == nil {
		return
	}
	files[n] = path
	for _, c := range n.Content {
		markFile(c, path, files)
	}
}

// includePath returns the path a scalar names, or reports why it names
// none.
func (d *decoder) includePath(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" || strings.TrimSpace(n.Value) == "" {
		d.errorf(n, "", "%s names a file by its path, got %s", what, describe(n))
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

// String is a position as "file:line:col", its file the filing when empty.
func (p Pos) String(filing string) string {
	file := p.File
	if file == "" {
		file = filing
	}
	return fmt.Sprintf("%s:%d:%d", file, p.Line, p.Col)
}
