package templates

import (
	"path"
	"path/filepath"
	"strconv"
	"text/template"
	"time"
)

// pathFuncs take paths apart, slash-separated (base, dir, clean, ext,
// isAbs) or as the machine separates them (osBase …), and work with
// durations and times given to them (never the clock's).
func pathFuncs() template.FuncMap {
	return template.FuncMap{
		"base":  path.Base,
		"dir":   path.Dir,
		"clean": path.Clean,
		"ext":   path.Ext,
		"isAbs": path.IsAbs,

		"osBase":  filepath.Base,
		"osClean": filepath.Clean,
		"osDir":   filepath.Dir,
		"osExt":   filepath.Ext,
		"osIsAbs": filepath.IsAbs,

		"duration":         duration,
		"unixEpoch":        func(t time.Time) string { return strconv.FormatInt(t.Unix(), 10) },
		"mustDateModify":   dateModify,
		"must_date_modify": dateModify,
	}
}

// duration writes a number of seconds, given as an int64 or a string, as
// a duration: "90" is "1m30s". Anything else is 0s.
func duration(seconds any) string {
	var n int64
	switch s := seconds.(type) {
	case string:
		n, _ = strconv.ParseInt(s, 10, 64)
	case int64:
		n = s
	}
	return (time.Duration(n) * time.Second).String()
}

// dateModify adds a duration such as "-1.5h" to a time.
func dateModify(d string, t time.Time) (time.Time, error) {
	by, err := time.ParseDuration(d)
	if err != nil {
		return time.Time{}, err
	}
	return t.Add(by), nil
}
