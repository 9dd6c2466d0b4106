package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit statuses.
const (
	exitOK    = 0
	exitBad   = 1 // an input is bad or an output could not be written
	exitUsage = 2
)

const usage = `usage:
  pleadgen render CASE.yaml [-o OUT.pdf] [--templates DIR] [--force] [-q]
  pleadgen render [-o DIR] [-j N] [--templates DIR] [--force] [-q] PATH...
  pleadgen watch [-o OUT] [--redline-against REV|FILE] [--templates DIR] PATH...
  pleadgen validate [--templates DIR] CASE.yaml...
  pleadgen check [--json] [--templates DIR] CASE.yaml...
  pleadgen markup CASE.yaml [--templates DIR]
  pleadgen diff [-o REDLINE.pdf] [--json] OLD.yaml NEW.yaml
  pleadgen diff [-o REDLINE.pdf] [--json] --rev REV CASE.yaml
`

// run dispatches a command line to its sub-command and returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) int{
		"render":   cmdRender,
		"watch":    cmdWatch,
		"validate": cmdValidate,
		"markup":   cmdMarkup,
		"check":    cmdCheck,
		"diff":     cmdDiff,
	}
	cmd, ok := cmds[args[0]]
	switch {
	case ok:
		return cmd(args[1:], stdout, stderr)
	case args[0] == "help" || args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "pleadgen: unknown command %q\n%s", args[0], usage)
	return exitUsage
}

// parseFlags parses flags placed before, between or after the positional
// arguments, which it returns.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stderr)
				fs.PrintDefaults()
				fs.SetOutput(io.Discard)
			}
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

// usageError reports a usage problem and returns the usage exit status;
// a request for help is answered with the usage and success.
func usageError(stderr io.Writer, cmd string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stderr, usage)
		return exitOK
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "pleadgen") {
		msg = "pleadgen " + cmd + ": " + msg
	}
	fmt.Fprintf(stderr, "%s\n%s", msg, usage)
	return exitUsage
}
