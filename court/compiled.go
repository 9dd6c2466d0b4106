package court

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"path"
	"strings"
)

// compiledFiles are the built-in court files decoded ahead of time, as
// JSON, which decodes several times faster than YAML: a run pays for its
// court in a fraction of a millisecond. Each records the digest of the
// YAML it was made from and is used only while the two agree, so that a
// court file edited without remaking them is read from its YAML.
// go test ./court -run TestCompiledCourts -update remakes them.
//
//go:embed compiled/*.json
var compiledFiles embed.FS

// compiled is one compiled court file.
type compiled struct {
	Source string          `json:"source"` // the hex SHA-256 of the YAML
	Court  json.RawMessage `json:"court"`
}

// compiledName is where the compiled form of a built-in court file is.
func compiledName(file string) string {
	return path.Join("compiled", strings.TrimSuffix(path.Base(file), ".yaml")+".json")
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

// fromCompiled decodes a built-in court from its compiled form, when that
// was made from these bytes.
func fromCompiled(file string, data []byte) (*Court, bool) {
	raw, err := compiledFiles.ReadFile(compiledName(file))
	if err != nil {
		return nil, false
	}
	// One pass over the JSON: the court is decoded with its digest and
	// dropped when the digest is another YAML's.
	c := new(Court)
	cf := struct {
		Source string `json:"source"`
		Court  *Court `json:"court"`
	}{Court: c}
	if json.Unmarshal(raw, &cf) != nil || cf.Source != sourceDigest(data) {
		return nil, false
	}
	c.calendarsRead = true
	return c, true
}

// compile makes the compiled form of a court file: its YAML decoded, with
// the holidays of the calendars its rules name, not yet validated.
func compile(file string, data []byte) ([]byte, error) {
	c := new(Court)
	if _, err := decodeStrictNode(file, data, c); err != nil {
		return nil, err
	}
	for i := range c.Rules {
		if err := c.Rules[i].readCalendar(); err != nil {
			return nil, err
		}
	}
	body, err := json.Marshal(c)
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(compiled{Source: sourceDigest(data), Court: body}, "", " ")
}
