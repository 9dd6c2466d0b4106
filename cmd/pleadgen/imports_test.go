package main

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The command line is built on the library alone: besides the standard
// library and its own file-watching and terminal packages, it imports
// the package pleadgen and none of the packages the library is made of.
func TestCommandImportsOnlyTheLibrary(t *testing.T) {
	own := map[string]bool{
		"pleadgen":                     true,
		"github.com/fsnotify/fsnotify": true,
		"golang.org/x/term":            true,
		"pleadgen/internal/httpd":      true,
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			first, _, _ := strings.Cut(path, "/")
			std := !strings.Contains(first, ".") && first != "pleadgen"
			if !std && !own[path] {
				t.Errorf("%s imports %s: the command uses the library (package pleadgen) only", file, path)
			}
		}
	}
}
