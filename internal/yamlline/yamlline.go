// Package yamlline reads the line the YAML library (gopkg.in/yaml.v3)
// gives in its syntax errors, which it counts from 0 for its parser's
// messages and from 1 for its scanner's.
package yamlline

// parserProblems are the parser's (not the scanner's) messages, whose
// line is counted from 0.
var parserProblems = map[string]bool{
	"did not find expected <stream-start>":   true,
	"did not find expected <document start>": true,
	"found undefined tag handle":             true,
	"did not find expected node content":     true,
	"did not find expected '-' indicator":    true,
	"did not find expected key":              true,
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found duplicate %TAG directive":         true,
}

// Of returns the 1-based line of an error whose message is msg and whose
// "line N" said n.
func Of(n int, msg string) int {
	if parserProblems[msg] {
		return n + 1
	}
	return n
}
