package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// cmdRender renders one case file to a PDF.
func cmdRender(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	out := fs.String("o", "", "output `PDF` (default: the case file's path with .pdf)")
	tdir := fs.String("templates", "", "`DIR` of templates that replace the built-in ones")
	paths, err := parseFlags(fs, args, stderr)
	if err != nil {
		return usageError(stderr, "render", err)
	}
	if len(paths) != 1 {
		return usageError(stderr, "render", errors.New("want one case file"))
	}
	target := *out
	if target == "" {
		target = pdfPath(paths[0])
	}
	if err := renderOne(paths[0], target, *tdir, stderr); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	return exitOK
}

// renderOne runs the pipeline and writes the PDF atomically; nothing is
// written when any step fails.
func renderOne(path, target, tdir string, stderr io.Writer) error {
	if same, _ := samePath(path, target); same {
		return fmt.Errorf("%s: refusing to write the PDF over its own case file", path)
	}
	p, err := newPipeline(tdir)
	if err != nil {
		return err
	}
	r, err := p.build(path)
	if err != nil {
		return err
	}
	printWarnings(stderr, r.warnings)
	return writeAtomic(target, r.pdf)
}

// pdfPath replaces a case file's extension with .pdf.
func pdfPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".pdf"
}
