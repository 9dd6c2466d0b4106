//go:build !race

package templates

const raceDetector = false
