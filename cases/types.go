package cases

import "time"

// Date is a calendar date written in ISO form (2021-07-14) in the case file.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d.Year == 0 }

// Time returns the date at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Long returns the date as a court writes it: "July 14, 2021".
func (d Date) Long() string { return d.Time().Format("January 2, 2006") }

// String returns the ISO form.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

// CaseNumber is a district court case number such as 4:21-cv-02632: the
// office code, the two-digit year, the case type and the sequence number.
//
// A state court's number is kept as written (Raw), in the form of its
// county: "24STCV12345", "CGC-24-612345".
type CaseNumber struct {
	Office int    // the office code: the court file lists them
	Year   int    // two digits
	Kind   string // "cv", "cr", "mc" …
	Seq    int
	Raw    string // as the case file writes it
	// bad says why Raw is not a federal case number, or "": whether that
	// matters depends on the court, known once the whole file is read.
	bad string
}

// String returns the number as written: "4:21-cv-02632".
func (n CaseNumber) String() string {
	if n.Kind == "" {
		return n.Raw
	}
	return fmtCaseNumber(n)
}

// Federal reports whether the number is in the federal form.
func (n CaseNumber) Federal() bool { return n.Kind != "" }

// WithInitials returns the number followed by the judges' initials, as the
// caption shows it: "4:21-cv-02632-DMR".
func (n CaseNumber) WithInitials(initials ...string) string {
	s := n.String()
	if !n.Federal() {
		return s
	}
	for _, in := range initials {
		if in != "" {
			s += "-" + in
		}
	}
	return s
}
