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

// run dispatches a command line to its sub-command and returns the exit
// status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printOverview(stderr)
		return exitUsage
	}
	cmds := map[string]func([]string, io.Writer, io.Writer) int{
		"render":   cmdRender,
		"watch":    cmdWatch,
		"validate": cmdValidate,
		"markup":   cmdMarkup,
		"check":    cmdCheck,
		"courts":   cmdCourts,
		"diff":     cmdDiff,
		"help":     cmdHelp,
		"new":      cmdNew,
		"schema":   cmdSchema,
		"serve":    cmdServe,
		"version":  cmdVersion,
	}
	cmd, ok := cmds[args[0]]
	switch {
	case ok:
		return cmd(args[1:], stdout, stderr)
	case args[0] == "-h" || args[0] == "--help":
		printOverview(stdout)
		return exitOK
	}
	fmt.Fprintf(stderr, "pleadgen: unknown command %q\n", args[0])
	printOverview(stderr)
	return exitUsage
}

// parseFlags parses flags placed before, between or after the positional
// arguments, which it returns. Asked for help (-h, --help), it writes the
// command's full help to stdout and returns flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printHelp(stdout, fs.Name(), fs)
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

// usageError reports a usage problem, with the command's usage lines, and
// returns the usage exit status; a request for help, answered already by
// parseFlags, returns success.
func usageError(stderr io.Writer, cmd string, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "pleadgen") {
		msg = "pleadgen " + cmd + ": " + msg
	}
	fmt.Fprintf(stderr, "%s\nusage:\n", msg)
	for _, u := range helps[cmd].usage {
		fmt.Fprintf(stderr, "  %s\n", u)
	}
	fmt.Fprintf(stderr, "run \"pleadgen help %s\" for its flags\n", cmd)
	return exitUsage
}
