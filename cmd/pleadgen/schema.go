package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"pleadgen"
)

// cmdSchema prints the JSON Schema of the case file, for editors: with
// yaml-language-server, a case file whose first line is
// "# yaml-language-server: $schema=pleadgen.schema.json" gets completion,
// hover documentation and checks as it is typed.
func cmdSchema(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	out := fs.String("o", "", "write the schema to `FILE` (default: stdout)")
	paths, err := parseFlags(fs, args, stdout)
	if err == nil && len(paths) > 0 {
		err = errors.New("takes no arguments")
	}
	if err != nil {
		return usageError(stderr, "schema", err)
	}
	schema := pleadgen.SchemaJSON()
	if *out == "" || *out == "-" {
		if _, err := stdout.Write(schema); err != nil {
			fmt.Fprintf(stderr, "pleadgen schema: %v\n", err)
			return exitBad
		}
		return exitOK
	}
	if err := writeAtomic(*out, schema); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	return exitOK
}
