package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// cmdValidate checks case files, and the filings of directories, through
// every step but writing, and reports every problem and warning, and a
// line for each: "valid" only with the count of its warnings and of the
// court's rules' findings.
func cmdValidate(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = safeText(stdout), withSnippets(safeText(stderr))
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	var in inputFlags
	in.register(fs, templatesUsage)
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings and the findings of the court's rules too")
	paths, err := parseFlags(fs, args, stdout)
	if err != nil {
		return usageError(stderr, "validate", err)
	}
	_, jobs, status, ok := planCommand("validate", paths, "", stderr)
	if !ok {
		return status
	}
	if len(jobs) == 0 {
		fmt.Fprintf(stderr, "pleadgen validate: no case files (*.yaml, *.yml) in %s\n", strings.Join(paths, ", "))
		return exitBad
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	for _, j := range filings(p, jobs) {
		r, err := p.Build(j.src)
		if err != nil {
			fmt.Fprintln(stderr, err)
			status = exitBad
			continue
		}
		printWarnings(stderr, r.Warnings)
		fmt.Fprintf(stdout, "%s: %s\n", j.src, verdict(r))
		if *strict && len(r.Warnings) > 0 {
			status = exitBad
		}
	}
	return status
}

// verdict is validate's word on a filing that renders: "valid" when
// nothing is to be said, else "valid; 1 warning, 2 findings of the
// court's rules (check fails on 1)".
func verdict(r *result) string {
	if len(r.Warnings) == 0 {
		return "valid"
	}
	plain := len(r.Warnings) - r.RuleFindings
	s := fmt.Sprintf("valid; %s, %s", countOf(plain, "warning"), countOf(r.RuleFindings, "finding")) + " of the court's rules"
	if r.RuleErrors > 0 {
		s += fmt.Sprintf(" (check fails on %d)", r.RuleErrors)
	}
	return s
}

// filings are the jobs that are filings: a file found in a directory that
// is a shared file that filings include is left out.
func filings(p *pipeline, jobs []job) []job {
	var out []job
	for _, j := range jobs {
		if j.found && j.err == nil {
			if in, err := p.Read(j.src); err == nil && in.IsShared() {
				continue
			}
		}
		out = append(out, j)
	}
	return out
}

// cmdMarkup prints the markup the templates make of a case file, for
// template authors.
func cmdMarkup(args []string, stdout, stderr io.Writer) int {
	stderr = safeText(stderr)
	fs := flag.NewFlagSet("markup", flag.ContinueOnError)
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stdout)
	if err != nil {
		return usageError(stderr, "markup", err)
	}
	if len(paths) != 1 {
		return usageError(stderr, "markup", errors.New("want one case file"))
	}
	p, err := newPipelineWith(in)
	if err == nil {
		var r *result
		if r, err = p.Markup(paths[0]); err == nil {
			printWarnings(stderr, r.Warnings)
			_, err = io.WriteString(stdout, r.Markup)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	return exitOK
}
