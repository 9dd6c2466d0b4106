package main

import (
	"flag"
	"fmt"
	"io"

	"pleadgen"
)

// pipeline is the library's engine, which every sub-command and every
// worker shares; result is what it made of one filing.
type (
	pipeline = pleadgen.Engine
	result   = pleadgen.Result
)

// newPipeline loads the templates of templateDir (built-in ones when
// empty) and the courts' rules.
func newPipeline(templateDir string) (*pipeline, error) {
	return newPipelineWith(inputFlags{templates: templateDir})
}

// newPipelineWith is newPipeline with the command line's inputs: the
// people directory, drafts, and the filing types of the templates
// directory. Filings are read through readInput, which tests stand in.
func newPipelineWith(f inputFlags) (*pipeline, error) {
	return pleadgen.New(pleadgen.Options{Templates: f.templates, People: f.people, Draft: f.draft, Courts: f.courts,
		Read: func(path string, opts pleadgen.ReadOptions) (*pleadgen.Input, error) { return readInput(path, opts) }})
}

// inputFlags are the flags of every command that reads filings.
type inputFlags struct {
	templates string // directory of templates that replace built-in ones
	people    string // the people directory, when a filing names none
	draft     bool   // render every filing as a draft
	courts    string // directory of court files besides the built-in courts
}

// readDirs are the directories of templates and courts the flags name,
// by flag.
func (f *inputFlags) readDirs() map[string]string {
	return map[string]string{"--templates": f.templates, "--courts": f.courts}
}

// register adds the flags to fs; templatesUsage is the help of
// --templates, which watch words its own way.
func (f *inputFlags) register(fs *flag.FlagSet, templatesUsage string) {
	fs.StringVar(&f.templates, "templates", "", templatesUsage)
	fs.StringVar(&f.people, "people", "", "the people `FILE` that counsel given by ref come from, when a filing names none (default: the nearest people.yaml in the filing's folder or above)")
	fs.StringVar(&f.courts, "courts", "", "`DIR` of court files (NAME.yaml) besides the built-in courts: a court of one's own, or a built-in one changed")
	fs.BoolVar(&f.draft, "draft", false, "render drafts: DRAFT on every page, dates that may be left out (as filing.draft: true)")
}

// templatesUsage is the help of the --templates flag.
const templatesUsage = "`DIR` of templates that replace the built-in ones, and of filing types' templates and type files"

// printWarnings writes warnings one per line.
func printWarnings(w io.Writer, ps []pleadgen.Problem) {
	for _, p := range ps {
		fmt.Fprintln(w, p.String())
	}
}
