package court

import (
	"fmt"
	"strings"
	"time"
)

// Rule is one rule a court holds filings to: which check it drives (ID),
// the rule the check cites, and the check's parameters. Each check reads
// only the parameters it needs; package check knows the IDs.
type Rule struct {
	ID       string   `yaml:"id"`
	Rule     string   `yaml:"rule"`     // the citation findings name
	Severity Severity `yaml:"severity"` // of the findings: error (when left out) or warning
	Filings  []string `yaml:"filings"`  // filing types it applies to; all when empty

	// A content rule (any ID): the topic whose text must mention, for each
	// group of Mentions, one of the group's phrases; Message says what is
	// wanting.
	Topic    string     `yaml:"topic"`
	Mentions [][]string `yaml:"mentions"`
	Message  string     `yaml:"message"`
	// page-limit: the most pages, and the words that open the signatures.
	Pages           int    `yaml:"pages"`
	SignatureMarker string `yaml:"signature_marker"`
	// due-date: the days before the conference, and the rule that moves a
	// due date off a weekend or holiday by counting backward.
	DaysBefore int    `yaml:"days_before"`
	CountBack  string `yaml:"count_back"`
	// holidays: the court's legal holidays, or the name of a calendar
	// (court/calendars/NAME.yaml) that lists them.
	Holidays []Holiday `yaml:"holidays"`
	Calendar string    `yaml:"calendar"`
	// type-size and numbered-lines.
	MinSize  float64 `yaml:"min_size"`
	MaxLines int     `yaml:"max_lines"`
}

// Severity is how serious a finding is.
type Severity string

// The severities, from the most serious.
const (
	Error   Severity = "error"   // the court would fault the filing
	Warning Severity = "warning" // worth fixing before filing
	Info    Severity = "info"    // a fact to know, such as the due date
)

// Holiday is one legal holiday: a fixed date (Month and Day), or the Week-th
// Weekday of Month (Week -1 is the last), kept from the year From on.
type Holiday struct {
	Name    string `yaml:"name"`
	Month   int    `yaml:"month"`
	Day     int    `yaml:"day"`
	Weekday string `yaml:"weekday"`
	Week    int    `yaml:"week"`
	From    int    `yaml:"from"`
}

// validate checks what a rule gives, whatever its ID.
func (r *Rule) validate() error {
	switch {
	case r.ID == "":
		return fmt.Errorf("give the check's id")
	case r.Topic != "" && (len(r.Mentions) == 0 || r.Message == ""):
		return fmt.Errorf("a rule with a topic needs mentions and a message")
	case r.Rule == "":
		return fmt.Errorf("no rule to cite")
	}
	switch r.Severity {
	case "":
		r.Severity = Error
	case Error, Warning:
	default:
		return fmt.Errorf("severity %q (want error or warning)", r.Severity)
	}
	for _, h := range r.Holidays {
		if err := h.validate(); err != nil {
			return fmt.Errorf("holiday %q: %w", h.Name, err)
		}
	}
	return nil
}

// validate checks that a holiday is either a date or a weekday of a week.
func (h Holiday) validate() error {
	_, wdOK := Weekday(h.Weekday)
	switch {
	case h.Month < 1 || h.Month > 12:
		return fmt.Errorf("month %d", h.Month)
	case h.Day != 0 && h.Weekday != "":
		return fmt.Errorf("give day or weekday, not both")
	case h.Day != 0 && (h.Day < 1 || h.Day > 31):
		return fmt.Errorf("day %d", h.Day)
	case h.Day == 0 && !wdOK:
		return fmt.Errorf("weekday %q", h.Weekday)
	case h.Day == 0 && (h.Week == 0 || h.Week < -1 || h.Week > 5):
		return fmt.Errorf("week %d (want 1 to 5, or -1 for the last)", h.Week)
	}
	return nil
}

// Weekday parses an English weekday name.
func Weekday(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d, true
		}
	}
	return 0, false
}

// AppliesTo reports whether the rule covers a filing type.
func (r *Rule) AppliesTo(filingType string) bool {
	return len(r.Filings) == 0 || contains(r.Filings, filingType)
}
