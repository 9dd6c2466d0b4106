package court

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"pleadgen/internal/regular"
)

//go:embed courts/*.yaml
var builtinFiles embed.FS

// Set is the courts a run knows: the built-in ones and a directory's own.
// A built-in court's file is read the first time the court is asked for,
// so that a run pays only for the courts its filings name. A Set never
// changes once made and is safe for concurrent use.
type Set struct {
	entries map[string]*entry
	names   []string // the default court first, then by name
	def     string
}

// entry is one court's file, decoded once.
type entry struct {
	file    string
	data    []byte
	builtin bool // may be read from its compiled form
	once    sync.Once
	court   *Court
	err     error
}

// saysDefault reports whether a court file has the line "default: true"
// (spaces and a comment after it allowed), without decoding it: a scan of
// the lines, cheaper than a regular expression run over every file at
// each start.
func saysDefault(data []byte) bool {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		rest, ok := bytes.CutPrefix(line, []byte("default:"))
		if !ok {
			continue
		}
		rest = bytes.TrimLeft(bytes.TrimSuffix(rest, []byte("\r")), " \t")
		if rest, ok = bytes.CutPrefix(rest, []byte("true")); !ok {
			continue
		}
		rest = bytes.TrimLeft(rest, " \t")
		if len(rest) == 0 || rest[0] == '#' {
			return true
		}
	}
	return false
}

var builtin = builtinSet()

// builtinSet lists the embedded courts; each is decoded when first asked
// for (a fault in one is a fault of the program, which its tests catch).
func builtinSet() *Set {
	s := &Set{entries: map[string]*entry{}}
	files, _ := builtinFiles.ReadDir("courts")
	for _, f := range files {
		name := path.Join("courts", f.Name())
		data, _ := builtinFiles.ReadFile(name)
		s.entries[strings.TrimSuffix(f.Name(), ".yaml")] = &entry{file: name, data: data, builtin: true}
	}
	if err := s.order(); err != nil {
		panic(err)
	}
	return s
}

// Builtin returns the built-in courts.
func Builtin() *Set { return builtin }

// Load returns the built-in courts with those of dir's *.yaml files (each
// one court, named by its name key); a court of the directory replaces the
// built-in one of its name. The directory's courts are read at once, so
// that a fault in one is reported before any filing is. An empty dir gives
// the built-in courts.
func Load(dir string) (*Set, error) {
	if dir == "" {
		return builtin, nil
	}
	if fi, err := os.Stat(dir); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("court directory %s: %w", dir, err)
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("court directory %s: not a directory", dir)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no court files (NAME.yaml) in the directory", dir)
	}
	s := &Set{entries: map[string]*entry{}}
	for n, e := range builtin.entries {
		s.entries[n] = e
	}
	for _, f := range files {
		data, err := regular.Read(f, maxCourtFile)
		if err != nil {
			return nil, fmt.Errorf("court file %s: %w", f, err)
		}
		if len(data) > maxCourtFile {
			return nil, fmt.Errorf("court file %s: larger than %d MB; a court's file holds far less", f, maxCourtFile>>20)
		}
		e := &entry{file: f, data: data}
		if _, err := e.get(); err != nil {
			return nil, err
		}
		s.entries[e.court.Name] = e
	}
	if err := s.order(); err != nil {
		return nil, err
	}
	return s, nil
}

// maxCourtFile is the largest court file read: the built-in ones are a
// few kilobytes.
const maxCourtFile = 1 << 20

// get decodes and validates the entry's court file, once.
func (e *entry) get() (*Court, error) {
	e.once.Do(func() {
		c, ok := (*Court)(nil), false
		if e.builtin {
			c, ok = fromCompiled(e.file, e.data)
		}
		if !ok {
			c = new(Court)
			root, err := decodeStrictNode(e.file, e.data, c)
			if err != nil {
				e.err = fmt.Errorf("court file %w", err)
				return
			}
			c.root = root
		}
		c.File, c.Source = e.file, e.data
		if err := c.validate(); err != nil {
			e.err = fmt.Errorf("court file %w", c.placeError(err))
			return
		}
		if base := strings.TrimSuffix(filepath.Base(e.file), ".yaml"); base != c.Name {
			e.err = fmt.Errorf("court file %s: names the court %q: name the file %s.yaml", e.file, c.Name, c.Name)
			return
		}
		if c.Default != saysDefault(e.data) {
			e.err = fmt.Errorf("court file %s: write default: true on a line of its own, at the top level", e.file)
			return
		}
		e.court = c
	})
	return e.court, e.err
}

// order lists the names, the default court first, and finds the default.
func (s *Set) order() error {
	s.names, s.def = s.names[:0], ""
	n := 0
	for name, e := range s.entries {
		s.names = append(s.names, name)
		if saysDefault(e.data) {
			s.def, n = name, n+1
		}
	}
	if n != 1 {
		return fmt.Errorf("%d courts say they are the default (default: true): one must", n)
	}
	sort.Slice(s.names, func(i, j int) bool {
		a, b := s.names[i], s.names[j]
		if (a == s.def) != (b == s.def) {
			return a == s.def
		}
		return a < b
	})
	return nil
}

// Lookup returns the court of that name. A built-in court that cannot be
// read is a fault of the program: it panics, which the tests catch.
func (s *Set) Lookup(name string) (*Court, bool) {
	e, ok := s.entries[name]
	if !ok {
		return nil, false
	}
	c, err := e.get()
	if err != nil {
		panic(err)
	}
	return c, true
}

// IsBuiltin reports whether the court of that name is a built-in one, not
// a directory's.
func (s *Set) IsBuiltin(name string) bool {
	e, ok := s.entries[name]
	return ok && builtin.entries[name] == e
}

// Names lists the courts, the default first, then by name.
func (s *Set) Names() []string { return append([]string(nil), s.names...) }

// Default returns the court of case files that name none.
func (s *Set) Default() *Court {
	c, _ := s.Lookup(s.def)
	return c
}

// Digest hashes every court file of the set and the calendars they may
// name, without decoding them: what a run's PDFs depend on.
func (s *Set) Digest() [sha256.Size]byte {
	h := sha256.New()
	for _, n := range s.names {
		e := s.entries[n]
		fmt.Fprintf(h, "court %s\x00%d\x00", n, len(e.data))
		h.Write(e.data)
	}
	cals, _ := calendarFiles.ReadDir("calendars")
	for _, f := range cals {
		data, _ := calendarFiles.ReadFile("calendars/" + f.Name())
		fmt.Fprintf(h, "calendar %s\x00%d\x00", f.Name(), len(data))
		h.Write(data)
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// Paper returns a court's paper, the firm's changes made by spec (see
// FirmPaper.String) when spec is not empty: a copy of its own.
func (s *Set) Paper(name, spec string) (*Paper, error) {
	c, ok := s.Lookup(name)
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
