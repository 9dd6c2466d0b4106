package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"pleadgen"
	"runtime"
	"strings"
	"time"
)

// renderOptions are the flags of render and watch.
type renderOptions struct {
	out string // the PDF of a single case file, or the output directory
	inputFlags
	// redlineAgainst is the version watch keeps a redline against: a git
	// revision, or the case file of an earlier version.
	redlineAgainst string
	open           bool // watch --open: the preview in the browser too
	workers        int  // cases rendered at once
	force          bool // render even up-to-date PDFs
	quiet          bool // print errors only
	fsync          string
	format, part   string // --format and --part, as given
}

// flushFor is when a batch of n case files flushes its PDFs: as --fsync
// says, or each PDF for one case file and once at the end for several.
func (o renderOptions) flushFor(n int) flushMode {
	if m := flushMode(o.fsync); m != "" {
		return m
	}
	if n == 1 {
		return flushEach
	}
	return flushEnd
}

// cmdRender renders case files, and the case files of directories, to PDFs.
func cmdRender(args []string, stdout, stderr io.Writer) int {
	// Messages before the batch name files as given: quoted where they
	// would not print plainly. The batch's own lines quote their names,
	// and leave the progress bar's control sequences be.
	safe := safeText(stderr)
	opts, paths, err := parseRenderFlags(args, stdout)
	if err != nil {
		return usageError(safe, "render", err)
	}
	if opts.out == "-" {
		return renderToStdout(paths, opts, stdout, safe)
	}
	ins, jobs, status, ok := planCommand("render", paths, opts.out, safe)
	if !ok {
		return status
	}
	if len(jobs) == 0 {
		fmt.Fprintf(safe, "pleadgen render: no case files (*.yaml, *.yml) in %s\n", strings.Join(paths, ", "))
		return exitBad
	}
	intr := catchInterrupts(len(jobs), stderr)
	defer intr.stop()
	// A signal caught before the cases begin still ends the command with
	// its status.
	p, err := newPipelineWith(opts.inputFlags)
	if err != nil {
		fmt.Fprintln(safe, err)
		return intr.status(exitBad)
	}
	intr.await() // before any case begins
	t := renderJobs(intr.ctx, p, jobs, opts, !single(ins), stderr, nil)
	if t.failed > 0 {
		return intr.status(exitBad)
	}
	return intr.status(exitOK)
}

// catchInterrupts catches the signals that stop a render of jobs: a
// batch's, which a signal stops between cases; the render of one case file
// leaves them to the system (leaveInterrupts).
func catchInterrupts(jobs int, stderr io.Writer) *interrupt {
	if jobs == 1 {
		return leaveInterrupts()
	}
	return onInterrupt(stderr)
}

// renderToStdout renders one case file and writes its PDF to stdout (-o
// -), for a pipe; there is no earlier PDF to compare, so it always
// renders. Warnings and errors go to stderr.
func renderToStdout(paths []string, opts renderOptions, stdout, stderr io.Writer) int {
	if ins := inputsOf(paths); len(paths) != 1 || !single(ins) {
		return usageError(stderr, "render", errors.New("-o - writes the PDF of one case file to stdout; name one case file"))
	}
	p, err := newPipelineWith(opts.inputFlags)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	formats, _ := parseFormats(opts.format, "") // checked with the flags
	part, _ := parsePart(opts.part, formats)
	if len(formats) != 1 {
		return usageError(stderr, "render", errors.New("-o - writes one file to stdout: give --format pdf or --format docx"))
	}
	in, err := p.Read(paths[0])
	var r *result
	if err == nil && formats[0] == formatDOCX {
		r, err = p.BuildDOCXInput(in, pleadgen.DOCXDigest(p.CaseDigest(in), part), part)
	} else if err == nil {
		r, err = p.BuildInput(in, p.CaseDigest(in), new(pleadgen.Renderer))
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	printWarnings(stderr, r.Warnings)
	data := r.PDF
	if formats[0] == formatDOCX {
		data = r.DOCX
	}
	if _, err := stdout.Write(data); err != nil {
		fmt.Fprintf(stderr, "pleadgen render: writing the %s to stdout: %v\n", formatName(formats[0]), err)
		return exitBad
	}
	return exitOK
}

func parseRenderFlags(args []string, stdout io.Writer) (renderOptions, []string, error) {
	var o renderOptions
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.StringVar(&o.out, "o", "", "output `PATH`: the PDF of one case file, or the directory of several (default: beside each case file)")
	o.inputFlags.register(fs, templatesUsage)
	fs.IntVar(&o.workers, "j", runtime.NumCPU(), "number of cases to render at once (at most 4 a CPU)")
	fs.BoolVar(&o.force, "force", false, "render even the cases whose PDF is up to date")
	fs.BoolVar(&o.quiet, "q", false, "print nothing but errors")
	fs.StringVar(&o.format, "format", "", "what to write: `pdf`, docx (a Word document, beside the PDF's path with .docx) or pdf,docx; default: pdf, or docx when one case file's -o ends in .docx")
	fs.StringVar(&o.part, "part", "", "with docx: `order` writes the proposed order alone, under its caption, for chambers (NAME-order.docx)")
	fs.StringVar(&o.fsync, "fsync", "", "when the PDFs reach the disk: `each` PDF before it is reported written (the default for one case file), at the `end` of a batch (the default for several), or `none` (left to the system)")
	paths, err := parseFlags(fs, args, stdout)
	if err == nil && o.workers < 1 {
		err = fmt.Errorf("-j %d: want at least 1", o.workers)
	}
	if err == nil {
		_, err = parseFlush(o.fsync)
	}
	if err == nil {
		var formats []format
		if formats, err = parseFormats(o.format, o.out); err == nil {
			_, err = parsePart(o.part, formats)
		}
	}
	o.workers = min(o.workers, maxWorkers())
	return o, paths, err
}

// planCommand lists the jobs of a command line. When it cannot, it reports
// why and returns the exit status, and false.
func planCommand(cmd string, paths []string, out string, stderr io.Writer) ([]input, []job, int, bool) {
	if len(paths) == 0 {
		return nil, nil, usageError(stderr, cmd, errors.New("want at least one case file or directory")), false
	}
	ins := inputsOf(paths)
	if err := checkOutDir(ins, out); err != nil {
		return nil, nil, usageError(stderr, cmd, err), false
	}
	jobs, dups, err := plan(ins, out)
	if err != nil {
		fmt.Fprintf(stderr, "pleadgen %s: %v\n", cmd, err)
		return nil, nil, exitBad, false
	}
	if len(dups) > 0 {
		return nil, nil, usageError(stderr, cmd, fmt.Errorf("case file %s named more than once", quoteName(dups[0]))), false
	}
	return ins, jobs, exitOK, true
}

// checkOutDir refuses, for several case files, an -o that is a file or is
// named like a PDF: there it names a directory.
func checkOutDir(ins []input, out string) error {
	if single(ins) || out == "" {
		return nil
	}
	st, err := os.Stat(out)
	if err == nil && !st.IsDir() || err != nil && (strings.EqualFold(filepath.Ext(out), ".pdf") || strings.EqualFold(filepath.Ext(out), ".docx")) {
		return fmt.Errorf("-o %s: with several case files or a directory, -o names a directory", out)
	}
	return nil
}

// renderJobs renders a batch, showing its progress, and ends with a summary
// when there is more than one case.
// observe, when not nil, hears of each case as it ends, before the
// progress does.
func renderJobs(ctx context.Context, p *pipeline, jobs []job, opts renderOptions, many bool, stderr io.Writer, observe func(report)) tally {
	start := time.Now()
	prog := newProgress(stderr, opts.quiet, len(jobs))
	if observe != nil {
		prog = observed{prog, observe}
	}
	formats, _ := parseFormats(opts.format, opts.out) // checked with the flags
	part, _ := parsePart(opts.part, formats)
	showOutputs(jobs, formats, part)
	b := &batch{pipe: p, workers: opts.workers, force: opts.force, after: redlineHook(p, opts.redlineAgainst),
		flush: opts.flushFor(len(jobs)), formats: formats, part: part, readDirs: opts.readDirs()}
	t := b.run(ctx, jobs, prog)
	prog.finish()
	if many && !opts.quiet {
		fmt.Fprintln(stderr, summary(t, time.Since(start), ctx.Err() != nil))
	}
	return t
}

// observed is a progress that tells a function of each case first.
type observed struct {
	progress
	observe func(report)
}

func (o observed) done(r report) {
	o.observe(r)
	o.progress.done(r)
}

// pdfPath replaces a case file's extension with .pdf.
func pdfPath(path string) string {
	return strings.TrimSuffix(path, filepath.Ext(path)) + ".pdf"
}

// maxWorkers is the most cases rendered at once: four a CPU. Rendering is
// CPU-bound, so more only adds memory: each case under way holds its file,
// its markup and its PDF.
func maxWorkers() int { return 4 * runtime.NumCPU() }
