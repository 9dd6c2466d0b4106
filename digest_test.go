package pleadgen

import (
	"bytes"
	"debug/elf"
	"os"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/court"
)

// TestCaseDigest checks that a case's digest changes with its bytes and
// with what the run shares, and with nothing else.
func TestCaseDigest(t *testing.T) {
	data, err := os.ReadFile("cmd/pleadgen/testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	base := runDigest("templates-1", court.Builtin())
	input := func(data []byte) *cases.Input { return cases.ReadBytes("case.yaml", data, cases.Options{}) }
	d := caseDigest(base, input(data))
	if len(d) != 64 || strings.Trim(d, "0123456789abcdef") != "" {
		t.Fatalf("digest %q is not 64 lower-case hex digits", d)
	}
	tests := []struct {
		name string
		got  string
		same bool
	}{
		{"again", caseDigest(runDigest("templates-1", court.Builtin()), input(bytes.Clone(data))), true},
		{"other bytes", caseDigest(base, input(append(bytes.Clone(data), ' '))), false},
		{"other templates", caseDigest(runDigest("templates-2", court.Builtin()), input(data)), false},
		{"read from elsewhere", caseDigest(base, cases.ReadBytes("other/dir/case.yaml", data, cases.Options{})), true},
	}
	for _, tt := range tests {
		if (tt.got == d) != tt.same {
			t.Errorf("%s: digest %s, first %s; want same=%v", tt.name, tt.got, d, tt.same)
		}
	}
	if v := programVersion(); !strings.HasPrefix(v, Version) {
		t.Errorf("programVersion() = %q, want it to start with %q", v, Version)
	}
}

// The executable's identity is read from a start that holds its build ID.
func TestExecutableIDHoldsTheBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Skipf("not an ELF executable: %v", err)
	}
	defer f.Close()
	s := f.Section(".note.go.buildid")
	if s == nil {
		t.Fatal("no Go build ID note")
	}
	if end := s.Offset + s.Size; end > executableIDSpan {
		t.Errorf("the build ID ends at byte %d, past the %d read", end, executableIDSpan)
	}
	if executableID() == "" {
		t.Error("no identity read")
	}
}
