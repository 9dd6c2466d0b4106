package pleadgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pleadgen/check"
	"pleadgen/court"
)

// Every built-in court is sound — its rules are ones check knows, and its
// outlines and rules name filing types that exist — which the engine
// trusts when it readies a court's rules on first use.
func TestBuiltinCourtsSound(t *testing.T) {
	for _, name := range court.Builtin().Names() {
		ct, _ := court.Builtin().Lookup(name)
		if err := knownFilings(ct, nil); err != nil {
			t.Error(err)
		}
		if _, err := check.LoadRules(ct); err != nil {
			t.Error(err)
		}
	}
}

// A court of one's own that names a filing type no one has, or a rule
// check does not know, is refused when the engine is made, at its place.
func TestOwnCourtUnsound(t *testing.T) {
	cand, _ := court.Builtin().Lookup("cand")
	src := strings.Replace(strings.Replace(string(cand.Source), "name: cand", "name: xnd", 1), "default: true\n", "", 1)
	for _, tt := range []struct{ from, to, want string }{
		{"filings: [joint-cmc-statement, cmc-statement]", "filings: [joint-cmc-statment, cmc-statement]", `xnd.yaml:55:14: outline standing-order-2023: unknown filing type "joint-cmc-statment"`},
		{`{id: "draft",`, `{id: "drafts",`, `unknown rule id "drafts"`},
	} {
		dir := t.TempDir()
		if !strings.Contains(src, tt.from) {
			t.Fatalf("cand.yaml lacks %q", tt.from)
		}
		if err := os.WriteFile(filepath.Join(dir, "xnd.yaml"), []byte(strings.Replace(src, tt.from, tt.to, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := New(Options{Courts: dir})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("got %v, want %q", err, tt.want)
		}
	}
}
