package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"pleadgen"
)

// cmdCourts lists the courts a filing may name — the built-in ones and
// those of --courts DIR — with their divisions or counties, paper and
// outlines; with a court's name, it prints that court's file.
func cmdCourts(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("courts", flag.ContinueOnError)
	var in inputFlags
	fs.StringVar(&in.courts, "courts", "", "`DIR` of court files (NAME.yaml) besides the built-in courts")
	names, err := parseFlags(fs, args, stdout)
	if err == nil && len(names) > 1 {
		err = fmt.Errorf("want at most one court")
	}
	if err != nil {
		return usageError(stderr, "courts", err)
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	set := p.Courts()
	if len(names) == 1 {
		ct, ok := set.Lookup(names[0])
		if !ok {
			return usageError(stderr, "courts", fmt.Errorf("unknown court %q (known: %s)", names[0], strings.Join(set.Names(), ", ")))
		}
		stdout.Write(ct.Source)
		return exitOK
	}
	for i, n := range set.Names() {
		ct, _ := set.Lookup(n)
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		describeCourt(stdout, ct, i == 0)
	}
	return exitOK
}

// describeCourt writes what a court is: its names, where its cases are,
// its paper and its outlines.
func describeCourt(w io.Writer, ct *pleadgen.Court, isDefault bool) {
	def := ""
	if isDefault {
		def = " (the default)"
	}
	fmt.Fprintf(w, "%s%s: %s, %s\n", ct.Name, def, ct.Short, ct.Full)
	if len(ct.Offices) > 0 {
		var offices []string
		for _, o := range ct.Offices {
			offices = append(offices, fmt.Sprintf("%d %s", o.Code, o.Division))
		}
		fmt.Fprintf(w, "  divisions: %s; case numbers like %s\n", strings.Join(offices, ", "), ct.Numbers.Example)
	} else {
		fmt.Fprintf(w, "  counties: %d (county: NAME); case numbers as each county writes them, like %s\n", len(ct.Counties), ct.Numbers.Example)
	}
	p := ct.Paper
	fmt.Fprintf(w, "  paper: %d lines, %g-pt type, text from %g in, the court's title on line %d", p.Grid.Lines, p.Text.Size, p.Text.Left/72, p.FirstPage.CourtTitleLine)
	if cs := p.FirstPage.ClerkSpace; len(cs) == 2 {
		fmt.Fprintf(w, ", the clerk's space on lines %d-%d", cs[0], cs[1])
	}
	fmt.Fprintln(w)
	for _, o := range ct.Outlines {
		judges := ""
		if len(o.Judges) > 0 {
			judges = ", judges " + strings.Join(o.Judges, ", ")
		}
		fmt.Fprintf(w, "  outline %s: %d topics, for %s%s (%s)\n", o.Name, len(o.Topics), strings.Join(o.Filings, ", "), judges, o.Title)
	}
	fmt.Fprintf(w, "  rules checked: %d (pleadgen courts %s prints the court's file)\n", len(ct.Rules), ct.Name)
}
