package court

import (
	"embed"
	"fmt"
	"time"
)

//go:embed calendars/*.yaml
var calendarFiles embed.FS

// calendar is a calendar file: the holidays a court keeps.
type calendar struct {
	Holidays []Holiday `yaml:"holidays"`
}

// readCalendar fills in the holidays of the calendar a rule names.
func (r *Rule) readCalendar() error {
	if r.Calendar == "" {
		return nil
	}
	if len(r.Holidays) > 0 {
		return fmt.Errorf("give holidays or a calendar, not both")
	}
	name := "calendars/" + r.Calendar + ".yaml"
	data, err := calendarFiles.ReadFile(name)
	if err != nil {
		return fmt.Errorf("unknown calendar %q", r.Calendar)
	}
	var cal calendar
	if err := decodeStrict(name, data, &cal); err != nil {
		return err
	}
	r.Holidays = cal.Holidays
	return nil
}

// Date returns the holiday's own date in year y, and whether the holiday
// is kept that year at all.
func (h Holiday) Date(y int) (time.Time, bool) {
	if h.From != 0 && y < h.From {
		return time.Time{}, false
	}
	m := time.Month(h.Month)
	if h.Day != 0 {
		return time.Date(y, m, h.Day, 0, 0, 0, 0, time.UTC), true
	}
	wd, _ := Weekday(h.Weekday)
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
	d, ok := h.Date(y)
	switch {
	case !ok:
	case d.Weekday() == time.Saturday:
		d = d.AddDate(0, 0, -1)
	case d.Weekday() == time.Sunday:
		d = d.AddDate(0, 0, 1)
	}
	return d, ok
}
