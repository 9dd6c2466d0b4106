package main

import (
	"flag"
	"fmt"
	"io"
	"pleadgen"
	"runtime/debug"
	"sort"
	"strings"
)

// help is a command's help: its usage lines, what it does, and examples.
type help struct {
	usage    []string
	summary  string // one line, for the overview
	about    string
	examples []string
}

// helps are the commands' helps, by name.
var helps = map[string]help{
	"render": {
		usage:   []string{"pleadgen render CASE.yaml [-o OUT.pdf|-o OUT.docx|-o -] [flags]", "pleadgen render [-o DIR] [-j N] [flags] PATH..."},
		summary: "render case files to PDFs (and Word documents)",
		about: "Renders each case file, and the filings of each directory, to a PDF on the court's paper, or a Word document " +
			"(-o NAME.docx, --format docx or pdf,docx). A file whose inputs have not changed is left alone. " +
			"-o - writes the PDF (or, with --format docx, the Word document) of one case file to stdout.",
		examples: []string{"pleadgen render examples/aclu-v-ice-joint-cmc.yaml -o statement.pdf", "pleadgen render -o out/ examples/",
			"pleadgen render --part order examples/redwood-v-cobalt-joint-cmc.yaml -o order.docx"},
	},
	"watch": {
		usage:    []string{"pleadgen watch [-o OUT] [--open] [--redline-against REV|FILE] [flags] PATH..."},
		summary:  "render, then render again on every save",
		about:    "Renders like render, then renders a filing again whenever it, a file it includes or a template changes, until Ctrl-C.",
		examples: []string{"pleadgen watch examples/redwood-v-cobalt", "pleadgen watch --redline-against HEAD case.yaml"},
	},
	"validate": {
		usage:    []string{"pleadgen validate [--strict] [flags] PATH..."},
		summary:  "check case files through every step but writing",
		about:    "Runs every step but writing and reports every problem and warning, and the findings of the court's rules. --strict fails on warnings too.",
		examples: []string{"pleadgen validate case.yaml", "pleadgen validate --strict examples/"},
	},
	"check": {
		usage:    []string{"pleadgen check [--json] [--strict] [flags] PATH..."},
		summary:  "report what the court's rules would fault",
		about:    "Renders each filing in memory and reports what the rules of the court would fault, each finding with the rule it cites. Exits 1 on an error (on a warning too, with --strict).",
		examples: []string{"pleadgen check case.yaml", "pleadgen check --json examples/ > findings.json"},
	},
	"markup": {
		usage:    []string{"pleadgen markup [flags] CASE.yaml"},
		summary:  "print the markup the templates make",
		about:    "Prints the markup the templates make of a case file, for template authors.",
		examples: []string{"pleadgen markup case.yaml | less"},
	},
	"diff": {
		usage:   []string{"pleadgen diff [-o REDLINE.pdf] [--json] [flags] OLD.yaml NEW.yaml", "pleadgen diff [-o REDLINE.pdf] [--json] [flags] --rev REV CASE.yaml"},
		summary: "report what changed between two versions, by page and line",
		about: "Compares two versions of a filing and reports each changed passage by page and line of the new one; -o writes the redline PDF. " +
			"Exits 0 when nothing changed, 1 when something did, 2 on trouble.",
		examples: []string{"pleadgen diff sent.yaml case.yaml", "pleadgen diff --rev HEAD~1 -o redline.pdf case.yaml"},
	},
	"courts": {
		usage:    []string{"pleadgen courts [--courts DIR] [COURT]"},
		summary:  "list the courts a filing may name, or print one court's file",
		about:    "Lists the courts a case file may name with court: — the built-in ones and those of --courts DIR — with their divisions or counties, paper and outlines of topics; with a court's name, prints its file, to read or to copy as the start of a court of one's own.",
		examples: []string{"pleadgen courts", "pleadgen courts cacd > my-court.yaml"},
	},
	"new": {
		usage:    []string{"pleadgen new TYPE [-o FILE] [--court COURT] [flags]"},
		summary:  "write a skeleton case file of a filing type",
		about:    "Writes a commented skeleton of a filing of TYPE: every key it requires and every topic of a statement, each empty, so that validate refuses the file until its author has filled in each. Writes to stdout, or to FILE, which must not exist.",
		examples: []string{"pleadgen new joint-cmc-statement -o case.yaml", "pleadgen new stipulation > stipulation.yaml"},
	},
	"schema": {
		usage:    []string{"pleadgen schema [-o FILE]"},
		summary:  "print the JSON Schema of the case file, for editors",
		about:    "Prints the JSON Schema (draft 2020-12) of the case file and every filing type, generated from the program's own types: with yaml-language-server, a case file that names it in a \"# yaml-language-server: $schema=FILE\" line gets completion, hover help and checks as it is typed. docs/case-file.md is the same reference as a page.",
		examples: []string{"pleadgen schema -o pleadgen.schema.json"},
	},
	"serve": {
		usage:    []string{"pleadgen serve [--addr HOST:PORT] [flags] CASE.yaml"},
		summary:  "show a filing's pages in the browser, drawn again on every save",
		about:    "Serves a page, on the loopback address unless told otherwise, that shows the filing's pages (drawn as SVG from the layout the PDF is drawn from) with its problems, and draws them again within moments of a save of the filing or a file it includes; a broken edit shows its errors beside the last good pages. Clicking a line shows its place in the case file. It serves nothing of the disk but the filing's pages.",
		examples: []string{"pleadgen serve examples/aclu-v-ice-joint-cmc.yaml"},
	},
	"version": {
		usage:   []string{"pleadgen version"},
		summary: "print the program's version and build",
		about:   "Prints pleadgen's version, the module version and VCS revision it was built from, and the Go version.",
	},
	"help": {
		usage:   []string{"pleadgen help [COMMAND]"},
		summary: "print help",
		about:   "Prints the list of commands, or a command's full help: its flags with their defaults, and examples.",
	},
}

// printOverview writes the list of commands.
func printOverview(w io.Writer) {
	var b strings.Builder
	b.WriteString("pleadgen turns YAML case files into court filings on line-numbered pleading paper.\n\nusage:\n")
	names := make([]string, 0, len(helps))
	for n := range helps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(&b, "  %-9s %s\n", n, helps[n].summary)
	}
	b.WriteString("\nRun \"pleadgen help COMMAND\" (or \"pleadgen COMMAND --help\") for a command's flags and examples.\n")
	io.WriteString(w, b.String())
}

// printHelp writes a command's full help, with its flags when fs is not
// nil.
func printHelp(w io.Writer, name string, fs *flag.FlagSet) {
	h := helps[name]
	var b strings.Builder
	b.WriteString("usage:\n")
	for _, u := range h.usage {
		b.WriteString("  " + u + "\n")
	}
	b.WriteString("\n" + h.about + "\n")
	if fs != nil {
		b.WriteString("\nFlags:\n")
		fs.SetOutput(&b)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	if len(h.examples) > 0 {
		b.WriteString("\nExamples:\n")
		for _, e := range h.examples {
			b.WriteString("  " + e + "\n")
		}
	}
	io.WriteString(w, b.String())
}

// cmdHelp prints the overview, or a command's full help.
func cmdHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		printOverview(stdout)
		return exitOK
	case len(args) > 1:
		fmt.Fprintln(stderr, "pleadgen help: want at most one command")
		return exitUsage
	}
	if _, ok := helps[args[0]]; !ok {
		fmt.Fprintf(stderr, "pleadgen help: unknown command %q\n", args[0])
		return exitUsage
	}
	if args[0] == "help" || args[0] == "version" {
		printHelp(stdout, args[0], nil)
		return exitOK
	}
	return run([]string{args[0], "--help"}, stdout, stderr)
}

// cmdVersion prints the program's version and what the build recorded.
func cmdVersion(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if args[0] == "--help" || args[0] == "-h" {
			printHelp(stdout, "version", nil)
			return exitOK
		}
		fmt.Fprintln(stderr, "pleadgen version: takes no arguments")
		return exitUsage
	}
	line := "pleadgen " + pleadgen.Version
	if info, ok := debug.ReadBuildInfo(); ok {
		line += " (module " + info.Main.Version
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" || s.Key == "vcs.time" {
				line += ", " + s.Key + "=" + s.Value
			}
		}
		line += ", " + info.GoVersion + ")"
	}
	fmt.Fprintln(stdout, line)
	return exitOK
}
