package court

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Court is one court as its file describes it.
type Court struct {
	Name    string `yaml:"name"`    // the name case files give: "cand"
	Short   string `yaml:"short"`   // "N.D. Cal."
	Full    string `yaml:"full"`    // "United States District Court, Northern District of California"
	Default bool   `yaml:"default"` // the court of a case file that names none
	// Title are the lines of the court's title on the first page, with
	// {division} and {county} standing for the case's; a line whose
	// placeholder is empty is left out.
	Title []string `yaml:"title"`
	// Offices are the office codes of the court's case numbers and the
	// division of each; Counties the counties of a state court.
	Offices  []Office `yaml:"offices"`
	Counties []County `yaml:"counties"`
	Numbers  Numbers  `yaml:"numbers"`
	// Judge says what a case file must tell of its judge.
	Judge JudgeRules `yaml:"judge"`
	// Counsel are the rules a case file's counsel are held to.
	Counsel CounselRules `yaml:"counsel"`
	// Signature is how signatures are written.
	Signature SignatureRules `yaml:"signature"`
	// Oath is what a declarant declares under penalty of perjury.
	Oath string `yaml:"oath"`
	// Service is how papers are served in the court.
	Service ServiceRules `yaml:"service"`
	Paper   Paper        `yaml:"paper"`
	// Limits are what a firm's own paper must keep to, with the rules.
	Limits Limits `yaml:"limits"`
	// Outlines are the topics of the court's statements: the court's own,
	// versioned, and judges' own.
	Outlines []*Outline `yaml:"outlines"`
	// Rules are the rules check holds filings to.
	Rules []Rule `yaml:"rules"`

	// File is where the court was read from: "courts/cand.yaml" for a
	// built-in court.
	File string `yaml:"-" json:"-"`
	// Source is the file's bytes: a run's digest covers them.
	Source []byte `yaml:"-" json:"-"`
	// root is the file's parsed document, for the places of its keys.
	root *yaml.Node
	// calendarsRead: the rules' holidays are read from their calendars
	// already (a compiled court).
	calendarsRead bool
}

// Office is one office code of a federal court's case numbers.
type Office struct {
	Code     int    `yaml:"code"`
	Division string `yaml:"division"`
	Place    string `yaml:"place"` // where it sits, when not the division's name
}

// County is one county of a state court, with the form of its case
// numbers when it is known.
type County struct {
	Name string `yaml:"name"`
	// Number is a regular expression a case number of the county matches
	// whole, and Example one such number.
	Number  string `yaml:"number"`
	Example string `yaml:"example"`

	re *regexp.Regexp
}

// JudgeRules say what a case file tells of its judge.
type JudgeRules struct {
	// Initials: the judge's initials follow the case number ("4:21-cv-02632-DMR").
	Initials bool `yaml:"initials"`
	// Department: the case names the judge's department ("Dept. 14").
	Department bool `yaml:"department"`
	// Title is a judge's title under the signature line of an order, and
	// MagistrateTitle a magistrate judge's.
	Title           string `yaml:"title"`
	MagistrateTitle string `yaml:"magistrate_title"`
}

// CounselRules cite the rules validate warns of: the one that asks for
// each attorney's bar number, and the one that asks for co-counsel of the
// court's bar beside counsel admitted pro hac vice ("" for none).
type CounselRules struct {
	BarNumber    string `yaml:"bar_number"`
	LocalCounsel string `yaml:"local_counsel"`
}

// ServiceRules say how papers are served: the electronic filing system
// that serves counsel of record when a paper is filed ("CM/ECF"; none in a
// court whose filing serves no one), the rule of service, and the rule that
// lets papers be served by e-mail.
type ServiceRules struct {
	System    string `yaml:"system"`
	Rule      string `yaml:"rule"`
	EmailRule string `yaml:"email_rule"`
}

// SignatureRules say how the court's rules have signatures written.
type SignatureRules struct {
	// Authorized follows the conformed signature of each signer other than
	// the filer, {date} standing for the filing's date: "(as authorized on
	// {date})".
	Authorized string `yaml:"authorized"`
}

// Divisions lists the court's divisions in office-code order, each once.
func (c *Court) Divisions() []string {
	var out []string
	for _, o := range c.Offices {
		if !contains(out, o.Division) {
			out = append(out, o.Division)
		}
	}
	return out
}

// checkOffices refuses an office code given twice: a case number's code
// names one division.
func (c *Court) checkOffices() error {
	seen := make(map[int]bool, len(c.Offices))
	for i, o := range c.Offices {
		if seen[o.Code] {
			return fmt.Errorf("offices[%d]: code %d is given twice: a code names one division", i, o.Code)
		}
		seen[o.Code] = true
	}
	return nil
}

// Division returns the division of an office code.
func (c *Court) Division(code int) (string, bool) {
	for _, o := range c.Offices {
		if o.Code == code {
			return o.Division, true
		}
	}
	return "", false
}

// CountyNames lists the court's counties.
func (c *Court) CountyNames() []string {
	out := make([]string, len(c.Counties))
	for i, k := range c.Counties {
		out[i] = k.Name
	}
	return out
}

// County returns the county of that name, ignoring case.
func (c *Court) County(name string) (*County, bool) {
	for i := range c.Counties {
		if strings.EqualFold(c.Counties[i].Name, name) {
			return &c.Counties[i], true
		}
	}
	return nil, false
}

// TitleLines are the court's title for a case in a division or county,
// in capitals: lines whose placeholder is empty are left out.
func (c *Court) TitleLines(division, county string) []string {
	vals := map[string]string{"division": strings.ToUpper(division), "county": strings.ToUpper(county)}
	var out []string
	for _, l := range c.Title {
		if hasEmptyPlaceholder(l, vals) {
			continue
		}
		out = append(out, expand(strings.ToUpper(l), vals))
	}
	return out
}

// hasEmptyPlaceholder reports whether a line names a placeholder whose
// value is empty.
func hasEmptyPlaceholder(line string, vals map[string]string) bool {
	for k, v := range vals {
		if v == "" && strings.Contains(strings.ToLower(line), "{"+k+"}") {
			return true
		}
	}
	return false
}

// expand replaces each {key} (in any case) by its value.
func expand(s string, vals map[string]string) string {
	for k, v := range vals {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
		s = strings.ReplaceAll(s, "{"+strings.ToUpper(k)+"}", v)
	}
	return s
}

// validate checks what decoding alone cannot: names given, a paper that
// can be drawn on, outlines that resolve, case numbers that compile.
func (c *Court) validate() error {
	switch {
	case c.Name == "" || strings.ContainsAny(c.Name, " /\\"):
		return fmt.Errorf("name: give the court's short name, such as cand")
	case c.Short == "" || c.Full == "":
		return fmt.Errorf("short and full: give the court's names")
	case len(c.Title) == 0:
		return fmt.Errorf("title: give the lines of the court's title")
	case c.Oath == "":
		return fmt.Errorf("oath: give the words a declarant declares under penalty of perjury")
	case c.Judge.Title == "":
		return fmt.Errorf("judge.title: give the title of the court's judges")
	case len(c.Offices) == 0 && len(c.Counties) == 0:
		return fmt.Errorf("offices or counties: give the court's divisions or counties")
	}
	if err := c.checkOffices(); err != nil {
		return err
	}
	if err := c.Paper.check(); err != nil {
		return fmt.Errorf("paper: %w", err)
	}
	if err := c.Numbers.compile(c); err != nil {
		return fmt.Errorf("numbers: %w", err)
	}
	for _, l := range []*Limit{c.Limits.Size, c.Limits.Left, c.Limits.Right, c.Limits.Top, c.Limits.Lines, c.Limits.Pitch, c.Limits.NumbersGap, c.Limits.CourtTitleLine} {
		if l != nil && (math.IsNaN(l.Min) || math.IsNaN(l.Max) || math.IsInf(l.Min, 0) || math.IsInf(l.Max, 0) || l.Rule == "") {
			return fmt.Errorf("limits: each limit is a number with the rule that sets it")
		}
	}
	if err := c.checkTitle(); err != nil {
		return err
	}
	if err := c.Limits.check(&c.Paper); err != nil {
		return fmt.Errorf("limits: the court's own paper breaks them: %w", err)
	}
	if err := c.resolveOutlines(); err != nil {
		return fmt.Errorf("outlines: %w", err)
	}
	for i := range c.Rules {
		if !c.calendarsRead {
			if err := c.Rules[i].readCalendar(); err != nil {
				return fmt.Errorf("rules[%d] (%s): %w", i, c.Rules[i].ID, err)
			}
		}
		if err := c.Rules[i].validate(); err != nil {
			return fmt.Errorf("rules[%d] (%s): %w", i, c.Rules[i].ID, err)
		}
	}
	return nil
}

// checkTitle refuses a placeholder of the title that is not {division} or
// {county}, which would print as written.
func (c *Court) checkTitle() error {
	for _, l := range c.Title {
		rest := strings.ToLower(l)
		for {
			i := strings.Index(rest, "{")
			if i < 0 {
				break
			}
			j := strings.Index(rest[i:], "}")
			if j < 0 {
				return fmt.Errorf("title: %q opens a placeholder it does not close", l)
			}
			if name := rest[i+1 : i+j]; name != "division" && name != "county" {
				return fmt.Errorf("title: unknown placeholder {%s} in %q (known: {division}, {county})", name, l)
			}
			rest = rest[i+j+1:]
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
