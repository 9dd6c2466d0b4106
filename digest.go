package pleadgen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"pleadgen/cases"
	"pleadgen/court"
	"runtime/debug"
)

// Version names this program's output. Raise it with any change that alters
// the PDFs made from the same case file, so that they are made again rather
// than taken as up to date.
const Version = "0.2.0"

// programVersion returns Version followed by what the build recorded: the
// toolchain, the main module and its dependencies with their checksums,
// the revision and the build's settings. A build of a changed working tree
// (or one that recorded less) is named by the executable itself too, so
// that a rebuilt program makes its PDFs again.
func programVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return Version + " " + executableID()
	}
	return versionOf(info, executableID)
}

// versionOf names the build info's program; exeID, the identity of its
// executable, is asked for only when the info does not name the sources
// exactly.
func versionOf(info *debug.BuildInfo, exeID func() string) string {
	v := Version + " " + info.String()
	if exactSources(info) {
		return v
	}
	return v + " " + exeID()
}

// exactSources reports whether the build info names every source the
// program was built from: the main module at a version with its checksum,
// or at a revision with no change beside it, and every dependency (or its
// replacement) with its checksum. Builds from the same sources, toolchain
// and settings are the same program: Go's builds are reproducible.
func exactSources(info *debug.BuildInfo) bool {
	for _, d := range info.Deps {
		if d.Replace != nil {
			d = d.Replace
		}
		if d.Sum == "" {
			return false // a directory, a workspace's module or a vendored copy
		}
	}
	if info.Main.Sum != "" {
		return true
	}
	var revision, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	return revision != "" && modified == "false"
}

// executableID hashes the start of the running executable, where the
// linker puts the build's identity: on Linux the Go build ID's ELF note,
// within the first four kilobytes (TestExecutableIDHoldsTheBuildID); on
// macOS the file's UUID, among the load commands at its start. Identical
// builds give the same, any other build a different one. It is empty when
// the executable cannot be read.
func executableID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	buf := make([]byte, executableIDSpan)
	n, _ := io.ReadFull(f, buf)
	sum := sha256.Sum256(buf[:n])
	return hex.EncodeToString(sum[:8])
}

// executableIDSpan is how much of the executable executableID reads.
const executableIDSpan = 16 << 10

// runDigest hashes what every case of a run shares: the program's version,
// the templates and the courts' files. It is computed once per run.
func runDigest(templates string, courts *court.Set) [sha256.Size]byte {
	h := sha256.New()
	fmt.Fprintf(h, "pleadgen %s\x00templates %s\x00", programVersion(), templates)
	courtsSum := courts.Digest()
	h.Write(courtsSum[:])
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// caseDigest identifies a filing's PDF: the run's digest and the digest
// of the filing's files, in hex.
func caseDigest(run [sha256.Size]byte, in *cases.Input) string {
	h := sha256.New()
	h.Write(run[:])
	sum := in.Digest()
	h.Write(sum[:])
	return hex.EncodeToString(h.Sum(nil))
}
