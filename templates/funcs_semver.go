package templates

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/template"
)

// semverFuncs parse and compare semantic versions, as Masterminds/semver
// (v3) reads them: "semver" parses a version, whose methods a template may
// call ({{ (semver "1.2.3").Minor }}); "semverCompare" reports whether a
// version meets a constraint such as "^1.2", ">= 1.0, < 2.0 || 3.x" or
// "1.2 - 1.4".
func semverFuncs() template.FuncMap {
	return template.FuncMap{
		"semver": parseVersion,
		"semverCompare": func(constraint, version string) (bool, error) {
			c, err := parseConstraints(constraint)
			if err != nil {
				return false, err
			}
			v, err := parseVersion(version)
			if err != nil {
				return false, err
			}
			return c.check(v), nil
		},
	}
}

var (
	errInvalidSemVer     = errors.New("Invalid Semantic Version")
	errSegmentStartsZero = errors.New("Version segment starts with 0")
	errInvalidPrerelease = errors.New("Invalid Prerelease string")
	errInvalidMetadata   = errors.New("Invalid Metadata string")
)

// semverVersion is a semantic version: major.minor.patch, a prerelease
// and build metadata.
type semverVersion struct {
	major, minor, patch uint64
	pre, metadata       string
	original            string
}

// parseVersion reads a version: an optional "v", the major number, then
// optionally ".minor" and ".patch" (missing ones are 0), "-prerelease" and
// "+metadata", each a dot-separated list of identifiers of ASCII letters,
// digits and "-". A numeric prerelease identifier may not start with 0.
func parseVersion(s string) (*semverVersion, error) {
	v := &semverVersion{original: s}
	rest := strings.TrimPrefix(s, "v")
	rest, meta, hasMeta := strings.Cut(rest, "+")
	rest, pre, hasPre := strings.Cut(rest, "-")
	nums := strings.Split(rest, ".")
	if len(nums) > 3 || hasPre && !identifiers(pre) || hasMeta && !identifiers(meta) {
		return nil, errInvalidSemVer
	}
	fields := []*uint64{&v.major, &v.minor, &v.patch}
	for i, n := range nums {
		if n == "" || strings.Trim(n, "0123456789") != "" {
			return nil, errInvalidSemVer
		}
		var err error
		if *fields[i], err = strconv.ParseUint(n, 10, 64); err != nil {
			return nil, fmt.Errorf("Error parsing version segment: %s", err)
		}
	}
	v.pre, v.metadata = pre, meta
	if err := checkPrerelease(pre); err != nil {
		return nil, err
	}
	return v, nil
}

// identifiers reports whether s is a dot-separated list of identifiers of
// ASCII letters, digits and "-".
func identifiers(s string) bool {
	for _, id := range strings.Split(s, ".") {
		if id == "" || strings.IndexFunc(id, func(r rune) bool { return !identChar(r) }) >= 0 {
			return false
		}
	}
	return true
}

func identChar(r rune) bool {
	return r == '-' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

// numeric reports whether s is all ASCII digits (or empty).
func numeric(s string) bool { return strings.Trim(s, "0123456789") == "" }

// checkPrerelease refuses a numeric identifier that starts with 0, and an
// identifier of other characters than identChar.
func checkPrerelease(pre string) error {
	if pre == "" {
		return nil
	}
	for _, id := range strings.Split(pre, ".") {
		if numeric(id) && len(id) > 1 && id[0] == '0' {
			return errSegmentStartsZero
		}
		if !numeric(id) && strings.IndexFunc(id, func(r rune) bool { return !identChar(r) }) >= 0 {
			return errInvalidPrerelease
		}
	}
	return nil
}

// checkMetadata refuses an identifier of other characters than identChar.
func checkMetadata(meta string) error {
	if meta == "" {
		return nil
	}
	for _, id := range strings.Split(meta, ".") {
		if strings.IndexFunc(id, func(r rune) bool { return !identChar(r) }) >= 0 {
			return errInvalidMetadata
		}
	}
	return nil
}

// String writes the version in full: "1.2.0-beta.1+build.5".
func (v semverVersion) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.major, v.minor, v.patch)
	if v.pre != "" {
		s += "-" + v.pre
	}
	if v.metadata != "" {
		s += "+" + v.metadata
	}
	return s
}

// Original is the version as it was written.
func (v *semverVersion) Original() string { return v.original }

func (v semverVersion) Major() uint64      { return v.major }
func (v semverVersion) Minor() uint64      { return v.minor }
func (v semverVersion) Patch() uint64      { return v.patch }
func (v semverVersion) Prerelease() string { return v.pre }
func (v semverVersion) Metadata() string   { return v.metadata }

// next is v changed by change, without metadata and with its original
// written anew, keeping a "v" it began with.
func (v semverVersion) next(change func(*semverVersion)) semverVersion {
	n := v
	n.metadata = ""
	change(&n)
	n.original = n.String()
	if strings.HasPrefix(v.original, "v") {
		n.original = "v" + n.original
	}
	return n
}

// IncPatch is the next patch version: 1.2.3 is 1.2.4, and 1.2.3-beta is
// 1.2.3.
func (v semverVersion) IncPatch() semverVersion {
	return v.next(func(n *semverVersion) {
		if n.pre == "" {
			n.patch++
		}
		n.pre = ""
	})
}

// IncMinor is the next minor version: 1.2.3 is 1.3.0.
func (v semverVersion) IncMinor() semverVersion {
	return v.next(func(n *semverVersion) { n.minor, n.patch, n.pre = n.minor+1, 0, "" })
}

// IncMajor is the next major version: 1.2.3 is 2.0.0.
func (v semverVersion) IncMajor() semverVersion {
	return v.next(func(n *semverVersion) { n.major, n.minor, n.patch, n.pre = n.major+1, 0, 0, "" })
}

// SetPrerelease is v with another prerelease.
func (v semverVersion) SetPrerelease(pre string) (semverVersion, error) {
	if err := checkPrerelease(pre); err != nil {
		return v, err
	}
	meta := v.metadata
	return v.next(func(n *semverVersion) { n.pre, n.metadata = pre, meta }), nil
}

// SetMetadata is v with other metadata.
func (v semverVersion) SetMetadata(meta string) (semverVersion, error) {
	if err := checkMetadata(meta); err != nil {
		return v, err
	}
	return v.next(func(n *semverVersion) { n.metadata = meta }), nil
}

func (v *semverVersion) LessThan(o *semverVersion) bool         { return v.Compare(o) < 0 }
func (v *semverVersion) LessThanEqual(o *semverVersion) bool    { return v.Compare(o) <= 0 }
func (v *semverVersion) GreaterThan(o *semverVersion) bool      { return v.Compare(o) > 0 }
func (v *semverVersion) GreaterThanEqual(o *semverVersion) bool { return v.Compare(o) >= 0 }

// Equal reports whether v and o are the same version, metadata aside.
func (v *semverVersion) Equal(o *semverVersion) bool {
	if v == nil || o == nil {
		return v == o
	}
	return v.Compare(o) == 0
}

// Compare is -1, 0 or 1 as v precedes, equals or follows o. Metadata does
// not count; a prerelease precedes its release.
func (v *semverVersion) Compare(o *semverVersion) int {
	for _, d := range [3]int{cmpUint(v.major, o.major), cmpUint(v.minor, o.minor), cmpUint(v.patch, o.patch)} {
		if d != 0 {
			return d
		}
	}
	switch {
	case v.pre == o.pre:
		return 0
	case v.pre == "":
		return 1
	case o.pre == "":
		return -1
	}
	return comparePrerelease(v.pre, o.pre)
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// comparePrerelease compares prereleases identifier by identifier: numbers
// as numbers, below words, which compare as text; a missing identifier
// comes first.
func comparePrerelease(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < max(len(as), len(bs)); i++ {
		var x, y string
		if i < len(as) {
			x = as[i]
		}
		if i < len(bs) {
			y = bs[i]
		}
		if d := compareIdentifier(x, y); d != 0 {
			return d
		}
	}
	return 0
}

func compareIdentifier(x, y string) int {
	switch {
	case x == y:
		return 0
	case x == "":
		return -1
	case y == "":
		return 1
	}
	xn, xerr := strconv.ParseUint(x, 10, 64)
	yn, yerr := strconv.ParseUint(y, 10, 64)
	switch {
	case xerr != nil && yerr != nil:
		return strings.Compare(x, y)
	case xerr != nil:
		return 1
	case yerr != nil:
		return -1
	case xn > yn:
		return 1
	}
	return -1
}

// MarshalJSON writes the version as a JSON string.
func (v semverVersion) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// MarshalText writes the version as text.
func (v semverVersion) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// A constraint is an operator and a version, whose missing or wildcard
// ("x", "X", "*") parts make it dirty: "~1.2" and "1.2.x" have a dirty
// patch, "1" a dirty minor, "*" a dirty major.
type constraint struct {
	op                     string
	version                *semverVersion
	dirty                  bool // a part is missing or a wildcard
	minorDirty, patchDirty bool
}

// constraints are alternatives ("||") of constraints that must all hold.
type constraints [][]*constraint

func (cs constraints) check(v *semverVersion) bool {
	for _, all := range cs {
		ok := true
		for _, c := range all {
			if !c.check(v) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// parseConstraints reads constraints: alternatives separated by "||",
// each constraints separated by spaces or a comma, each an operator
// ("=", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^" or none)
// and a version that may have wildcards; a range "A - B" stands for
// ">= A, <= B".
func parseConstraints(s string) (constraints, error) {
	var cs constraints
	for _, alt := range strings.Split(expandRanges(s), "||") {
		items, ok := splitConstraints(alt)
		if !ok {
			return nil, fmt.Errorf("improper constraint: %s", alt)
		}
		var all []*constraint
		for _, item := range items {
			c, err := parseConstraint(item[0], item[1])
			if err != nil {
				return nil, err
			}
			all = append(all, c)
		}
		cs = append(cs, all)
	}
	return cs, nil
}

// isSpace is the space of constraints: ASCII space, tab, newline, form
// feed and carriage return.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// partChar reports whether c may be part of a number of a constraint's
// version: a digit, a wildcard, or "|".
func partChar(c byte) bool {
	return '0' <= c && c <= '9' || c == 'x' || c == 'X' || c == '*' || c == '|'
}

// scanRun returns the end of the run from i of bytes for which in holds.
func scanRun(s string, i int, in func(byte) bool) int {
	for i < len(s) && in(s[i]) {
		i++
	}
	return i
}

func identByte(c byte) bool { return identChar(rune(c)) }

// versionParts are the parts of a constraint's version, as written: the
// major, ".minor" and ".patch" numbers, "-prerelease" and "+metadata".
type versionParts struct {
	major, minor, patch, pre, meta string
}

// scanVersion reads the longest constraint version at s[i:], returning
// its end, or -1 if there is none.
func scanVersion(s string, i int) (end int, p versionParts) {
	if i < len(s) && s[i] == 'v' && i+1 < len(s) && partChar(s[i+1]) {
		i++
	}
	j := scanRun(s, i, partChar)
	if j == i {
		return -1, p
	}
	p.major, i = s[i:j], j
	for _, part := range []*string{&p.minor, &p.patch} {
		if i+1 < len(s) && s[i] == '.' && partChar(s[i+1]) {
			j = scanRun(s, i+1, partChar)
			*part, i = s[i:j], j
		}
	}
	for _, tail := range []struct {
		mark byte
		part *string
	}{{'-', &p.pre}, {'+', &p.meta}} {
		if i+1 < len(s) && s[i] == tail.mark && identByte(s[i+1]) {
			j = scanRun(s, i+1, identByte)
			for j+1 < len(s) && s[j] == '.' && identByte(s[j+1]) {
				j = scanRun(s, j+1, identByte)
			}
			*tail.part, i = s[i:j], j
		}
	}
	return i, p
}

// expandRanges rewrites each range "A - B" of s as ">= A, <= B ", taking
// the space before A with it.
func expandRanges(s string) string {
	type rng struct{ text, from, to string }
	var found []rng
	for i := 0; i < len(s); {
		if r, end, ok := matchRange(s, i); ok {
			found = append(found, rng{s[i:end], r[0], r[1]})
			i = end
			continue
		}
		i++
	}
	for _, r := range found {
		s = strings.Replace(s, r.text, ">= "+r.from+", <= "+r.to+" ", 1)
	}
	return s
}

// matchRange matches a range "A - B" (space before A and after B
// included) at s[i:].
func matchRange(s string, i int) (versions [2]string, end int, ok bool) {
	i = skipSpace(s, i)
	from, _ := scanVersion(s, i)
	if from < 0 || from == len(s) || !isSpace(s[from]) {
		return versions, 0, false
	}
	dash := skipSpace(s, from)
	if dash == len(s) || s[dash] != '-' {
		return versions, 0, false
	}
	start := skipSpace(s, dash+1)
	if start == dash+1 {
		return versions, 0, false
	}
	to, _ := scanVersion(s, start)
	if to < 0 {
		return versions, 0, false
	}
	return [2]string{s[i:from], s[start:to]}, skipSpace(s, to), true
}

// constraintOps are the operators, two characters long and then one.
var constraintOps = []string{"!=", ">=", "=>", "<=", "=<", "~>", "=", ">", "<", "~", "^"}

// splitConstraints splits an alternative into its operators and versions,
// or reports that it is not a list of constraints.
func splitConstraints(s string) (items [][2]string, ok bool) {
	i := skipSpace(s, 0)
	for {
		op := ""
		for _, o := range constraintOps {
			if strings.HasPrefix(s[i:], o) {
				op = o
				break
			}
		}
		i = skipSpace(s, i+len(op))
		end, _ := scanVersion(s, i)
		if end < 0 {
			return nil, false
		}
		items = append(items, [2]string{op, s[i:end]})
		i = skipSpace(s, end)
		spaced := i > end
		switch {
		case i == len(s):
			return items, true
		case s[i] == ',':
			i = skipSpace(s, i+1)
		case !spaced:
			return nil, false
		}
	}
}

// wildcard reports whether a part of a constraint's version is "x", "X"
// or "*".
func wildcard(part string) bool { return part == "x" || part == "X" || part == "*" }

// parseConstraint reads one constraint: its operator and version.
func parseConstraint(op, text string) (*constraint, error) {
	_, p := scanVersion(text, 0)
	c := &constraint{op: op}
	version := text
	minor, patch := strings.TrimPrefix(p.minor, "."), strings.TrimPrefix(p.patch, ".")
	switch {
	case wildcard(p.major):
		version, c.dirty = "0.0.0"+p.pre, true
	case minor == "" || wildcard(minor):
		version, c.dirty, c.minorDirty = p.major+".0.0"+p.pre, true, true
	case patch == "" || wildcard(patch):
		version, c.dirty, c.patchDirty = p.major+p.minor+".0"+p.pre, true, true
	}
	v, err := parseVersion(version)
	if err != nil {
		return nil, errors.New("constraint Parser Error")
	}
	c.version = v
	return c, nil
}

// check reports whether v meets the constraint. A prerelease meets only
// a constraint whose version is a prerelease.
func (c *constraint) check(v *semverVersion) bool {
	cv := c.version
	if c.op != "!=" && v.pre != "" && cv.pre == "" {
		return false
	}
	switch c.op {
	case "", "=":
		if c.dirty {
			return c.tilde(v)
		}
		return v.Equal(cv)
	case "!=":
		return c.notEqual(v)
	case ">":
		return c.greater(v)
	case "<":
		return v.Compare(cv) < 0
	case ">=", "=>":
		return v.Compare(cv) >= 0
	case "<=", "=<":
		return c.lessOrEqual(v)
	case "~", "~>":
		return c.tilde(v)
	case "^":
		return c.caret(v)
	}
	return false
}

func (c *constraint) notEqual(v *semverVersion) bool {
	cv := c.version
	if !c.dirty {
		return !v.Equal(cv)
	}
	switch {
	case v.pre != "" && cv.pre == "":
		return false
	case cv.major != v.major:
		return true
	case cv.minor != v.minor && !c.minorDirty:
		return true
	case c.minorDirty:
		return false
	case cv.patch != v.patch && !c.patchDirty:
		return true
	case c.patchDirty:
		return comparePrerelease(v.pre, cv.pre) != 0
	}
	return !v.Equal(cv)
}

func (c *constraint) greater(v *semverVersion) bool {
	cv := c.version
	switch {
	case !c.dirty:
		return v.Compare(cv) > 0
	case v.major != cv.major:
		return v.major > cv.major
	case c.minorDirty:
		return false
	case c.patchDirty:
		return v.minor > cv.minor
	}
	return v.Compare(cv) > 0
}

func (c *constraint) lessOrEqual(v *semverVersion) bool {
	cv := c.version
	switch {
	case !c.dirty:
		return v.Compare(cv) <= 0
	case v.major > cv.major:
		return false
	}
	return v.major != cv.major || v.minor <= cv.minor || c.minorDirty
}

// tilde: at least the version, and the same major and (unless the minor
// is dirty) minor number.
func (c *constraint) tilde(v *semverVersion) bool {
	cv := c.version
	switch {
	case v.LessThan(cv):
		return false
	case cv.major == 0 && cv.minor == 0 && cv.patch == 0 && !c.minorDirty && !c.patchDirty:
		return true
	case v.major != cv.major:
		return false
	}
	return v.minor == cv.minor || c.minorDirty
}

// caret: at least the version, and the same first nonzero number of
// major, minor and patch.
func (c *constraint) caret(v *semverVersion) bool {
	cv := c.version
	switch {
	case v.LessThan(cv):
		return false
	case cv.major > 0 || c.minorDirty:
		return v.major == cv.major
	case v.major > 0:
		return false
	case cv.minor > 0 || c.patchDirty:
		return v.minor == cv.minor
	case v.minor > 0:
		return false
	}
	return cv.patch == v.patch
}
