package cases

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// parseDate parses an ISO date, YYYY-MM-DD, and checks that it exists.
func parseDate(s string) (Date, error) {
	if !isISODate(s) {
		return Date{}, fmt.Errorf("date must be written as YYYY-MM-DD, got %q", clip(s))
	}
	y, _ := strconv.Atoi(s[0:4])
	m, _ := strconv.Atoi(s[5:7])
	day, _ := strconv.Atoi(s[8:10])
	// Day 0 of the next month is the last day of this one.
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if y < 1 || m < 1 || m > 12 || day < 1 || day > last {
		return Date{}, fmt.Errorf("impossible date %q", s)
	}
	return Date{Year: y, Month: time.Month(m), Day: day}, nil
}

// isISODate reports whether s has the shape 0000-00-00.
func isISODate(s string) bool {
	if len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (dt *Date) decodeYAML(d *decoder, n *yaml.Node, field string) {
	s, ok := d.text(n, field, "a date (YYYY-MM-DD)")
	if !ok {
		return
	}
	v, err := parseDate(s)
	if err != nil {
		d.errorf(n, field, "%v", err)
		return
	}
	*dt = v
}

// withInitials is a case number with its judge's initials after it.
var withInitials = lazyRegexp(`(?i)^[0-9]:[0-9]{2}-[a-z]{2}-[0-9]{5}(-[a-z]{2,4})+$`)

// caseNumberForm is the form of a case number, "4:21-cv-02632", a byte of
// the pattern for each byte of the number: '9' a digit, 'a' a lowercase
// letter, anything else itself.
const caseNumberForm = "9:99-aa-99999"

// caseNumberFields cuts a case number of caseNumberForm into its office,
// year, kind and sequence; ok is false for anything else.
func caseNumberFields(s string) (office, year, kind, seq string, ok bool) {
	if len(s) != len(caseNumberForm) {
		return "", "", "", "", false
	}
	for i := 0; i < len(s); i++ {
		c, want := s[i], caseNumberForm[i]
		switch {
		case want == '9' && '0' <= c && c <= '9':
		case want == 'a' && 'a' <= c && c <= 'z':
		case want != '9' && want != 'a' && c == want:
		default:
			return "", "", "", "", false
		}
	}
	return s[0:1], s[2:4], s[5:7], s[8:13], true
}

// errInitials is the error for a case number written with its judge's
// initials.
var errInitials = errors.New("write the case number without the judge's initials")

// parseCaseNumber parses a case number such as 4:21-cv-02632; whether
// its office code and case type are the court's is checked once the court
// is known.
func parseCaseNumber(s string) (CaseNumber, error) {
	o, y, kind, q, ok := caseNumberFields(s)
	if !ok {
		if withInitials().MatchString(s) {
			return CaseNumber{}, errInitials
		}
		return CaseNumber{}, fmt.Errorf("malformed case number %q (want e.g. 4:21-cv-02632)", clip(s))
	}
	office, _ := strconv.Atoi(o)
	year, _ := strconv.Atoi(y)
	seq, _ := strconv.Atoi(q)
	return CaseNumber{Office: office, Year: year, Kind: kind, Seq: seq}, nil
}

// fmtCaseNumber writes a case number in its usual form.
func fmtCaseNumber(n CaseNumber) string {
	return fmt.Sprintf("%d:%02d-%s-%05d", n.Office, n.Year, n.Kind, n.Seq)
}

func (c *CaseNumber) decodeYAML(d *decoder, n *yaml.Node, field string) {
	s, ok := d.text(n, field, "a case number (e.g. 4:21-cv-02632)")
	if !ok {
		return
	}
	v, err := parseCaseNumber(s)
	if err != nil && !errors.Is(err, errInitials) {
		*c = CaseNumber{Raw: strings.TrimSpace(s), bad: err.Error()}
		if !d.oneLine(n, field, s) {
			c.bad = ""
		}
		return
	}
	if err != nil {
		if errors.Is(err, errInitials) {
			// The case's own judge has a key of its own; a related case's
			// initials go beside its number.
			where := "judge.initials"
			if field != "number" {
				where = strings.TrimSuffix(field, "number") + "initials"
			}
			err = fmt.Errorf("%w (put them in %s)", err, where)
		}
		d.errorf(n, field, "%v", err)
		return
	}
	v.Raw = s
	*c = v
}

func (s *Side) decodeYAML(d *decoder, n *yaml.Node, field string) {
	want := sideList()
	t, ok := d.text(n, field, want)
	if !ok {
		return
	}
	if !isSide(Side(t)) {
		d.errorf(n, field, "unknown side %q (want %s)", clip(t), want)
		return
	}
	*s = Side(t)
}

// isSide reports whether s names a list of parties.
func isSide(s Side) bool {
	for _, x := range Sides() {
		if s == x {
			return true
		}
	}
	return false
}

// sideList is the sides, for messages: "plaintiffs, defendants, … or intervenors".
func sideList() string {
	var names []string
	for _, s := range Sides() {
		names = append(names, string(s))
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
