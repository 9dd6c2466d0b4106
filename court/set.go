package court

import (
	"embed"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed courts/*.yaml
var builtinFiles embed.FS

// Set is the courts a run knows: the built-in ones and a directory's own.
// It never changes once made, so it is safe for concurrent use.
type Set struct {
	byName map[string]*Court
	names  []string // the default court first, then by name
}

var builtin = mustBuiltin()

// mustBuiltin reads the embedded courts; a fault in one is a fault of the
// program, which its tests catch.
func mustBuiltin() *Set {
	s := &Set{byName: map[string]*Court{}}
	entries, _ := builtinFiles.ReadDir("courts")
	for _, e := range entries {
		name := path.Join("courts", e.Name())
		data, _ := builtinFiles.ReadFile(name)
		if err := s.add(name, data); err != nil {
			panic(err)
		}
	}
	s.order()
	return s
}

// Builtin returns the built-in courts.
func Builtin() *Set { return builtin }

// Load returns the built-in courts with those of dir's *.yaml files (each
// one court, named by its name key); a court of the directory replaces the
// built-in one of its name. An empty dir gives the built-in courts.
func Load(dir string) (*Set, error) {
	if dir == "" {
		return builtin, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no court files (NAME.yaml) in the directory", dir)
	}
	s := &Set{byName: map[string]*Court{}}
	for n, c := range builtin.byName {
		s.byName[n] = c
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		if err := s.add(f, data); err != nil {
			return nil, err
		}
	}
	s.order()
	if err := s.oneDefault(); err != nil {
		return nil, err
	}
	return s, nil
}

// add decodes and validates one court file.
func (s *Set) add(file string, data []byte) error {
	c := new(Court)
	root, err := decodeStrictNode(file, data, c)
	if err != nil {
		return fmt.Errorf("court file %w", err)
	}
	c.File, c.root = file, root
	if err := c.validate(); err != nil {
		return fmt.Errorf("court file %w", c.placeError(err))
	}
	if base := strings.TrimSuffix(filepath.Base(file), ".yaml"); base != c.Name {
		return fmt.Errorf("court file %s: names the court %q: name the file %s.yaml", file, c.Name, c.Name)
	}
	c.File, c.Source = file, data

	s.byName[c.Name] = c
	return nil
}

// order lists the names, the default court first.
func (s *Set) order() {
	s.names = s.names[:0]
	for n := range s.byName {
		s.names = append(s.names, n)
	}
	sort.Slice(s.names, func(i, j int) bool {
		a, b := s.byName[s.names[i]], s.byName[s.names[j]]
		if a.Default != b.Default {
			return a.Default
		}
		return a.Name < b.Name
	})
}

// oneDefault checks that exactly one court is the default.
func (s *Set) oneDefault() error {
	n := 0
	for _, c := range s.byName {
		if c.Default {
			n++
		}
	}
	if n != 1 {
		return fmt.Errorf("%d courts say they are the default: one must", n)
	}
	return nil
}

// Lookup returns the court of that name.
func (s *Set) Lookup(name string) (*Court, bool) {
	c, ok := s.byName[name]
	return c, ok
}

// Names lists the courts, the default first, then by name.
func (s *Set) Names() []string { return append([]string(nil), s.names...) }

// Default returns the court of case files that name none.
func (s *Set) Default() *Court { return s.byName[s.names[0]] }

// Paper returns a court's paper, the firm's changes made by spec (see
// FirmPaper.String) when spec is not empty: a copy of its own.
func (s *Set) Paper(name, spec string) (*Paper, error) {
	c, ok := s.byName[name]
	if !ok {
		return nil, fmt.Errorf("unknown court %q (known: %s)", name, strings.Join(s.names, ", "))
	}
	f, err := ParseFirmPaper(spec)
	if err != nil {
		return nil, err
	}
	return c.Apply(f)
}

// sortStrings sorts a list of strings.
func sortStrings(s []string) { sort.Strings(s) }
