package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"pleadgen/cases"
)

// exampleFiles are the examples that are filings of their own (not the
// shared files of a case in a folder).
func exampleFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../examples/*.yaml")
	inFolders, _ := filepath.Glob("../examples/*/*.yaml")
	for _, f := range inFolders {
		if in, err := cases.Read(f, cases.Options{}); err == nil && !in.IsShared() {
			files = append(files, f)
		}
	}
	if len(files) < 5 {
		t.Fatalf("found only %d examples", len(files))
	}
	return files
}

// setDates gives each date the templates print that the case gives a date
// of 1999, which no example's text holds, so that whatever the markup
// prints of 1999 the templates printed: their months are those whose
// short forms differ from the long (Sept., Aug.) and those that are
// written out (May, June, July), their days of one digit and two.
func setDates(c *cases.Case) []cases.Date {
	var set []cases.Date
	for _, d := range []struct {
		p   *cases.Date
		day cases.Date
	}{
		{&c.Filing.Date, cases.Date{Year: 1999, Month: time.September, Day: 5}},
		{&c.Filing.Conference.Date, cases.Date{Year: 1999, Month: time.June, Day: 7}},
		{&c.Filing.Caption.ActionFiled, cases.Date{Year: 1999, Month: time.May, Day: 3}},
		{&c.Filing.Caption.TrialDate, cases.Date{Year: 1999, Month: time.August, Day: 17}},
	} {
		if !d.p.IsZero() {
			*d.p = d.day
			set = append(set, d.day)
		}
	}
	if c.Filing.Service != nil {
		s := *c.Filing.Service
		s.Date = cases.Date{Year: 1999, Month: time.July, Day: 12}
		c.Filing.Service = &s
		set = append(set, s.Date)
	}
	return set
}

// dates1999 finds the dates of 1999 in the markup, in any style.
var dates1999 = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2}, 1999|\b\d\d/\d\d/1999\b|1999-\d\d-\d\d`)

// TestDateStyleEverywhere renders every example in each date style, with
// the dates the templates print moved to 1999: every date of 1999 in the
// markup must be in the filing's style (the document block's ISO date
// aside, which is the PDF's metadata), as many of them as the long style
// prints, and the examples' own text and tables, which hold dates of
// their own, must come out as written.
func TestDateStyleEverywhere(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	format := map[cases.DateStyle]func(cases.Date) string{
		cases.LongDate: longDate, cases.ShortDate: shortDate, cases.NumericDate: numericDate,
	}
	for _, file := range exampleFiles(t) {
		name, _ := filepath.Rel("../examples", file)
		t.Run(name, func(t *testing.T) {
			c, _, err := cases.Load(file)
			if err != nil {
				t.Fatal(err)
			}
			dates := setDates(c)
			var others string // the markup less its dates of 1999, the same in every style
			printed := -1     // the dates of 1999 the long style prints
			for _, style := range cases.DateStyles() {
				c.Filing.DateStyle = style
				out, err := set.Execute(c)
				if err != nil {
					t.Fatal(err)
				}
				want := map[string]bool{}
				for _, d := range dates {
					want[format[style](d)] = true
					want[d.String()] = true // the document block's date: metadata
				}
				found := dates1999.FindAllString(out, -1)
				for _, s := range found {
					if !want[s] {
						t.Errorf("%s: the markup prints %q, not in the %s style", style, s, style)
					}
				}
				if printed < 0 {
					printed = len(found)
					if printed <= len(dates) {
						t.Errorf("long: the markup prints %d dates of 1999 (%q); want more than the document block's", printed, found)
					}
				} else if len(found) != printed {
					t.Errorf("%s: the markup prints %d dates of 1999, the long style %d", style, len(found), printed)
				}
				rest := dates1999.ReplaceAllString(out, "DATE")
				if others == "" {
					others = rest
				} else if rest != others {
					t.Errorf("%s: the markup differs from the long style's other than in its dates:\n%s", style, diffLines(others, rest))
				}
			}
		})
	}
}

// TestDateStyleFromTheCaseFile reads date_style: short from a case file,
// and checks each line that prints a date, and that the case file's own
// words and table keep theirs as written.
func TestDateStyleFromTheCaseFile(t *testing.T) {
	const file = "../examples/courts/ca-superior-stipulation.yaml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "  date: 2025-08-11\n", "  date: 2025-08-11\n  date_style: short\n", 1)
	text = strings.Replace(text, "  dates:\n", "  service: {date: 2025-09-02, method: mail, served: [Rachel S. Goldberg], signer: Diego A. Ferrer}\n  dates:\n", 1)
	c, _, err := cases.Parse(file, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if c.Filing.DateStyle != cases.ShortDate {
		t.Fatalf("date style %q, want short", c.Filing.DateStyle)
	}
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := set.Execute(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\nAction Filed: July 22, 2024\n",
		"\nTrial Date: Oct. 20, 2025\n",
		"\nDated: Aug. 11, 2025\n",
		"I hereby certify that on Sept. 2, 2025, I served the foregoing",
		// The case file's own words and table, as written.
		"WHEREAS, trial is set for October 20, 2025, and the final status conference for October 9, 2025;",
		"| Trial | October 20, 2025 | February 23, 2026 |",
		"\ndate: 2025-08-11\n", // the document block's metadata
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the markup lacks %q:\n%s", want, out)
		}
	}
	for _, long := range []string{"Dated: August 11, 2025", "Trial Date: October 20, 2025", "on September 2, 2025"} {
		if strings.Contains(out, long) {
			t.Errorf("the markup prints %q in the long style", long)
		}
	}
}
