package main

import (
	"go/parser"
	"go/token"
	"os"
	"os/exec"
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

// On Linux the program is one static binary, even where a C compiler is
// installed: nothing it links uses cgo, as package net's resolver does, so
// it starts without the dynamic loader and runs on any Linux.
func TestLinuxBuildLinksNoCLibrary(t *testing.T) {
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the packages with")
	}
	cmd := exec.Command(gotool, "list", "-deps", "-f", "{{.ImportPath}} {{len .CgoFiles}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=1", "GOFLAGS=")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, cgoFiles, _ := strings.Cut(line, " ")
		if path == "net" || path == "runtime/cgo" || cgoFiles != "0" {
			t.Errorf("the program links %s (%s files use cgo), which brings the C library", path, cgoFiles)
		}
	}
}
