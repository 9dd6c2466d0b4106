package pleadgen

import (
	"bytes"
	"debug/elf"
	"os"
	"runtime/debug"
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

// A build whose info names its sources exactly is named by that info; any
// other build by its executable too.
func TestVersionNamesTheSources(t *testing.T) {
	dep := func(sum string, replace *debug.Module) *debug.Module {
		return &debug.Module{Path: "example.com/dep", Version: "v1.0.0", Sum: sum, Replace: replace}
	}
	vcs := func(modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.modified", Value: modified}}
	}
	for _, tc := range []struct {
		name  string
		info  debug.BuildInfo
		exact bool
	}{
		{"a clean revision", debug.BuildInfo{Deps: []*debug.Module{dep("h1:x", nil)}, Settings: vcs("false")}, true},
		{"a changed tree", debug.BuildInfo{Deps: []*debug.Module{dep("h1:x", nil)}, Settings: vcs("true")}, false},
		{"no revision", debug.BuildInfo{Main: debug.Module{Path: "pleadgen", Version: "(devel)"}}, false},
		{"a module version", debug.BuildInfo{Main: debug.Module{Path: "pleadgen", Version: "v0.2.0", Sum: "h1:y"}}, true},
		{"a dependency replaced by a directory", debug.BuildInfo{Deps: []*debug.Module{dep("h1:x", &debug.Module{Path: "../dep"})}, Settings: vcs("false")}, false},
		{"a dependency replaced by a version", debug.BuildInfo{Deps: []*debug.Module{dep("", &debug.Module{Path: "example.com/fork", Version: "v1.0.1", Sum: "h1:z"})}, Settings: vcs("false")}, true},
		{"a dependency without its checksum", debug.BuildInfo{Deps: []*debug.Module{dep("", nil)}, Settings: vcs("false")}, false},
	} {
		asked := false
		v := versionOf(&tc.info, func() string { asked = true; return "EXE" })
		if exact := !asked; exact != tc.exact {
			t.Errorf("%s: named by the info alone = %v, want %v", tc.name, exact, tc.exact)
		}
		if !strings.HasPrefix(v, Version+" ") || !strings.Contains(v, tc.info.String()) {
			t.Errorf("%s: version %q does not hold the build info", tc.name, v)
		}
	}
}
