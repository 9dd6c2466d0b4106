package templates

import (
	"strings"
	"text/template/parse"
)

// The built-in templates come compiled with the program: the tests parse
// them, check them, add their escapers and their step counting, and write
// the trees that make as Go data (compiled_data.go), which the compiler
// lays out in the binary. A run takes the trees as they are instead of
// parsing the templates, which cost a process a millisecond and a half.
// The compiled set records the digest of the sources it was compiled from:
// when the built-in sources are not those, all of them are parsed.

// compiledTemplate is one template of the compiled set: its name, the
// file that defines it and its tree's root, which no run changes.
type compiledTemplate struct {
	name, file string
	root       *parse.ListNode
}

// noDelim is a delimiter no built-in template holds: parsing a template's
// file with it gives the tree the file's text, which its errors quote,
// without parsing an action.
const noDelim = "\x00\x00"

// fromCompiled gives the set the compiled built-in templates when they were
// compiled from its sources, and reports whether it did.
func (s *Set) fromCompiled() bool {
	if s.digest != compiledDigest {
		return false
	}
	for _, c := range compiledTemplates {
		if src, ok := s.sources[c.file]; !ok || strings.Contains(src, noDelim) {
			return false
		}
	}
	// Nothing parses these templates: the root needs no functions, and a
	// runner's clone of it gets the wrapped ones they call.
	s.tmpl = newRoot(nil)
	for _, c := range compiledTemplates {
		src := s.sources[c.file]
		t := parse.New(c.file)
		if _, err := t.Parse(src, noDelim, noDelim, map[string]*parse.Tree{}); err != nil {
			return false
		}
		t.Name, t.Root = c.name, c.root
		if _, err := s.tmpl.AddParseTree(c.name, t); err != nil {
			return false
		}
	}
	used := make(map[string]bool, len(compiledFuncs))
	for _, name := range compiledFuncs {
		used[name] = true
	}
	s.readyToRunWith(used, true) // TestWalkIsText walks each of them
	return true
}
