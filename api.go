package pleadgen

import (
	"io/fs"

	"pleadgen/cases"
	"pleadgen/check"
	"pleadgen/court"
	"pleadgen/render"
)

// The library's own names for the data it reads and reports, so that a
// program built on it imports it alone.
type (
	// Problem is one finding about a filing, at its file, line and
	// column; Errors are a filing's errors, every one of them.
	Problem = cases.Problem
	Errors  = cases.Errors
	Pos     = cases.Pos
	// Input is a filing and the files it includes, read; ReadOptions are
	// how it is read.
	Input       = cases.Input
	ReadOptions = cases.Options
	// FilingType is what a filing type's type file declares, KeySpec one
	// of its keys, TopicDef a topic of a court's outline.
	FilingType = cases.FilingType
	KeySpec    = cases.KeySpec
	TopicDef   = cases.TopicDef
	// Finding is what check reports of a rule of the court.
	Finding = check.Finding
	// Renderer draws PDFs; one a goroutine, reused from filing to filing.
	Renderer = render.Renderer
	// Reuse is the work of a filing's last good render, which the next
	// render of the same filing takes again where nothing changed.
	Reuse = render.Reuse
)

// FindingWarning is the severity of a finding that is a warning.
const FindingWarning = check.Warning

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool { return check.HasErrors(fs) }

// ReadFile reads a case file's bytes: a regular file only, never more than
// the largest case file.
func ReadFile(path string) ([]byte, error) { return cases.ReadFile(path) }

// ReadInput reads a filing and the files it includes, from the file
// system.
func ReadInput(path string, opts ReadOptions) (*Input, error) { return cases.Read(path, opts) }

// FileKind names the kind of a file that is not a regular file ("a
// FIFO"), and is empty for a regular file.
func FileKind(m fs.FileMode) string { return cases.FileKind(m) }

// SchemaJSON is the JSON Schema of the case file.
func SchemaJSON() []byte { return cases.SchemaJSON() }

// BuiltinTypes are the built-in filing types, by name: a copy.
func BuiltinTypes() map[string]*FilingType { return cases.BuiltinTypes() }

// Courts are the built-in courts.
func Courts() *court.Set { return court.Builtin() }

// Court is one court as pleadgen knows it, Outline one of its outlines of
// topics.
type (
	Court    = court.Court
	Outline  = court.Outline
	CourtSet = court.Set
)
