package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"pleadgen"
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
	if err == nil && *out == "-" {
		err = errors.New("-o -: the report goes to standard output; name a file for the redline")
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
	report := c.Report
	if *out != "" {
		if over := overInput(*out, c.Files()); over != "" {
			fmt.Fprintf(stderr, "pleadgen diff: refusing to write the redline over %s, a file a version reads\n", over)
			return exitUsage
		}
		if err := writeRedline(c, *out); err != nil {
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
type comparison = pleadgen.Comparison

// compareVersions lays out both versions and compares them; with rev, the
// old version is the filing's at that git revision.
func compareVersions(p *pipeline, paths []string, rev string) (*comparison, error) {
	oldPath, newPath := paths[0], paths[len(paths)-1]
	var readOld func(string) ([]byte, error)
	oldName := ""
	if rev != "" {
		var err error
		if readOld, err = gitReader(rev, newPath); err != nil {
			return nil, err
		}
		oldName = fmt.Sprintf("%s at %s", newPath, rev)
	}
	return p.Compare(oldPath, newPath, readOld, oldName)
}

// writeRedline draws the new version with the changes marked and writes
// it to path, atomically.
func writeRedline(c *comparison, path string) error {
	pdf, err := c.Redline()
	if err != nil {
		return fmt.Errorf("pleadgen diff: %w", err)
	}
	return writePDF(path, pdf)
}

// redlineHook returns what keeps a case's redline against a version
// current, beside its PDF as NAME.redline.pdf: against the case file of
// an earlier version when against names a file, else against a git
// revision. Nil when there is nothing to keep. A redline that cannot be
// made is a warning; the PDF stands.
func redlineHook(p *pipeline, against string) func(job) []pleadgen.Problem {
	if against == "" {
		return nil
	}
	return func(j job) []pleadgen.Problem {
		paths, rev := []string{against, j.src}, ""
		if st, err := os.Stat(against); err != nil || st.IsDir() {
			paths, rev = []string{j.src}, against
		}
		c, err := compareVersions(p, paths, rev)
		if err == nil {
			err = writeRedline(c, redlinePath(j.out))
		}
		if err != nil {
			return []pleadgen.Problem{{File: j.src, Pos: pleadgen.Pos{Line: 1, Col: 1}, Warning: true,
				Message: fmt.Sprintf("the redline against %s was not updated: %v", quoteName(against), err)}}
		}
		return nil
	}
}

// redlinePath is where a PDF's redline goes: NAME.redline.pdf beside it.
func redlinePath(pdf string) string {
	return strings.TrimSuffix(pdf, filepath.Ext(pdf)) + ".redline.pdf"
}
