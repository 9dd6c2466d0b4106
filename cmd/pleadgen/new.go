package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"pleadgen"
	"strings"
)

// cmdNew writes a commented skeleton of a filing of a type: every key it
// requires, every topic of a statement, each left empty, so that nothing
// is filed that its author did not write — validate fails until each is
// filled in.
func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	out := fs.String("o", "", "write the skeleton to `FILE`, which must not exist (default: stdout)")
	courtName := fs.String("court", "", "the court (default: the default court; pleadgen courts lists them)")
	var in inputFlags
	in.register(fs, templatesUsage)
	paths, err := parseFlags(fs, args, stdout)
	if err == nil && len(paths) != 1 {
		err = errors.New("want one filing type")
	}
	if err != nil {
		return usageError(stderr, "new", err)
	}
	p, err := newPipelineWith(in)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	types := pleadgen.BuiltinTypes()
	for n, t := range p.FilingTypes() {
		types[n] = t
	}
	ft := types[paths[0]]
	if ft == nil {
		var names []string
		for n := range types {
			names = append(names, n)
		}
		return usageError(stderr, "new", fmt.Errorf("unknown filing type %q (known: %s)", paths[0], strings.Join(sortedStrings(names), ", ")))
	}
	ct, ok := p.Courts().Lookup(*courtName)
	if *courtName == "" {
		ct, ok = courtFor(p.Courts(), ft), true
	}
	if !ok {
		return usageError(stderr, "new", fmt.Errorf("unknown court %q (known: %s)", *courtName, strings.Join(p.Courts().Names(), ", ")))
	}
	if ft.Statement && ct.OutlineFor(ft.Name, "") == nil {
		return usageError(stderr, "new", fmt.Errorf("%s has no outline of topics for a %s", ct.Short, ft.Name))
	}
	text := skeleton(ft, ct)
	if *out == "" || *out == "-" {
		io.WriteString(stdout, text)
		return exitOK
	}
	if _, err := os.Lstat(*out); err == nil {
		fmt.Fprintf(stderr, "pleadgen new: %s exists; pleadgen new does not write over a file\n", quoteName(*out))
		return exitBad
	}
	if err := writeAtomic(*out, []byte(text)); err != nil {
		fmt.Fprintln(stderr, err)
		return exitBad
	}
	fmt.Fprintf(stderr, "wrote %s: fill in every empty value, then run pleadgen validate %s\n", quoteName(*out), quoteName(*out))
	return exitOK
}

// sortedStrings sorts a list of strings in place and returns it.
func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// skeleton is the case file of a filing of type ft, its values empty.
func skeleton(ft *pleadgen.FilingType, ct *pleadgen.Court) string {
	var b strings.Builder
	b.WriteString("# yaml-language-server: $schema=pleadgen.schema.json\n# (pleadgen schema -o pleadgen.schema.json writes it beside this file: your\n# editor then completes and explains each key.)\n#\n")
	fmt.Fprintf(&b, "# %s — %s\n#\n# Fill in every empty value (validate refuses the file until each is\n# filled in), and delete the optional keys you do not need.\n# pleadgen validate THIS.yaml; pleadgen render THIS.yaml\n\n", ft.Title, ft.About)
	b.WriteString(caseSkeleton(ct))
	fmt.Fprintf(&b, "\nfiling:\n  type: %s\n  date:             # YYYY-MM-DD, the day it is filed\n", ft.Name)
	if o := ct.OutlineFor(ft.Name, ""); ft.Statement && o != nil {
		b.WriteString(statementSkeleton(o))
	}
	for _, k := range ft.Keys {
		b.WriteString(keySkeleton(k))
	}
	return b.String()
}

// caseSkeleton is what every filing's case holds.
func caseSkeleton(ct *pleadgen.Court) string {
	place, judge := "", "  initials:         # as the case number shows them\n"
	if !ct.Numbers.Federal() {
		place = "county:             # the county whose superior court hears the case\n"
		judge = ""
	}
	if ct.Judge.Department {
		judge += "  department:       # the judge's department\n"
	}
	return fmt.Sprintf("court: %s\n%snumber:             # the case number, e.g. %s\njudge:\n  name:             # the assigned judge's full name\n%s",
		ct.Name, place, ct.Numbers.Example, judge) + `  # magistrate: true  # when a magistrate judge presides

plaintiffs:
  - name:           # each party, as the caption names it
    # short:        # the short name the text uses
    # description:  # "a Delaware corporation"
defendants:
  - name:

counsel:
  - name:           # each attorney, or "ref: ID" of your people.yaml
    bar:            # the state bar number
    firm:
    address:
      -             # each line of the address
    phone:
    email:
    for: plaintiffs # the side or the ids of the parties represented
    files: true     # the one who files
  - name:           # the other side's attorney
    bar:
    firm:
    address:
      -
    phone:
    email:
    for: defendants
`
}

// statementSkeleton is a statement's conference and its topics.
func statementSkeleton(o *pleadgen.Outline) string {
	var b strings.Builder
	b.WriteString("  conference:\n    date:           # YYYY-MM-DD\n    time:           # \"1:30 P.M.\"\n    place:          # the courtroom or \"Videoconference\"\n  topics:\n")
	fmt.Fprintf(&b, "    # Each topic of %s (outline %s):\n", o.Title, o.Name)
	b.WriteString("    # a joint text (a block below), or one text a side, as   facts:\\n      plaintiffs: |\\n        …\\n      defendants: |\\n        …\n")
	for _, t := range o.Topics {
		fmt.Fprintf(&b, "    %s:             # %s\n", t.Key, t.Heading)
	}
	return b.String()
}

// keySkeleton is a type's key, with what it is and an example.
func keySkeleton(k pleadgen.KeySpec) string {
	var b strings.Builder
	req := "optional"
	if k.Required {
		req = "required"
	}
	fmt.Fprintf(&b, "  # %s (%s, %s)", k.About, k.Kind, req)
	if len(k.Columns) > 0 {
		fmt.Fprintf(&b, "; columns: %s", strings.Join(k.Columns, ", "))
	}
	b.WriteString("\n")
	for _, l := range strings.Split(strings.TrimRight(k.Example, "\n"), "\n") {
		if l != "" {
			fmt.Fprintf(&b, "  #   e.g. %s\n", l)
		}
	}
	prefix := ""
	if !k.Required {
		prefix = "# "
	}
	fmt.Fprintf(&b, "  %s%s:\n", prefix, k.Name)
	return b.String()
}

// courtFor is the court of a skeleton whose court the command line does
// not name: the default court, unless the type is a statement that only
// other courts have an outline for (a Rule 26(f) report, say): then the
// first of those.
func courtFor(courts *pleadgen.CourtSet, ft *pleadgen.FilingType) *pleadgen.Court {
	def := courts.Default()
	if !ft.Statement || def.OutlineFor(ft.Name, "") != nil {
		return def
	}
	for _, n := range courts.Names() {
		if ct, _ := courts.Lookup(n); ct.OutlineFor(ft.Name, "") != nil {
			return ct
		}
	}
	return def
}
