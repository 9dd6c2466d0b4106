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

// programVersion returns version followed by what the build recorded of the
// main module — its version and the revision it was built from — and an
// identity of the executable itself, so that a rebuilt program makes its
// PDFs again even where the build recorded no revision.
func programVersion() string {
	v := Version + " " + executableID()
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	v += " " + info.Main.Version
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
			v += " " + s.Key + "=" + s.Value
		}
	}
	return v
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
