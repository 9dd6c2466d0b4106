package templates

import (
	"fmt"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"

	"pleadgen/cases"
)

func TestRoman(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "I"},
		{2, "II"},
		{3, "III"},
		{4, "IV"},
		{5, "V"},
		{9, "IX"},
		{14, "XIV"},
		{19, "XIX"},
		{21, "XXI"},
		{40, "XL"},
		{44, "XLIV"},
		{90, "XC"},
		{99, "XCIX"},
		{400, "CD"},
		{900, "CM"},
		{1994, "MCMXCIV"},
		{2021, "MMXXI"},
		{3999, "MMMCMXCIX"},
		{0, "0"},
		{-3, "-3"},
		{4000, "4000"},
	}
	for _, tt := range tests {
		if got := roman(tt.n); got != tt.want {
			t.Errorf("roman(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestAlpha(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "A"},
		{2, "B"},
		{26, "Z"},
		{27, "AA"},
		{28, "AB"},
		{52, "AZ"},
		{53, "BA"},
		{702, "ZZ"},
		{703, "AAA"},
		{0, "0"},
		{-1, "-1"},
	}
	for _, tt := range tests {
		if got := alpha(tt.n); got != tt.want {
			t.Errorf("alpha(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestPossessive(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"ICE", "ICE's"},
		{"Plaintiffs", "Plaintiffs'"},
		{"DEFENDANTS", "DEFENDANTS'"},
		{"Acme, Inc.", "Acme, Inc.'s"},
		{"Jones", "Jones'"},
		{"X", "X's"},
	}
	for _, tt := range tests {
		if got := possessive(tt.in); got != tt.want {
			t.Errorf("possessive(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestJoinList(t *testing.T) {
	tests := []struct {
		items []string
		want  string
	}{
		{nil, ""},
		{[]string{}, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A and B"},
		{[]string{"A", "B", "C"}, "A; B; and C"},
		{[]string{"A", "B", "C", "D"}, "A; B; C; and D"},
		{[]string{"Acme, Inc.", "Beta, LLC"}, "Acme, Inc. and Beta, LLC"},
	}
	for _, tt := range tests {
		if got := joinList(tt.items); got != tt.want {
			t.Errorf("joinList(%q) = %q, want %q", tt.items, got, tt.want)
		}
	}
}

func TestParties(t *testing.T) {
	ps := []cases.Party{{Name: "A"}, {Name: "B", Short: "b"}, {Name: "C"}}
	tests := []struct {
		n    int
		want string
	}{
		{0, ""},
		{1, "A"},
		{2, "A and B"},
		{3, "A; B; and C"},
	}
	for _, tt := range tests {
		if got := parties(ps[:tt.n]); got != tt.want {
			t.Errorf("parties(%d parties) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestMdEscape(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Plain text, no markup.", "Plain text, no markup."},
		{"Smith & *Co* [LLC]", `Smith & \*Co\* \[LLC\]`},
		{`C:\path`, `C:\\path`},
		{"a_b_c", `a\_b\_c`},
		{"`code`", "\\`code\\`"},
		{"<b>bold</b>", `\<b\>bold\</b\>`},
		{"# Heading", `\# Heading`},
		{"> quote", `\> quote`},
		{"Room #4", `Room \#4`},
		{"AT&T", `AT\&T`},
		{"&#47;s&#47; X", `&\#47;s&\#47; X`},
		{"&sol;s&sol; X", `\&sol;s\&sol; X`},
		{": signature filer", `\: signature filer`},
		{". item", `\. item`},
		{"1. First", `1\. First`},
		{"12) Twelfth", `12\) Twelfth`},
		{"  3. Indented", `3\. Indented`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"---", `\---`},
		{"|||", `\|||`},
		{"  ||| ", `\|||`},
		{"a ||| b", "a ||| b"},
		{"Filed in 2021. Then", "Filed in 2021. Then"},
		{"1.", `1\.`},
		{"123", "123"},
		{"well-known", "well-known"},
		{"line one\n2. two\n- three", "line one 2. two - three"},
		{"X\n:::\n::: signature filer", "X ::: ::: signature filer"},
		{":::", `\:::`},
		{"  ::: signature", `\::: signature`},
		{"a\u2028b\rc\u0085d", "a b c d"},
	}
	for _, tt := range tests {
		if got, err := mdEscape(tt.in); err != nil || string(got) != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIndentLines(t *testing.T) {
	tests := []struct {
		prefix, in, want string
	}{
		{"| ", "", ""},
		{"| ", "one", "| one"},
		{"| ", "one\ntwo", "| one\n| two"},
		{"| ", "one\n\nthree", "| one\n| \n| three"},
		{"> ", "one\ntwo\n", "> one\n> two\n"},
		{"", "one\ntwo", "one\ntwo"},
	}
	for _, tt := range tests {
		if got := indentLines(tt.prefix, tt.in); got != tt.want {
			t.Errorf("indentLines(%q, %q) = %q, want %q", tt.prefix, tt.in, got, tt.want)
		}
	}
}

func TestSideName(t *testing.T) {
	tests := []struct {
		side cases.Side
		want string
	}{
		{cases.Plaintiffs, "Plaintiffs"},
		{cases.Defendants, "Defendants"},
		{cases.Joint, "Joint"},
		{"intervenors", "intervenors"},
	}
	for _, tt := range tests {
		if got := sideName(tt.side); got != tt.want {
			t.Errorf("sideName(%q) = %q, want %q", tt.side, got, tt.want)
		}
	}
}

func TestJudgeTitle(t *testing.T) {
	tests := []struct {
		judge cases.Judge
		want  string
	}{
		{cases.Judge{}, "United States District Judge"},
		{cases.Judge{Magistrate: true}, "United States Magistrate Judge"},
		{cases.Judge{Magistrate: true, Title: "Chief Magistrate Judge"}, "Chief Magistrate Judge"},
		{cases.Judge{Title: "Senior District Judge"}, "Senior District Judge"},
	}
	for _, tt := range tests {
		if got := judgeTitle(tt.judge); got != tt.want {
			t.Errorf("judgeTitle(%+v) = %q, want %q", tt.judge, got, tt.want)
		}
	}
}

func TestDateStyles(t *testing.T) {
	date := func(y int, m time.Month, d int) cases.Date { return cases.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		date                 cases.Date
		long, short, numeric string
	}{
		{date(2006, time.August, 17), "August 17, 2006", "Aug. 17, 2006", "08/17/2006"},
		{date(2024, time.January, 2), "January 2, 2024", "Jan. 2, 2024", "01/02/2024"},
		{date(2024, time.February, 29), "February 29, 2024", "Feb. 29, 2024", "02/29/2024"},
		{date(2025, time.March, 6), "March 6, 2025", "Mar. 6, 2025", "03/06/2025"},
		{date(2025, time.April, 30), "April 30, 2025", "Apr. 30, 2025", "04/30/2025"},
		{date(2025, time.May, 1), "May 1, 2025", "May 1, 2025", "05/01/2025"},
		{date(2025, time.June, 9), "June 9, 2025", "June 9, 2025", "06/09/2025"},
		{date(2021, time.July, 4), "July 4, 2021", "July 4, 2021", "07/04/2021"},
		{date(2025, time.September, 3), "September 3, 2025", "Sept. 3, 2025", "09/03/2025"},
		{date(2025, time.September, 30), "September 30, 2025", "Sept. 30, 2025", "09/30/2025"},
		{date(2025, time.October, 10), "October 10, 2025", "Oct. 10, 2025", "10/10/2025"},
		{date(2025, time.November, 7), "November 7, 2025", "Nov. 7, 2025", "11/07/2025"},
		{date(1999, time.December, 31), "December 31, 1999", "Dec. 31, 1999", "12/31/1999"},
		{cases.Date{}, dateBlank, dateBlank, dateBlank},
	}
	for _, tt := range tests {
		for _, f := range []struct {
			name  string
			style cases.DateStyle
			fn    func(cases.Date) string
			want  string
		}{
			{"longDate", cases.LongDate, longDate, tt.long},
			{"shortDate", cases.ShortDate, shortDate, tt.short},
			{"numericDate", cases.NumericDate, numericDate, tt.numeric},
		} {
			if got := f.fn(tt.date); got != f.want {
				t.Errorf("%s(%v) = %q, want %q", f.name, tt.date, got, f.want)
			}
			c := &cases.Case{Filing: cases.Filing{DateStyle: f.style}}
			if got := styledDate(c, tt.date); got != f.want {
				t.Errorf("styledDate(%s, %v) = %q, want %q", f.style, tt.date, got, f.want)
			}
		}
		// Left out, the style is long; so it is with no case at all.
		if got := styledDate(&cases.Case{}, tt.date); got != tt.long {
			t.Errorf("styledDate(no style, %v) = %q, want %q", tt.date, got, tt.long)
		}
		if got := styledDate(nil, tt.date); got != tt.long {
			t.Errorf("styledDate(nil, %v) = %q, want %q", tt.date, got, tt.long)
		}
	}
}

// TestStyledDateInTemplates calls the date helpers from a template, as a
// template author would, over every style the case file may name.
func TestStyledDateInTemplates(t *testing.T) {
	want := map[cases.DateStyle]string{
		cases.LongDate:    "September 5, 2025 | September 5, 2025",
		cases.ShortDate:   "Sept. 5, 2025 | Sept. 5, 2025",
		cases.NumericDate: "09/05/2025 | 09/05/2025",
	}
	if len(want) != len(cases.DateStyles()) {
		t.Fatalf("the test knows %d date styles, the case file %d", len(want), len(cases.DateStyles()))
	}
	tm := template.Must(template.New("t").Funcs(FuncMap()).Parse(
		`{{ styledDate . .Filing.Date }} | {{ .Filing.Date | styledDate . }}`))
	for _, style := range cases.DateStyles() {
		c := &cases.Case{Filing: cases.Filing{DateStyle: style, Date: cases.Date{Year: 2025, Month: time.September, Day: 5}}}
		var b strings.Builder
		if err := tm.Execute(&b, c); err != nil {
			t.Fatal(err)
		}
		if b.String() != want[style] {
			t.Errorf("%s: %q, want %q", style, b.String(), want[style])
		}
	}
}

func TestEmptyValues(t *testing.T) {
	if got := longDate(cases.Date{}); got != dateBlank {
		t.Errorf("longDate(zero) = %q, want a blank to write the date in", got)
	}
	if got := caseNo(nil); got != "" {
		t.Errorf("caseNo(nil) = %q, want empty", got)
	}
	if got := hon(cases.Judge{}); got != "" {
		t.Errorf("hon(no name) = %q, want empty", got)
	}
}

// TestRemovedFuncsAbsent checks that nothing that varies between runs is
// left in the map.
func TestRemovedFuncsAbsent(t *testing.T) {
	m := FuncMap()
	for _, name := range removedFuncs {
		if _, ok := m[name]; ok {
			t.Errorf("FuncMap has %q, which is on the removed list", name)
		}
	}
	for _, name := range []string{"env", "expandenv", "now", "date", "randAlpha", "uuidv4", "toDate"} {
		if _, ok := m[name]; ok {
			t.Errorf("FuncMap has %q", name)
		}
	}
}

// TestRemovedFuncsExistInSprig guards the removed list against misspellings:
// a misspelled name would delete nothing and leave the real function in.
func TestRemovedFuncsExistInSprig(t *testing.T) {
	all := sprig.TxtFuncMap()
	for _, name := range removedFuncs {
		if _, ok := all[name]; !ok {
			t.Errorf("removed function %q is not a sprig function", name)
		}
	}
}

// TestLegalFuncsShadowNothing checks that no helper hides a sprig function
// of the same name.
func TestLegalFuncsShadowNothing(t *testing.T) {
	all := sprig.TxtFuncMap()
	for name := range legalFuncs() {
		if _, ok := all[name]; ok {
			t.Errorf("helper %q shadows the sprig function of that name", name)
		}
	}
}

func TestKeptSprigFuncs(t *testing.T) {
	m := FuncMap()
	for _, name := range []string{"upper", "trim", "default", "join", "sortAlpha", "indent", "add"} {
		if _, ok := m[name]; !ok {
			t.Errorf("FuncMap lacks sprig's %q", name)
		}
	}
}

func TestEnvDoesNotParse(t *testing.T) {
	_, err := template.New("t").Funcs(FuncMap()).Parse(`{{ env "HOME" }}`)
	if err == nil {
		t.Fatal(`parsing {{ env "HOME" }} succeeded; want an error`)
	}
	if !strings.Contains(err.Error(), "env") {
		t.Errorf("error %q does not mention env", err)
	}
}

// TestFuncMapIsFresh checks that each call returns a map of its own, so that
// one caller's changes cannot reach another's templates.
func TestFuncMapIsFresh(t *testing.T) {
	a := FuncMap()
	delete(a, "parties")
	if _, ok := FuncMap()["parties"]; !ok {
		t.Error("deleting from one FuncMap result changed another")
	}
}

func TestRangeOf(t *testing.T) {
	tests := []struct {
		start, stop, step int
		want              string
		err               bool
	}{
		{0, 3, 1, "[0 1 2]", false},
		{0, 0, 1, "[]", false},
		{5, 0, -2, "[5 3 1]", false},
		{0, 5, -1, "[]", false},
		{0, 5, 0, "[]", false},
		{0, maxItems + 1, 1, "", true},
	}
	for _, tt := range tests {
		got, err := rangeOf(tt.start, tt.stop, tt.step)
		if (err != nil) != tt.err || (!tt.err && fmt.Sprint(got) != tt.want) {
			t.Errorf("rangeOf(%d, %d, %d) = %v, %v", tt.start, tt.stop, tt.step, got, err)
		}
	}
}
