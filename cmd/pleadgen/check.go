package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"pleadgen/cases"
	"pleadgen/check"
	"pleadgen/render"
	"pleadgen/render/markup"
	"pleadgen/templates"
)

// cmdCheck renders each case file in memory, writing nothing, and reports
// what the rules of the court would fault in it, one finding per line or
// as JSON. It exits with status 1 when any finding is an error.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the findings as a JSON array")
	tdir := fs.String("templates", "", "`DIR` of templates that replace the built-in ones")
	paths, err := parseFlags(fs, args, stderr)
	if err != nil {
		return usageError(stderr, "check", err)
	}
	if len(paths) == 0 {
		return usageError(stderr, "check", errors.New("want at least one case file"))
	}
	set, err := templates.Load(templates.Options{Dir: *tdir})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	var all []check.Finding
	for _, path := range paths {
		all = append(all, checkFile(set, path)...)
	}
	if err := writeFindings(stdout, all, *asJSON); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	if check.HasErrors(all) {
		return exitBad
	}
	return exitOK
}

// checkFile loads, renders and checks one case file. A case file that does
// not load or render gives its errors as findings.
func checkFile(set *templates.Set, path string) []check.Finding {
	c, warnings, err := cases.Load(path)
	if err != nil {
		return check.Report(warnings, check.FromError(path, err))
	}
	pdf, err := renderInMemory(set, c)
	if err != nil {
		return check.Report(warnings, check.FromError(path, err))
	}
	return check.Report(warnings, check.Case(c, pdf, nil))
}

// renderInMemory runs a loaded case through the templates, the markup
// parser and the renderer, as render does, and returns the PDF's bytes.
func renderInMemory(set *templates.Set, c *cases.Case) ([]byte, error) {
	text, err := set.Execute(c)
	if err != nil {
		return nil, err
	}
	doc, err := markup.Parse(c.File+" (generated markup)", []byte(text))
	if err != nil {
		return nil, err
	}
	return render.PDF(doc)
}

// writeFindings prints the findings one per line, or as one JSON array.
func writeFindings(w io.Writer, fs []check.Finding, asJSON bool) error {
	if asJSON {
		if fs == nil {
			fs = []check.Finding{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(fs)
	}
	for _, f := range fs {
		if _, err := fmt.Fprintln(w, f.String()); err != nil {
			return err
		}
	}
	return nil
}
