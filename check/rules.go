package check

import (
	"fmt"
	"pleadgen/court"
)

// Rule is one rule of a court's file: which check it drives (ID), the
// rule the check cites, and the check's parameters.
type Rule = court.Rule

// Holiday is one legal holiday of a court's calendar.
type Holiday = court.Holiday

// Rules are a court's rules, ready to check filings against.
type Rules struct {
	court *court.Court
	list  []Rule
	byID  map[string]*Rule
	cal   Calendar
}

// LoadRules readies the rules of a court's file, refusing an ID no check
// has.
func LoadRules(ct *court.Court) (*Rules, error) {
	rs := &Rules{court: ct, byID: map[string]*Rule{}, list: ct.Rules}
	for i := range rs.list {
		r := &rs.list[i]
		if _, known := checks[r.ID]; !known && r.Topic == "" {
			return nil, fmt.Errorf("court file %s: rules[%d]: unknown rule id %q", ct.Where(fmt.Sprintf("rules[%d]", i)), i, r.ID)
		}
		if overlap(r, rs.list[:i]) {
			return nil, fmt.Errorf("court file %s: rules[%d]: rule %q is given twice for one filing type", ct.Where(fmt.Sprintf("rules[%d]", i)), i, r.ID)
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
			if e.AppliesTo(f) {
				return true
			}
		}
	}
	return false
}

// governs reports whether rule r is the one of its ID that covers a
// filing type: one that names the type, else the one that names none.
func (rs *Rules) governs(r *Rule, filingType string) bool {
	if !r.AppliesTo(filingType) {
		return false
	}
	if len(r.Filings) > 0 {
		return true
	}
	for i := range rs.list {
		if o := &rs.list[i]; o.ID == r.ID && len(o.Filings) > 0 && o.AppliesTo(filingType) {
			return false
		}
	}
	return true
}
