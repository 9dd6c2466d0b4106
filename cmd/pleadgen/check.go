package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"pleadgen"
	"strings"
)

// cmdCheck renders each case file in memory, writing nothing, and reports
// what the rules of the court would fault in it, one finding per line or
// as JSON. It exits with status 1 when any finding is an error.
func cmdCheck(args []string, stdout, stderr io.Writer) int {
	stdout, stderr = safeText(stdout), safeText(stderr)
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print the findings as a JSON array")
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings too")
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stdout)
	if err != nil {
		return usageError(stderr, "check", err)
	}
	_, jobs, status, ok := planCommand("check", paths, "", stderr)
	if !ok {
		return status
	}
	if len(jobs) == 0 {
		fmt.Fprintf(stderr, "pleadgen check: no case files (*.yaml, *.yml) in %s\n", strings.Join(paths, ", "))
		return exitBad
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	var all []pleadgen.Finding
	for _, j := range filings(p, jobs) {
		all = append(all, p.Check(j.src)...)
	}
	if err := writeFindings(stdout, all, *asJSON); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	if pleadgen.HasErrors(all) || *strict && hasWarnings(all) {
		return exitBad
	}
	return exitOK
}

// hasWarnings reports whether any finding is a warning.
func hasWarnings(fs []pleadgen.Finding) bool {
	for _, f := range fs {
		if f.Severity == pleadgen.FindingWarning {
			return true
		}
	}
	return false
}

// writeFindings prints the findings one per line, or as one JSON array.
func writeFindings(w io.Writer, fs []pleadgen.Finding, asJSON bool) error {
	if asJSON {
		if fs == nil {
			fs = []pleadgen.Finding{}
		}
		files := map[string][]string{}
		for i := range fs {
			fs[i].Source = fileLine(files, fs[i].File, fs[i].Line)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(fs)
	}
	w = withSnippets(w)
	for _, f := range fs {
		if _, err := fmt.Fprintln(w, f.String()); err != nil {
			return err
		}
	}
	return nil
}
