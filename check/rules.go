package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"pleadgen/render/layout"
)

// Rule is one entry of a court profile's "court_rules": which check it
// drives (ID), the rule the check cites, and the check's parameters. Each
// check reads only the parameters it needs.
type Rule struct {
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`     // the citation findings name
	Severity Severity `json:"severity"` // of the findings; error when left out
	Filings  []string `json:"filings"`  // filing types it applies to; all when empty

	// topics: the Standing Order's topics in their order.
	Topics []TopicDef `json:"topics"`
	// A content rule (any ID): the topic whose text must mention, for each
	// group of Mentions, one of the group's phrases; Message says what is
	// wanting.
	Topic    string     `json:"topic"`
	Mentions [][]string `json:"mentions"`
	Message  string     `json:"message"`
	// page-limit: the most pages, and the words that open the signatures.
	Pages           int    `json:"pages"`
	SignatureMarker string `json:"signature_marker"`
	// due-date: the days before the conference, and the rule that moves a
	// due date off a weekend or holiday by counting backward.
	DaysBefore int    `json:"days_before"`
	CountBack  string `json:"count_back"`
	// holidays: the court's legal holidays.
	Holidays []Holiday `json:"holidays"`
	// division: the division of each office code of a case number.
	// type-size and numbered-lines.
	MinSize  float64 `json:"min_size"`
	MaxLines int     `json:"max_lines"`
}

// TopicDef is one topic of a Standing Order: the case file's key for it
// and its heading.
type TopicDef struct {
	Key     string `json:"key"`
	Heading string `json:"heading"`
}

// Holiday is one legal holiday: a fixed date (Month and Day), or the Week-th
// Weekday of Month (Week -1 is the last), kept from the year From on.
type Holiday struct {
	Name    string `json:"name"`
	Month   int    `json:"month"`
	Day     int    `json:"day"`
	Weekday string `json:"weekday"`
	Week    int    `json:"week"`
	From    int    `json:"from"`
}

// Rules are a court's rules, ready to check filings against.
type Rules struct {
	profile *layout.Profile
	list    []Rule
	byID    map[string]*Rule
	cal     Calendar
}

// LoadRules decodes the "court_rules" of a court profile. A profile
// without them gives rules that check nothing.
func LoadRules(prof *layout.Profile) (*Rules, error) {
	rs := &Rules{profile: prof, byID: map[string]*Rule{}}
	if len(bytes.TrimSpace(prof.CourtRules)) == 0 {
		return rs, nil
	}
	dec := json.NewDecoder(bytes.NewReader(prof.CourtRules))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rs.list); err != nil {
		return nil, fmt.Errorf("court profile %q: court_rules: %w", prof.Name, err)
	}
	for i := range rs.list {
		r := &rs.list[i]
		if err := r.validate(); err != nil {
			return nil, fmt.Errorf("court profile %q: court_rules[%d] (%s): %w", prof.Name, i, r.ID, err)
		}
		if overlap(r, rs.list[:i]) {
			return nil, fmt.Errorf("court profile %q: court_rules[%d]: rule %q is given twice for one filing type", prof.Name, i, r.ID)
		}
		if _, dup := rs.byID[r.ID]; !dup {
			rs.byID[r.ID] = r
		}
	}
	if h := rs.byID["holidays"]; h != nil {
		rs.cal = Calendar{Holidays: h.Holidays}
	}
	return rs, nil
}

// overlap reports whether rule r and an earlier rule of its ID apply to a
// filing type both: a rule may be given again, with its own citation,
// for other filing types, and once for every type no other names (its
// filings left out), a filing type of the user's own among them.
func overlap(r *Rule, earlier []Rule) bool {
	for _, e := range earlier {
		if e.ID != r.ID {
			continue
		}
		if len(e.Filings) == 0 && len(r.Filings) == 0 {
			return true
		}
		if len(e.Filings) == 0 || len(r.Filings) == 0 {
			continue
		}
		for _, f := range r.Filings {
			if e.appliesTo(f) {
				return true
			}
		}
	}
	return false
}

// validate checks that a rule names a check and gives what it needs.
func (r *Rule) validate() error {
	_, known := checks[r.ID]
	switch {
	case r.Topic != "" && (len(r.Mentions) == 0 || r.Message == ""):
		return fmt.Errorf("a rule with a topic needs mentions and a message")
	case r.Topic == "" && !known:
		return fmt.Errorf("unknown rule id %q", r.ID)
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
	_, wdOK := weekday(h.Weekday)
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

// weekday parses an English weekday name.
func weekday(s string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d, true
		}
	}
	return 0, false
}

// governs reports whether rule r is the one of its ID that covers a
// filing type: one that names the type, else the one that names none.
func (rs *Rules) governs(r *Rule, filingType string) bool {
	if !r.appliesTo(filingType) {
		return false
	}
	if len(r.Filings) > 0 {
		return true
	}
	for i := range rs.list {
		if o := &rs.list[i]; o.ID == r.ID && len(o.Filings) > 0 && o.appliesTo(filingType) {
			return false
		}
	}
	return true
}

// appliesTo reports whether the rule covers a filing type.
func (r *Rule) appliesTo(filingType string) bool {
	if len(r.Filings) == 0 {
		return true
	}
	for _, f := range r.Filings {
		if f == filingType {
			return true
		}
	}
	return false
}
