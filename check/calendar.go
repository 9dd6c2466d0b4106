package check

import "time"

// Calendar tells court days from weekends and legal holidays.
type Calendar struct {
	Holidays []Holiday
}

// Holiday returns the name of the legal holiday kept on day d, with
// "(observed)" when the holiday's own date is another day.
func (cal Calendar) Holiday(d time.Time) (string, bool) {
	d = day(d)
	for _, y := range []int{d.Year(), d.Year() + 1} {
		for _, h := range cal.Holidays {
			kept, ok := h.Observed(y)
			if !ok || !kept.Equal(d) {
				continue
			}
			if own, _ := h.Date(y); !own.Equal(kept) {
				return h.Name + " (observed)", true
			}
			return h.Name, true
		}
	}
	return "", false
}

// CourtDay reports whether d is neither a weekend day nor a legal holiday.
func (cal Calendar) CourtDay(d time.Time) bool {
	if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return false
	}
	_, holiday := cal.Holiday(d)
	return !holiday
}

// DueBefore returns the last day to act on when something is due days
// before an event: counted, the day that many days before; and due, that
// day or, when it is a weekend day or a legal holiday, the court day
// before it. A deadline before an event is counted backward (Fed. R. Civ.
// P. 6(a)(5)), so the day it moves to is earlier, never later.
func (cal Calendar) DueBefore(event time.Time, days int) (due, counted time.Time) {
	counted = day(event).AddDate(0, 0, -days)
	due = counted
	// A year holds court days, so a year's search always ends.
	for i := 0; i < 366 && !cal.CourtDay(due); i++ {
		due = due.AddDate(0, 0, -1)
	}
	return due, counted
}

// day returns the calendar day of t, at midnight UTC.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
