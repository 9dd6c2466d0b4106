package check

import (
	"fmt"
	"time"

	"pleadgen/cases"
)

// checkDueDate reports when the statement is due — the rule's days before
// the conference, moved back to the court day before when that day is a
// weekend day or a legal holiday — and an error when the statement is
// dated later.
func checkDueDate(k *checker, r *Rule) {
	f := k.c.Filing
	if f.Due != nil {
		checkOrderedDue(k, r, f)
		return
	}
	if f.Conference.Date.IsZero() || r.DaysBefore <= 0 {
		return
	}
	conf := f.Conference.Date.Time()
	cal := k.rules.cal
	due, counted := cal.DueBefore(conf, r.DaysBefore)
	rule := r.Rule
	msg := fmt.Sprintf("due: %s (%d days before the conference on %s)", iso(due), r.DaysBefore, iso(conf))
	if !due.Equal(counted) {
		why := counted.Weekday().String() + " " + iso(counted)
		if r.CountBack != "" {
			rule += "; " + r.CountBack
		}
		if name, ok := cal.Holiday(counted); ok {
			why += ", " + name
			if h := k.rules.byID["holidays"]; h != nil {
				rule += "; " + h.Rule
			}
		}
		msg = fmt.Sprintf("due: %s (%d days before the conference on %s is %s, so the statement is due the court day before)",
			iso(due), r.DaysBefore, iso(conf), why)
	}
	k.add(Info, f.Conference.Pos, "", rule, "%s", msg)
	if dated := f.Date.Time(); !f.Date.IsZero() && dated.After(due) {
		k.add(r.Severity, f.Pos, "filing.date", r.Rule, "the statement is dated %s, after it is due on %s, %d days before the conference",
			iso(dated), iso(due), r.DaysBefore)
	}
}

// iso writes a day as 2021-07-14.
func iso(t time.Time) string { return t.Format("2006-01-02") }

// checkOrderedDue checks the statement against a due date the court set
// by order, which it cites in place of the rule.
func checkOrderedDue(k *checker, r *Rule, f cases.Filing) {
	due := f.Due.Date.Time()
	k.add(Info, f.Due.Pos, "", f.Due.By, "due: %s, as the court ordered (in place of %s)", iso(due), r.Rule)
	if dated := f.Date.Time(); !f.Date.IsZero() && dated.After(due) {
		k.add(r.Severity, f.Pos, "filing.date", f.Due.By, "the statement is dated %s, after it is due on %s, as the court ordered",
			iso(dated), iso(due))
	}
}
