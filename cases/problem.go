package cases

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one finding about a case file.
type Problem struct {
	File    string
	Pos     Pos
	Field   string // dotted path: "filing.conference.date", "counsel[1].email", "filing.topics.facts"
	Message string
	Warning bool
	// Via says, for a file the filing includes, through which key of
	// which file it was read: "read through case.yaml:3:7".
	Via string
	// Err is the cause, when the problem is another step's error placed
	// in the case file (a character the fonts lack, a block the layout
	// refuses); errors.As finds it through Errors.
	Err error
}

// String formats the problem as "file:line:col: field: message", with
// "warning: " before the field for warnings. The field part is left out when
// the problem concerns no field.
func (p Problem) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: ", p.File, p.Pos.Line, p.Pos.Col)
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Via != "" {
		b.WriteString(" (" + p.Via + ")")
	}
	return b.String()
}

// Errors is every error found in a case file, in file order.
type Errors []Problem

// Unwrap returns the causes of the problems that have one.
func (e Errors) Unwrap() []error {
	var out []error
	for _, p := range e {
		if p.Err != nil {
			out = append(out, p.Err)
		}
	}
	return out
}

// Error returns the problems one per line.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// sortProblems puts problems in file order — the filing's own first, then
// each file it includes, by path — keeping the order in which they were
// found for problems at the same place.
func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.File != b.File {
			return a.File == "" || b.File != "" && a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// split separates errors from warnings, each in file order.
func split(ps []Problem) (Errors, []Problem) {
	var errs Errors
	var warns []Problem
	for _, p := range ps {
		if p.Warning {
			warns = append(warns, p)
		} else {
			errs = append(errs, p)
		}
	}
	sortProblems(errs)
	sortProblems(warns)
	return errs, warns
}

// clip shortens a value quoted in a message so that a huge value does not
// flood the report.
func clip(s string) string {
	const limit = 60
	n := 0
	for i := range s {
		if n == limit {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
