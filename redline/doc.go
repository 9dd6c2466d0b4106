// Package redline owns the comparison of two versions of a filing, as
// lawyers cite what changed: by page and line of the new version. It
// reads the words of each version from its layout, each with the page,
// the numbered line and the block it stands on; compares the two word
// sequences with a Myers diff (github.com/sergi/go-diff), so that text
// that only moved to another page or line is no change; and reports each
// changed passage with its place, its topic and side, and the words
// deleted and inserted, and the landmarks (topics, signatures, the order)
// that moved to another page.
package redline
