package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// cmdValidate checks case files through every step but writing, and
// reports every problem and warning.
func cmdValidate(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = safeText(stdout), safeText(stderr)
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stderr)
	if err != nil {
		return usageError(stderr, "validate", err)
	}
	if len(paths) == 0 {
		return usageError(stderr, "validate", errors.New("want at least one case file"))
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	status := exitOK
	for _, path := range paths {
		r, err := p.build(path)
		if err != nil {
			fmt.Fprintln(stderr, err)
			status = exitBad
			continue
		}
		printWarnings(stderr, r.warnings)
		fmt.Fprintf(stdout, "%s: valid\n", path)
	}
	return status
}

// cmdMarkup prints the markup the templates make of a case file, for
// template authors.
func cmdMarkup(args []string, stdout, stderr io.Writer) int {
	stderr = safeText(stderr)
	fs := flag.NewFlagSet("markup", flag.ContinueOnError)
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stderr)
	if err != nil {
		return usageError(stderr, "markup", err)
	}
	if len(paths) != 1 {
		return usageError(stderr, "markup", errors.New("want one case file"))
	}
	p, err := newPipelineWith(in)
	if err == nil {
		var r *result
		if r, err = p.markup(paths[0]); err == nil {
			printWarnings(stderr, r.warnings)
			_, err = io.WriteString(stdout, r.markup)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	return exitOK
}
