package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"pleadgen/cases"
	"slices"
	"strings"
	"testing"
)

// runMainEnv, when set to 1, makes the test binary behave as the pleadgen
// command itself, so that a test can run the command in a process of its own.
const runMainEnv = "PLEADGEN_RUN_MAIN"

// stallEnv names, in a process running the command, a case file whose
// reading hangs as a file on a dead network server does.
const stallEnv = "PLEADGEN_TEST_STALL"

// stallOn makes the reading of case files named name hang for good,
// after telling stderr that it does.
func stallOn(name string) {
	if name == "" {
		return
	}
	read := readInput
	readInput = func(path string, opts cases.Options) (*cases.Input, error) {
		if filepath.Base(path) == name {
			fmt.Fprintf(os.Stderr, "stalling on %s\n", path)
			select {}
		}
		return read(path, opts)
	}
}

// examplePath is the example case file, seen from this package's directory.
const examplePath = "../../examples/aclu-v-ice-joint-cmc.yaml"

// TestMain runs the command instead of the tests when runMainEnv is set;
// main exits the process itself.
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		stallOn(os.Getenv(stallEnv))
		main()
	}
	os.Exit(m.Run())
}

// toolPackages names the Debian package that provides each external tool.
var toolPackages = map[string]string{
	"pdftotext": "poppler-utils",
	"pdffonts":  "poppler-utils",
	"pdfinfo":   "poppler-utils",
	"qpdf":      "qpdf",
}

// toolTB is the part of testing.TB that needTool uses.
type toolTB interface {
	Helper()
	Skip(args ...any)
	Fatal(args ...any)
}

// needTool skips the test when an external tool is missing, except on a CI
// machine (CI set), where a missing tool is a failure.
func needTool(t toolTB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return
	}
	msg := fmt.Sprintf("%s not found", name)
	if pkg, ok := toolPackages[name]; ok {
		msg += "; install the Debian package " + pkg
	}
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
		return
	}
	t.Skip(msg)
}

// runApp runs a command line in this process and returns its exit status and
// what it wrote.
func runApp(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// selfCommand is a command line run as a separate pleadgen process (this
// test binary, running main) in dir, with extra environment variables.
func selfCommand(t testing.TB, dir string, env []string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), runMainEnv+"=1"), env...)
	return cmd
}

// runProcess runs a command line as a separate pleadgen process in dir,
// with extra environment variables, and returns its exit status and stderr.
func runProcess(t *testing.T, dir string, env []string, args ...string) (int, string) {
	t.Helper()
	cmd := selfCommand(t, dir, env, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		return exit.ExitCode(), stderr.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, stderr.String()
}

// renderPDF renders a case file to name in a new temporary directory and
// returns the PDF's path.
func renderPDF(t *testing.T, casePath, name string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), name)
	if code, _, stderr := runApp("render", casePath, "-o", out); code != exitOK {
		t.Fatalf("render %s: exit status %d\n%s", casePath, code, stderr)
	}
	return out
}

// tool runs an external tool, which must succeed, and returns its stdout.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	needTool(t, name)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// dirNames returns the sorted names of the entries of dir.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

// assertDirHolds fails unless dir holds exactly the named entries: no
// temporary file or stray output was left behind.
func assertDirHolds(t *testing.T, dir string, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := dirNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("%s holds %q, want %q", dir, got, want)
	}
}

// fakeTB records which of Skip and Fatal needTool called.
type fakeTB struct{ skipped, failed string }

func (f *fakeTB) Helper()           {}
func (f *fakeTB) Skip(args ...any)  { f.skipped = fmt.Sprint(args...) }
func (f *fakeTB) Fatal(args ...any) { f.failed = fmt.Sprint(args...) }

func TestNeedTool(t *testing.T) {
	tests := []struct {
		ci          string
		wantSkipped bool
	}{
		{ci: "", wantSkipped: true},
		{ci: "true", wantSkipped: false},
	}
	for _, tt := range tests {
		t.Setenv("CI", tt.ci)
		var f fakeTB
		needTool(&f, "no-such-tool-here")
		msg := f.skipped + f.failed
		if (f.skipped != "") != tt.wantSkipped || (f.failed != "") == tt.wantSkipped {
			t.Errorf("CI=%q: skipped %q, failed %q", tt.ci, f.skipped, f.failed)
		}
		if !strings.Contains(msg, "no-such-tool-here not found") {
			t.Errorf("CI=%q: message %q does not name the tool", tt.ci, msg)
		}
	}
}
