package check

import (
	"strings"
	"testing"
)

func TestDueDate(t *testing.T) {
	const (
		due     = "(Civil L.R. 16-9(a))"
		moved   = "(Civil L.R. 16-9(a); Fed. R. Civ. P. 6(a)(5))"
		holiday = "(Civil L.R. 16-9(a); Fed. R. Civ. P. 6(a)(5); 5 U.S.C. § 6103)"
	)
	tests := []struct {
		name, dated, conference string
		want                    string
	}{
		{"on time", "2021-07-14", "2021-07-21",
			"info: due: 2021-07-14 (7 days before the conference on 2021-07-21) " + due},
		{"early", "2021-07-01", "2021-07-21",
			"info: due: 2021-07-14 (7 days before the conference on 2021-07-21) " + due},
		{"late", "2021-07-15", "2021-07-21",
			"info: due: 2021-07-14 (7 days before the conference on 2021-07-21) " + due + "\n" +
				"error: filing.date: the statement is dated 2021-07-15, after it is due on 2021-07-14, 7 days before the conference " + due},
		{"a weekend moves back to Friday", "2021-07-09", "2021-07-17",
			"info: due: 2021-07-09 (7 days before the conference on 2021-07-17 is Saturday 2021-07-10, so the statement is due the court day before) " + moved},
		{"filed on the Saturday is late", "2021-07-10", "2021-07-17",
			"info: due: 2021-07-09 (7 days before the conference on 2021-07-17 is Saturday 2021-07-10, so the statement is due the court day before) " + moved + "\n" +
				"error: filing.date: the statement is dated 2021-07-10, after it is due on 2021-07-09, 7 days before the conference " + due},
		{"a holiday moves back to the court day before", "2020-07-02", "2020-07-10",
			"info: due: 2020-07-02 (7 days before the conference on 2020-07-10 is Friday 2020-07-03, Independence Day (observed), so the statement is due the court day before) " + holiday},
		{"a Monday holiday moves back over the weekend", "2024-05-24", "2024-06-03",
			"info: due: 2024-05-24 (7 days before the conference on 2024-06-03 is Monday 2024-05-27, Memorial Day, so the statement is due the court day before) " + holiday},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := strings.Replace(baseYAML(), "  date: 2021-07-14\n", "  date: "+tt.dated+"\n", 1)
			y = strings.Replace(y, "    date: 2021-07-21\n", "    date: "+tt.conference+"\n", 1)
			var lines []string
			for _, f := range runRule(t, "due-date", parseCase(t, y), nil) {
				lines = append(lines, strings.TrimPrefix(f.String(), "case.yaml:"))
			}
			got := strings.Join(lines, "\n")
			want := tt.want
			if !sameIgnoringPositions(got, want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// sameIgnoringPositions compares finding lines with their "line:col: "
// prefixes cut off.
func sameIgnoringPositions(got, want string) bool {
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		parts := strings.SplitN(g[i], ": ", 2)
		if len(parts) != 2 || parts[1] != w[i] {
			return false
		}
	}
	return true
}

// The due date points at the conference, a late date at the filing.
func TestDueDatePositions(t *testing.T) {
	y := strings.Replace(baseYAML(), "  date: 2021-07-14\n", "  date: 2021-07-20\n", 1)
	c := parseCase(t, y)
	fs := runRule(t, "due-date", c, nil)
	if len(fs) != 2 {
		t.Fatalf("got %v", fs)
	}
	if p := c.Filing.Conference.Pos; fs[0].Line != p.Line || fs[0].Col != p.Col {
		t.Errorf("due date at %d:%d, want the conference at %+v", fs[0].Line, fs[0].Col, p)
	}
	if p := c.Filing.Pos; fs[1].Line != p.Line || fs[1].Col != p.Col {
		t.Errorf("late filing at %d:%d, want the filing at %+v", fs[1].Line, fs[1].Col, p)
	}
}

// A due date the court set by order replaces the rule's, and is cited.
func TestDueDateSetByOrder(t *testing.T) {
	withDue := func(dated, due string) func(string) string {
		return func(s string) string {
			s = strings.Replace(s, "  date: 2021-07-14\n", "  date: "+dated+"\n  due: {date: "+due+", by: \"Order Continuing Conference, Dkt. No. 80\"}\n", 1)
			return s
		}
	}
	runRuleTable(t, "due-date", []ruleCase{
		{"later than the rule allows, as ordered", withDue("2021-07-16", "2021-07-16"),
			"info: due: 2021-07-16, as the court ordered (in place of Civil L.R. 16-9(a))"},
		{"earlier than the rule, and late", withDue("2021-07-12", "2021-07-09"),
			"info: due: 2021-07-09, as the court ordered (in place of Civil L.R. 16-9(a))\n" +
				"error: filing.date: the statement is dated 2021-07-12, after it is due on 2021-07-09, as the court ordered"},
	})
}
