// Package generated owns the check that the tests of pleadgen's generators
// share: a generated file holds what its generator makes now, or, when
// the test runs with -update, is rewritten to.
package generated

import (
	"bytes"
	"os"
	"testing"
)

// Check rewrites path with want when update is set, and otherwise fails
// the test unless path holds want; remake is the command that makes the
// file again, which the failure names.
func Check(t testing.TB, path string, want []byte, update bool, remake string) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%s is not what its generator makes now: %s", path, remake)
	}
}
