package check

import (
	"errors"
	"strings"

	"pleadgen/cases"
)

// Report joins what the case loader found (its warnings) and the
// findings of the checks into one list in file order. A loader warning
// that a finding repeats — same place, same key — is left out, since the
// finding also names its rule.
func Report(problems []cases.Problem, findings []Finding) []Finding {
	type place struct {
		line, col int
		field     string
	}
	seen := map[place]bool{}
	for _, f := range findings {
		seen[place{f.Line, f.Col, f.Field}] = true
	}
	out := append([]Finding(nil), findings...)
	for _, p := range problems {
		if !seen[place{p.Pos.Line, p.Pos.Col, p.Field}] {
			out = append(out, fromProblem(p))
		}
	}
	Sort(out)
	return out
}

// FromError turns an error from loading or rendering a case file into
// findings: one per problem of a cases.Errors, or one at the file's start
// (without the file's name, which the finding shows already).
func FromError(file string, err error) []Finding {
	var errs cases.Errors
	if errors.As(err, &errs) {
		out := make([]Finding, len(errs))
		for i, p := range errs {
			out[i] = fromProblem(p)
		}
		return out
	}
	f := fileError(file, err)
	f.Message = strings.TrimPrefix(f.Message, file+": ")
	return []Finding{f}
}

// fromProblem turns one of the case loader's problems into a finding.
func fromProblem(p cases.Problem) Finding {
	sev := Error
	if p.Warning {
		sev = Warning
	}
	return Finding{File: p.File, Line: p.Pos.Line, Col: p.Pos.Col, Severity: sev, Field: p.Field, Message: p.Message, Via: p.Via}
}

// Warnings turns findings into warnings for a render, which reports what
// the rules would fault but still writes the PDF: errors become warnings
// with their rule in the message, and facts (info) are left out.
func Warnings(findings []Finding) []cases.Problem {
	var out []cases.Problem
	for _, f := range findings {
		if f.Severity == Info {
			continue
		}
		msg := f.Message
		if f.Rule != "" {
			msg += " (" + f.Rule + ")"
		}
		out = append(out, cases.Problem{
			File: f.File, Pos: cases.Pos{Line: f.Line, Col: f.Col},
			Field: f.Field, Message: msg, Warning: true, Via: f.Via,
		})
	}
	return out
}
