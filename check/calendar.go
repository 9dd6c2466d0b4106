package check

import "time"

// Calendar tells court days from weekends and legal holidays.
type Calendar struct {
	Holidays []Holiday
}

// date returns the holiday's own date in year y, and whether the holiday
// is kept that year at all.
func (h Holiday) date(y int) (time.Time, bool) {
	if h.From != 0 && y < h.From {
		return time.Time{}, false
	}
	m := time.Month(h.Month)
	if h.Day != 0 {
		return time.Date(y, m, h.Day, 0, 0, 0, 0, time.UTC), true
	}
	wd, _ := weekday(h.Weekday)
	if h.Week == -1 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC) // day 0 is the last of m
		back := (int(last.Weekday()) - int(wd) + 7) % 7
		return last.AddDate(0, 0, -back), true
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	ahead := (int(wd) - int(first.Weekday()) + 7) % 7
	d := first.AddDate(0, 0, ahead+7*(h.Week-1))
	return d, d.Month() == m
}

// Observed returns the day on which the holiday is kept in year y: a
// holiday whose date falls on a Saturday is kept the Friday before, one on
// a Sunday the Monday after (5 U.S.C. § 6103(b)). New Year's Day of one
// year may so be kept on December 31 of the year before.
func (h Holiday) Observed(y int) (time.Time, bool) {
	d, ok := h.date(y)
	switch {
	case !ok:
	case d.Weekday() == time.Saturday:
		d = d.AddDate(0, 0, -1)
	case d.Weekday() == time.Sunday:
		d = d.AddDate(0, 0, 1)
	}
	return d, ok
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
			if own, _ := h.date(y); !own.Equal(kept) {
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
