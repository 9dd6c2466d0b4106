package cases

import (
	_ "embed" // the committed schema
	"slices"
)

// The JSON Schema of a case file (draft 2020-12) is generated from the Go
// types the decoder fills, by reflection: each struct field's yaml key,
// whether its required tag asks for it, and what its text tag lets it
// hold; the types that read themselves (dates, case numbers, sides, whom
// counsel represent, topics, the enumerations) by what their decodeYAML
// accepts; and the keys each built-in filing type adds, from its type
// file. Its descriptions are the fields' Go comments (see schemadoc.go).
//
// A file that names a shared case file (case:) need not hold what the
// shared file gives, so what a whole case file must hold is required only
// of a file that names none.

//go:embed schema.json
var schemaJSON []byte

// SchemaJSON returns the JSON Schema of a case file as generated from this
// package's types and committed beside them (cases/schema.json); the
// generator is in schema_gen_test.go and schemadoc_test.go, run by
// "go test ./cases -run TestSchemaFiles -update".
func SchemaJSON() []byte { return slices.Clone(schemaJSON) }
