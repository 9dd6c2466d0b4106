//go:build race

package render

// raceDetector is set when the tests run under the race detector, which
// makes each render some ten times slower: the property tests then make
// fewer renders.
const raceDetector = true
