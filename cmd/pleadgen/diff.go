package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pleadgen/cases"
	"pleadgen/redline"
	"pleadgen/render"
)

// cmdDiff compares two versions of a filing and reports each changed
// passage by page and line of the new one. Like diff, it exits 0 when
// nothing changed, 1 when something did, and 2 on trouble.
func cmdDiff(args []string, stdout, stderr io.Writer) int {
	stderr = safeText(stderr)
	var in inputFlags
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	in.register(fs, templatesUsage)
	asJSON := fs.Bool("json", false, "write the report as JSON")
	rev := fs.String("rev", "", "compare the filing with its version, and its included files', at the git revision `REV`")
	out := fs.String("o", "", "write the redline `PDF`: the new version with the changes marked")
	paths, err := parseFlags(fs, args, stdout)
	if err == nil {
		err = diffArgs(paths, *rev)
	}
	if err != nil {
		return usageError(stderr, "diff", err)
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	c, err := compareVersions(p, paths, *rev)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	report := c.report
	if *out != "" {
		if err := c.writeRedline(*out); err != nil {
			fmt.Fprintln(stderr, err)
			return exitUsage
		}
	}
	write := report.WriteText
	if *asJSON {
		write = report.WriteJSON
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "pleadgen diff: %v\n", err)
		return exitUsage
	}
	if report.Changed() {
		return exitBad
	}
	return exitOK
}

// diffArgs checks the paths: OLD and NEW, or one filing with --rev.
func diffArgs(paths []string, rev string) error {
	switch {
	case rev == "" && len(paths) != 2:
		return errors.New("want OLD and NEW case files, or --rev REV and one case file")
	case rev != "" && len(paths) != 1:
		return errors.New("with --rev, want one case file")
	}
	return nil
}

// comparison is two versions of a filing compared.
type comparison struct {
	report   *redline.Report
	new      redline.Version
	old, cur string // the versions' names, for the redline's legend
}

// compareVersions lays out both versions and compares them.
func compareVersions(p *pipeline, paths []string, rev string) (*comparison, error) {
	oldPath, newPath := paths[0], paths[len(paths)-1]
	var readOld func(string) ([]byte, error)
	if rev != "" {
		var err error
		if readOld, err = gitReader(rev, newPath); err != nil {
			return nil, err
		}
	}
	old, oldName, err := versionOf(p, oldPath, readOld)
	if err != nil {
		return nil, err
	}
	new, newName, err := versionOf(p, newPath, nil)
	if err != nil {
		return nil, err
	}
	if rev != "" {
		oldName = fmt.Sprintf("%s at %s, %s", newPath, rev, oldName)
	}
	return &comparison{report: redline.Compare(old, new), new: new, old: oldName, cur: newName}, nil
}

// writeRedline draws the new version with the changes marked and writes
// it to path, atomically.
func (c *comparison) writeRedline(path string) error {
	var r render.Renderer
	pdf, err := r.PDFWith(c.new.Doc, c.report.Marker(redline.Legend{Old: c.old, New: c.cur}))
	if err != nil {
		return fmt.Errorf("pleadgen diff: drawing the redline: %w", err)
	}
	return writePDF(path, pdf)
}

// versionOf reads a filing, with read for its files when not nil, and lays
// it out; it returns the version and its name for a legend: the file, its
// date and its inputs' digest.
func versionOf(p *pipeline, path string, read func(string) ([]byte, error)) (redline.Version, string, error) {
	opts := p.CaseOptions()
	opts.ReadFile = read
	var in *cases.Input
	if read == nil {
		var err error
		if in, err = readInput(path, opts); err != nil {
			return redline.Version{}, "", err
		}
	} else {
		data, err := read(path)
		if err != nil {
			return redline.Version{}, "", err
		}
		in = cases.ReadBytes(path, data, opts)
	}
	r, err := p.MarkupInput(in)
	if err != nil {
		return redline.Version{}, "", err
	}
	doc, d, err := p.Layout(in.Path, r)
	sum := in.Digest()
	name := fmt.Sprintf("%s (dated %s; inputs %x)", path, longDateOf(r.Case.Filing.Date), sum[:6])
	return redline.Version{Doc: doc, Layout: d}, name, err
}

// longDateOf writes a filing's date, or says it has none.
func longDateOf(d cases.Date) string {
	if d.IsZero() {
		return "no date"
	}
	return d.Long()
}

// redlineHook returns what keeps a case's redline against a version
// current, beside its PDF as NAME.redline.pdf: against the case file of
// an earlier version when against names a file, else against a git
// revision. Nil when there is nothing to keep. A redline that cannot be
// made is a warning; the PDF stands.
func redlineHook(p *pipeline, against string) func(job) []cases.Problem {
	if against == "" {
		return nil
	}
	return func(j job) []cases.Problem {
		paths, rev := []string{against, j.src}, ""
		if st, err := os.Stat(against); err != nil || st.IsDir() {
			paths, rev = []string{j.src}, against
		}
		c, err := compareVersions(p, paths, rev)
		if err == nil {
			err = c.writeRedline(redlinePath(j.out))
		}
		if err != nil {
			return []cases.Problem{{File: j.src, Pos: cases.Pos{Line: 1, Col: 1}, Warning: true,
				Message: fmt.Sprintf("the redline against %s was not updated: %v", quoteName(against), err)}}
		}
		return nil
	}
}

// redlinePath is where a PDF's redline goes: NAME.redline.pdf beside it.
func redlinePath(pdf string) string {
	return strings.TrimSuffix(pdf, filepath.Ext(pdf)) + ".redline.pdf"
}
