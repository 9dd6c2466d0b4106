//go:build race

package templates

// raceDetector is set when the tests run under the race detector, which
// makes each call some ten times slower: the comparisons with sprig then
// try a tenth of their random inputs.
const raceDetector = true
