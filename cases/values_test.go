package cases

import (
	"pleadgen/court"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string
	}{
		{"2021-07-14", Date{2021, time.July, 14}, ""},
		{"2024-02-29", Date{2024, time.February, 29}, ""},
		{"2000-12-31", Date{2000, time.December, 31}, ""},
		{"2021-02-29", Date{}, `impossible date "2021-02-29"`},
		{"2021-02-30", Date{}, `impossible date "2021-02-30"`},
		{"1900-02-29", Date{}, `impossible date "1900-02-29"`},
		{"2021-13-01", Date{}, `impossible date "2021-13-01"`},
		{"2021-00-10", Date{}, `impossible date "2021-00-10"`},
		{"2021-04-31", Date{}, `impossible date "2021-04-31"`},
		{"2021-04-00", Date{}, `impossible date "2021-04-00"`},
		{"0000-01-01", Date{}, `impossible date "0000-01-01"`},
		{"July 14", Date{}, `date must be written as YYYY-MM-DD, got "July 14"`},
		{"2021-7-14", Date{}, `date must be written as YYYY-MM-DD, got "2021-7-14"`},
		{"2021/07/14", Date{}, `date must be written as YYYY-MM-DD, got "2021/07/14"`},
		{"2021-07-14T10:00:00Z", Date{}, `date must be written as YYYY-MM-DD, got "2021-07-14T10:00:00Z"`},
		{"２０２１-07-14", Date{}, `date must be written as YYYY-MM-DD, got "２０２１-07-14"`},
		{"", Date{}, `date must be written as YYYY-MM-DD, got ""`},
	}
	for _, tc := range tests {
		got, err := parseDate(tc.in)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("parseDate(%q) error = %v, want %s", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseDate(%q) = %v, %v, want %v", tc.in, got, err, tc.want)
		}
		if got.String() != tc.in {
			t.Errorf("parseDate(%q).String() = %q", tc.in, got.String())
		}
	}
}

func TestParseCaseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    CaseNumber
		wantErr string
	}{
		{"4:21-cv-02632", CaseNumber{Office: 4, Year: 21, Kind: "cv", Seq: 2632}, ""},
		{"3:09-cr-00001", CaseNumber{Office: 3, Year: 9, Kind: "cr", Seq: 1}, ""},
		{"5:20-mc-80001", CaseNumber{Office: 5, Year: 20, Kind: "mc", Seq: 80001}, ""},
		{"1:22-mj-71234", CaseNumber{Office: 1, Year: 22, Kind: "mj", Seq: 71234}, ""},
		{"3:23-md-03047", CaseNumber{Office: 3, Year: 23, Kind: "md", Seq: 3047}, ""},
		{"4:21-cv-02632-DMR", CaseNumber{}, "write the case number without the judge's initials"},
		{"3:20-cv-01234-JSC-KAW", CaseNumber{}, "write the case number without the judge's initials"},
		{"2:21-cv-02632", CaseNumber{Office: 2, Year: 21, Kind: "cv", Seq: 2632}, ""},
		{"4:21-ab-02632", CaseNumber{Office: 4, Year: 21, Kind: "ab", Seq: 2632}, ""},
		{"4:21-CV-02632", CaseNumber{}, `malformed case number "4:21-CV-02632" (want e.g. 4:21-cv-02632)`},
		{"4:21-cv-2632", CaseNumber{}, `malformed case number "4:21-cv-2632" (want e.g. 4:21-cv-02632)`},
		{"21-cv-02632", CaseNumber{}, `malformed case number "21-cv-02632" (want e.g. 4:21-cv-02632)`},
		{"4:2021-cv-02632", CaseNumber{}, `malformed case number "4:2021-cv-02632" (want e.g. 4:21-cv-02632)`},
		{" 4:21-cv-02632", CaseNumber{}, `malformed case number " 4:21-cv-02632" (want e.g. 4:21-cv-02632)`},
		{"", CaseNumber{}, `malformed case number "" (want e.g. 4:21-cv-02632)`},
	}
	for _, tc := range tests {
		got, err := parseCaseNumber(tc.in)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("parseCaseNumber(%q) error = %v, want %s", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseCaseNumber(%q) = %+v, %v, want %+v", tc.in, got, err, tc.want)
		}
		if got.String() != tc.in {
			t.Errorf("parseCaseNumber(%q).String() = %q", tc.in, got.String())
		}
	}
	if s := (CaseNumber{}).String(); s != "" {
		t.Errorf("zero CaseNumber = %q, want empty", s)
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "a.yaml", Pos: Pos{Line: 7, Col: 5}, Field: "counsel[0].emial", Message: "unknown key", Warning: false}, "a.yaml:7:5: counsel[0].emial: unknown key"},
		{Problem{File: "a.yaml", Pos: Pos{Line: 3, Col: 1}, Field: "counsel[1].bar", Message: "no bar", Warning: true}, "a.yaml:3:1: warning: counsel[1].bar: no bar"},
		{Problem{File: "a.yaml", Pos: Pos{Line: 1, Col: 1}, Field: "", Message: "case file is empty", Warning: false}, "a.yaml:1:1: case file is empty"},
		{Problem{File: "a.yaml", Pos: Pos{Line: 2, Col: 4}, Field: "", Message: "odd", Warning: true}, "a.yaml:2:4: warning: odd"},
	}
	for _, tc := range tests {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
	errs := Errors{tests[0].p, tests[2].p}
	if got, want := errs.Error(), tests[0].want+"\n"+tests[2].want; got != want {
		t.Errorf("Errors.Error() = %q, want %q", got, want)
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"name", "bar", "email", "for"}
	tests := []struct{ in, want string }{
		{"emial", ` (did you mean "email"?)`},
		{"Email", ` (did you mean "email"?)`},
		{"nmae", ` (did you mean "name"?)`},
		{"telephone", " (known keys: name, bar, email, for)"},
	}
	for _, tc := range tests {
		if got := suggest(tc.in, "key", known); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLineHelpers(t *testing.T) {
	data := []byte("a: 1\r\n  b: [\rc\u2028\n\t d")
	if got := lineCount(data); got != 5 {
		t.Errorf("lineCount = %d, want 5", got)
	}
	if got := lineStart(data, 2); got != (Pos{Line: 2, Col: 3}) {
		t.Errorf("lineStart(2) = %v, want 2:3", got)
	}
	if got := lineStart(data, 5); got != (Pos{Line: 5, Col: 3}) {
		t.Errorf("lineStart(5) = %v, want 5:3", got)
	}
	if got := posAt(data, len(data)-1); got != (Pos{Line: 5, Col: 3}) {
		t.Errorf("posAt(last) = %v, want 5:3", got)
	}
}

// TestCourtChecksNumber checks case numbers against the embedded court's
// offices and case types.
func TestCourtChecksNumber(t *testing.T) {
	ct := court.Builtin().Default()
	if ct.Name != "cand" {
		t.Fatalf("the default court is not cand: %v", court.Builtin().Names())
	}
	tests := []struct {
		n    CaseNumber
		want string
	}{
		{CaseNumber{Office: 4, Year: 21, Kind: "cv", Seq: 2632}, ""},
		{CaseNumber{Office: 2, Year: 21, Kind: "cv", Seq: 2632}, `unknown office code 2 in case number "2:21-cv-02632" (N.D. Cal. uses 1 Eureka–McKinleyville, 3 San Francisco, 4 Oakland, 5 San Jose)`},
		{CaseNumber{Office: 4, Year: 21, Kind: "ab", Seq: 2632}, `unknown case type "ab" in case number "4:21-ab-02632" (want cv, cr, mc, mj, md)`},
	}
	for _, tt := range tests {
		if got := ct.CheckFederalNumber(tt.n.String(), tt.n.Office, tt.n.Kind); got != tt.want {
			t.Errorf("checkNumber(%v) = %q, want %q", tt.n, got, tt.want)
		}
	}
	if d, ok := ct.Division(5); !ok || d != "San Jose" {
		t.Errorf("division(5) = %q, %v", d, ok)
	}
}
