package court

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"
)

// The built-in court files are also compiled into Go (compiled_data.go):
// a court is built by plain assignments instead of decoded, which costs
// microseconds where decoding its YAML costs a millisecond and a half and
// JSON a millisecond. Each compiled court records the digest of the YAML
// it was made from and is used only while the two agree, so that a court
// file edited without remaking them is read from its YAML.
// go test ./court -run TestCompiledCourts -update remakes them.

// compiledName is the name a built-in court file's compiled form goes by.
func compiledName(file string) string {
	return strings.TrimSuffix(path.Base(file), ".yaml")
}

// sourceDigest is the hex SHA-256 of a court file's bytes and of the
// calendars, which the compiled form holds the holidays of.
func sourceDigest(data []byte) string {
	h := sha256.New()
	h.Write(data)
	cals, _ := calendarFiles.ReadDir("calendars")
	for _, f := range cals {
		b, _ := calendarFiles.ReadFile("calendars/" + f.Name())
		h.Write([]byte("\x00" + f.Name() + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fromCompiled builds a built-in court from its compiled form, when that
// was made from these bytes.
func fromCompiled(file string, data []byte) (*Court, bool) {
	source, build := compiledCourt(compiledName(file))
	if build == nil || source != sourceDigest(data) {
		return nil, false
	}
	c := build()
	c.calendarsRead = true
	return c, true
}
