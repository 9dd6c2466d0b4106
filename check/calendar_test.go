package check

import (
	"testing"
	"time"
)

// date returns a day at midnight UTC.
func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// candCalendar is the holiday calendar of the cand profile.
func candCalendar(t *testing.T) Calendar {
	t.Helper()
	return loadCand(t).cal
}

func TestHolidays(t *testing.T) {
	cal := candCalendar(t)
	tests := []struct {
		day  time.Time
		want string // "" for no holiday
	}{
		{date(2020, 7, 3), "Independence Day (observed)"}, // July 4, 2020 is a Saturday
		{date(2020, 7, 4), ""},                            // the Saturday itself is a weekend day, not the holiday kept
		{date(2021, 7, 5), "Independence Day (observed)"}, // July 4, 2021 is a Sunday
		{date(2021, 7, 4), ""},
		{date(2022, 6, 20), "Juneteenth National Independence Day (observed)"}, // June 19, 2022 is a Sunday
		{date(2021, 6, 18), "Juneteenth National Independence Day (observed)"}, // the first, 2021
		{date(2020, 6, 19), ""},                                                // before the statute
		{date(2023, 6, 19), "Juneteenth National Independence Day"},
		{date(2021, 12, 24), "Christmas Day (observed)"},  // Christmas 2021 is a Saturday
		{date(2022, 12, 26), "Christmas Day (observed)"},  // Christmas 2022 is a Sunday
		{date(2021, 12, 31), "New Year's Day (observed)"}, // New Year's Day 2022 is a Saturday
		{date(2023, 1, 2), "New Year's Day (observed)"},   // New Year's Day 2023 is a Sunday
		{date(2024, 1, 1), "New Year's Day"},
		{date(2021, 11, 25), "Thanksgiving Day"},
		{date(2025, 11, 27), "Thanksgiving Day"},
		{date(2025, 11, 20), ""},
		{date(2024, 1, 15), "Birthday of Martin Luther King, Jr."},
		{date(1985, 1, 21), ""}, // before the statute
		{date(2024, 2, 19), "Washington's Birthday"},
		{date(2024, 5, 27), "Memorial Day"},
		{date(2021, 5, 31), "Memorial Day"},
		{date(2024, 5, 20), ""},
		{date(2024, 9, 2), "Labor Day"},
		{date(2024, 10, 14), "Columbus Day"},
		{date(2023, 11, 10), "Veterans Day (observed)"}, // November 11, 2023 is a Saturday
		{date(2024, 11, 11), "Veterans Day"},
		{date(2025, 12, 25), "Christmas Day"},
		{date(2021, 7, 14), ""},
	}
	for _, tt := range tests {
		got, ok := cal.Holiday(tt.day)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Holiday(%s) = %q, %v; want %q", iso(tt.day), got, ok, tt.want)
		}
	}
}

func TestHolidayWeeks(t *testing.T) {
	tests := []struct {
		h    Holiday
		year int
		want time.Time
		ok   bool
	}{
		{Holiday{Month: 5, Weekday: "Monday", Week: -1}, 2024, date(2024, 5, 27), true},
		{Holiday{Month: 5, Weekday: "Monday", Week: -1}, 2021, date(2021, 5, 31), true},
		{Holiday{Month: 11, Weekday: "Thursday", Week: 4}, 2021, date(2021, 11, 25), true},
		{Holiday{Month: 9, Weekday: "Monday", Week: 1}, 2025, date(2025, 9, 1), true},
		{Holiday{Month: 2, Weekday: "Monday", Week: 5}, 2021, time.Time{}, false}, // no fifth Monday
		{Holiday{Month: 7, Day: 4, From: 2030}, 2029, time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := tt.h.Observed(tt.year)
		if ok != tt.ok || (ok && !got.Equal(tt.want)) {
			t.Errorf("%+v in %d = %s, %v; want %s, %v", tt.h, tt.year, iso(got), ok, iso(tt.want), tt.ok)
		}
	}
}

func TestDueBefore(t *testing.T) {
	cal := candCalendar(t)
	tests := []struct {
		name       string
		conference time.Time
		due        time.Time
	}{
		{"a Wednesday", date(2021, 7, 21), date(2021, 7, 14)},
		{"Saturday moves to Friday", date(2021, 7, 17), date(2021, 7, 9)},
		{"Sunday moves to Friday", date(2021, 7, 18), date(2021, 7, 9)},
		{"observed Monday holiday moves over the weekend", date(2021, 7, 12), date(2021, 7, 2)},
		{"observed Friday holiday moves to Thursday", date(2020, 7, 10), date(2020, 7, 2)},
		{"Thanksgiving moves to Wednesday", date(2025, 12, 4), date(2025, 11, 26)},
		{"Christmas kept on Friday, December 24", date(2021, 12, 31), date(2021, 12, 23)},
		{"New Year's Day kept on December 31", date(2022, 1, 7), date(2021, 12, 30)},
		{"Memorial Day", date(2024, 6, 3), date(2024, 5, 24)},
		{"MLK Day", date(2024, 1, 22), date(2024, 1, 12)},
	}
	for _, tt := range tests {
		due, counted := cal.DueBefore(tt.conference, 7)
		if !due.Equal(tt.due) {
			t.Errorf("%s: due %s for a conference on %s (counted %s), want %s", tt.name, iso(due), iso(tt.conference), iso(counted), iso(tt.due))
		}
		if want := tt.conference.AddDate(0, 0, -7); !counted.Equal(want) {
			t.Errorf("%s: counted %s, want %s", tt.name, iso(counted), iso(want))
		}
	}
}

func TestCourtDayWithoutHolidays(t *testing.T) {
	var cal Calendar
	if cal.CourtDay(date(2021, 7, 10)) || !cal.CourtDay(date(2021, 7, 5)) {
		t.Error("an empty calendar knows weekends only")
	}
	if due, _ := cal.DueBefore(date(2021, 7, 17), 7); !due.Equal(date(2021, 7, 9)) {
		t.Errorf("due %s, want 2021-07-09", iso(due))
	}
}
