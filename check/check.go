// Package check tells a litigator, before filing, what the rules of the
// court would fault in a statement: a topic of the outline in force missing
// or empty, a statement too long or filed too late, a side without a
// signer, a caption or counsel block short of what the rules ask, and
// what the rendered PDF shows — type too small, too many numbered lines,
// fonts not embedded, no attestation of the other signatures.
//
// The rules, the numbers they set and the citations live in the court
// profile's "court_rules" (render/layout/profiles/*.json), so another court
// brings its own by data. Findings point at the case file: at the key where
// the fault lies, or, for what only the PDF shows, at the filing key or the
// file's start.
package check

import (
	"fmt"
	"sort"

	"pleadgen/cases"
	"pleadgen/court"
	"pleadgen/pdffile"
)

// Severity is how much a finding matters.
type Severity = court.Severity

// The severities, from the most serious.
const (
	Error   = court.Error   // the court would fault the filing
	Warning = court.Warning // worth fixing before filing
	Info    = court.Info    // a fact to know, such as the due date
)

// Finding is one thing the rules of the court say about a filing.
type Finding struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"col"`
	Severity Severity `json:"severity"`
	Field    string   `json:"field,omitempty"` // the case file's key: "filing.topics.evidence"
	Message  string   `json:"message"`
	Rule     string   `json:"rule"` // the rule cited; empty for the case loader's own problems
	// Via says, for a file the filing includes, through which key of
	// which file it was read: "read through case.yaml:3:7".
	Via string `json:"via,omitempty"`
	// Source is the line of the file the finding names, as written, for
	// a tool to show with a caret under Col.
	Source string `json:"source,omitempty"`
}

// String formats the finding as "file:line:col: severity: field: message
// (rule)", leaving out the field and the rule when there are none.
func (f Finding) String() string {
	s := fmt.Sprintf("%s:%d:%d: %s: ", f.File, f.Line, f.Col, f.Severity)
	if f.Field != "" {
		s += f.Field + ": "
	}
	s += f.Message
	if f.Rule != "" {
		s += " (" + f.Rule + ")"
	}
	if f.Via != "" {
		s += " (" + f.Via + ")"
	}
	return s
}

// Case checks a case and the PDF rendered from it against the rules of
// its court. With a nil pdf, the checks that read the PDF are left out.
func Case(c *cases.Case, pdf []byte) []Finding {
	ct := c.CourtDef()
	if ct == nil {
		return []Finding{fileError(c.File, fmt.Errorf("unknown court %q", c.Court))}
	}
	rs, err := LoadRules(ct)
	if err != nil {
		return []Finding{fileError(c.File, err)}
	}
	return rs.Check(c, pdf)
}

// Check checks a case and the PDF rendered from it; see Case.
func (rs *Rules) Check(c *cases.Case, pdf []byte) []Finding {
	if pdf == nil {
		return rs.CheckFacts(c, nil)
	}
	facts, err := pdffile.Inspect(pdf)
	if err != nil {
		k := &checker{c: c, rules: rs}
		k.out = append(k.out, fileError(c.File, fmt.Errorf("cannot read the rendered PDF back: %w", err)))
		return k.run()
	}
	return rs.CheckFacts(c, facts)
}

// CheckFacts checks a case against the rules with facts of its PDF
// already at hand — a Renderer's, say, which hold what it drew — or with
// none.
func (rs *Rules) CheckFacts(c *cases.Case, facts *pdffile.Facts) []Finding {
	k := &checker{c: c, rules: rs, facts: facts}
	return k.run()
}

// checks are the checks a rule's id selects; nil marks a rule that only
// holds data for other checks. A rule with a topic is a content rule
// whatever its id.
var checks = map[string]func(*checker, *Rule){
	"topics":         checkTopics,
	"page-limit":     checkLength,
	"due-date":       checkDueDate,
	"holidays":       nil,
	"signers":        checkSigners,
	"attestation":    checkAttestation,
	"case-number":    checkCaseNumber,
	"court-title":    checkCourtTitle,
	"division":       checkDivision,
	"counsel":        checkCounsel,
	"type-size":      checkTypeSize,
	"numbered-lines": checkNumberedLines,
	"fonts-embedded": checkFonts,
	"time-change":    checkTimeChange,
	"draft":          checkDraft,
	"clerk-space":    checkClerkSpace,
}

// checker gathers the findings about one case.
type checker struct {
	c     *cases.Case
	rules *Rules
	facts *pdffile.Facts // nil when there is no PDF to read
	out   []Finding
	texts []string // each page's text, once read
	flat  []string // the same, squashed
	read  []bool   // which pages' texts are read
}

// run applies every rule that covers the filing and returns the findings
// in file order.
func (k *checker) run() []Finding {
	for i := range k.rules.list {
		r := &k.rules.list[i]
		if !k.rules.governs(r, k.c.Filing.Type) {
			continue
		}
		if r.Topic != "" {
			checkMentions(k, r)
		} else if fn := checks[r.ID]; fn != nil {
			fn(k, r)
		}
	}
	checkFooter(k)
	Sort(k.out)
	return k.out
}

// add records a finding citing rule.
func (k *checker) add(sev Severity, pos cases.Pos, field, rule, format string, args ...any) {
	k.out = append(k.out, Finding{
		File: k.c.FileOf(pos), Line: max(pos.Line, 1), Col: max(pos.Col, 1), Via: k.c.ViaOf(pos),
		Severity: sev, Field: field, Message: fmt.Sprintf(format, args...), Rule: rule,
	})
}

// fileError is an error about a whole file, at its start.
func fileError(file string, err error) Finding {
	return Finding{File: file, Line: 1, Col: 1, Severity: Error, Message: err.Error()}
}

// Sort puts findings in file order — by file, line and column — keeping
// the order of findings at one place.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Error {
			return true
		}
	}
	return false
}
