package templates

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
	"text/template"

	"pleadgen/cases"
)

// removedFuncs are the functions of sprig's hermetic text function map
// that pleadgen leaves out. Sprig's hermetic map already leaves out the
// date formatters that use the local time zone, the clock, the
// environment, DNS and most random generators; the functions below are
// still in it but would make the same case file render differently from
// one run or machine to the next, or would carry secrets into a filing.
var removedFuncs = []string{
	// Randomness.
	"randInt",  // math/rand
	"shuffle",  // shuffles the characters of a string at random
	"bcrypt",   // random salt
	"htpasswd", // bcrypt with a random salt

	// Keys, certificates and encryption: random keys, serial numbers and IVs,
	// and certificates dated from the clock.
	"genPrivateKey",
	"genCA",
	"genCAWithKey",
	"genSelfSignedCert",
	"genSelfSignedCertWithKey",
	"genSignedCert",
	"genSignedCertWithKey",
	"encryptAES", // random IV
	"decryptAES", // pairs with encryptAES; secrets have no place in a filing
	"derivePassword",
	"buildCustomCert", // a private key has no place in a filing, and the functions it feeds are gone

	// The clock and the local time zone.
	"ago",           // time since a date, from the clock
	"durationRound", // given a time, measures it against the clock
	"toDate",        // parses in the local time zone
	"mustToDate",    // parses in the local time zone

	// Map iteration order, which Go randomizes on every run.
	"keys",
	"values",
}

// FuncMap returns the functions every template may call: sprig's hermetic
// text functions, written here on the standard library (funcs_*.go), minus
// those that still vary between runs, plus the legal helpers, with the
// functions that make or print values bounded (see bounded.go and
// limits.go). Execute wraps each so that it spends the run's budget.
func FuncMap() template.FuncMap {
	m := make(template.FuncMap, 256) // room for them all
	for _, group := range []template.FuncMap{
		stringFuncs(), caseFuncs(), listFuncs(), dictFuncs(), mathFuncs(),
		encodingFuncs(), semverFuncs(), matchFuncs(), defaultFuncs(), pathFuncs(),
	} {
		maps.Copy(m, group)
	}
	for _, name := range removedFuncs {
		delete(m, name)
	}
	maps.Copy(m, legalFuncs())
	maps.Copy(m, boundedFuncs())
	return m
}

// legalFuncs returns the helpers written for court filings.
func legalFuncs() template.FuncMap {
	return template.FuncMap{
		"parties":     parties,
		"partyNames":  partyNames,
		"joinList":    joinList,
		"longDate":    longDate,
		"shortDate":   shortDate,
		"numericDate": numericDate,
		"styledDate":  styledDate,
		"caseNo":      caseNo,
		"possessive":  possessive,
		"judgeTitle":  judgeTitle,
		"hon":         hon,
		"roman":       roman,
		"alpha":       alpha,
		"mdEscape":    mdEscape,
		"cell":        cell,
		"sideName":    sideName,
		"indentLines": indentLines,
	}
}

// parties joins the parties' names the way a caption or a sentence lists
// them: "A", "A and B", "A; B; and C".
func parties(ps []cases.Party) string {
	return joinList(partyNames(ps))
}

// partyNames returns the parties' names in order.
func partyNames(ps []cases.Party) []string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return names
}

// joinList joins items as a court lists them: "A", "A and B", and for three
// or more "A; B; and C". Semicolons keep names that contain commas, such as
// "Acme, Inc.", readable.
func joinList(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " and " + items[1]
	}
	last := len(items) - 1
	return strings.Join(items[:last], "; ") + "; and " + items[last]
}

// longDate writes a date as a court does: "July 14, 2021". A date that was
// not given comes out empty.
func longDate(d cases.Date) string {
	if d.IsZero() {
		return dateBlank
	}
	return d.Long()
}

// shortDate writes a date with its month abbreviated as legal citations
// abbreviate it: "Aug. 17, 2006", "May 2, 2024", "Sept. 3, 2024". A date
// that was not given comes out as a blank.
func shortDate(d cases.Date) string {
	if d.IsZero() {
		return dateBlank
	}
	month := d.Month.String()
	if int(d.Month) >= 1 && int(d.Month) <= 12 {
		month = shortMonths[d.Month-1]
	}
	return month + " " + strconv.Itoa(d.Day) + ", " + strconv.Itoa(d.Year)
}

// shortMonths are the months as legal citations abbreviate them (The
// Bluebook, table T12): May, June and July are written out, September is
// "Sept.".
var shortMonths = [12]string{"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

// numericDate writes a date in figures, month first: "08/17/2006". A date
// that was not given comes out as a blank.
func numericDate(d cases.Date) string {
	if d.IsZero() {
		return dateBlank
	}
	return fmt.Sprintf("%02d/%02d/%04d", int(d.Month), d.Day, d.Year)
}

// styledDate writes a date in the style the case's filing asks for
// (filing.date_style: long, short or numeric), as every date a filing
// prints should be: "{{ styledDate .Case .Service.Date }}", or "{{
// .Service.Date | styledDate .Case }}". A date that was not given comes
// out as a blank. (It is not named "date", which is sprig's function of a
// layout and a time, removed for reading the machine's time zone.)
func styledDate(c *cases.Case, d cases.Date) string {
	if c == nil {
		return longDate(d)
	}
	return formatDate(c.Filing.DateStyle, d)
}

// formatDate writes a date in a style: long (and any style it does not
// know), short or numeric.
func formatDate(style cases.DateStyle, d cases.Date) string {
	switch style {
	case cases.ShortDate:
		return shortDate(d)
	case cases.NumericDate:
		return numericDate(d)
	}
	return longDate(d)
}

// dateBlank stands for a date a draft leaves out, to be written in.
const dateBlank = "____________________"

// caseNo returns the case number followed by the assigned judge's initials
// and, if the case is referred to a magistrate judge, that judge's initials:
// "4:21-cv-02632-DMR".
func caseNo(c *cases.Case) string {
	if c == nil {
		return ""
	}
	return c.Number.WithInitials(c.Judge.Initials, c.Referral)
}

// possessive returns the possessive form of a name: "ICE's", and for a name
// ending in s, "Plaintiffs'".
func possessive(s string) string {
	switch {
	case s == "":
		return ""
	case strings.HasSuffix(s, "s"), strings.HasSuffix(s, "S"):
		return s + "'"
	}
	return s + "'s"
}

// judgeTitle returns the judge's title: the one the case file gives, or else
// the title that goes with a magistrate or a district judge.
func judgeTitle(j cases.Judge) string {
	if j.Title != "" {
		return j.Title
	}
	return j.CourtTitle()
}

// hon returns the judge's name as a caption or a signature line addresses
// it: "Hon. Donna M. Ryu".
func hon(j cases.Judge) string {
	if j.Name == "" {
		return ""
	}
	return "Hon. " + j.Name
}

// romanNumerals pairs each Roman numeral, subtractive forms included, with
// its value, largest first.
var romanNumerals = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

// roman writes n in Roman numerals: 1 is "I", 4 is "IV", 21 is "XXI".
// Numbers outside 1 to 3999 have no standard form and are written in digits.
func roman(n int) string {
	if n < 1 || n > 3999 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, r := range romanNumerals {
		for n >= r.value {
			b.WriteString(r.symbol)
			n -= r.value
		}
	}
	return b.String()
}

// alpha writes n as an outline letter: 1 is "A", 26 is "Z", 27 is "AA",
// 28 is "AB". Numbers below 1 are written in digits.
func alpha(n int) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	var letters []byte
	for n > 0 {
		n-- // letters count from A = 0 within each place
		letters = append(letters, byte('A'+n%26))
		n /= 26
	}
	for i, j := 0, len(letters)-1; i < j; i, j = i+1, j-1 {
		letters[i], letters[j] = letters[j], letters[i]
	}
	return string(letters)
}

// markdownEscaper puts a backslash before each character that Markdown
// could read as markup anywhere in a line.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`,
	"`", "\\`",
	`*`, `\*`,
	`_`, `\_`,
	`[`, `\[`,
	`]`, `\]`,
	`<`, `\<`,
	`>`, `\>`,
	`#`, `\#`,
)

// cell escapes s as mdEscape does, and its "|" too, for a cell of a pipe
// table, which a "|" would end.
func cell(s string) (Markup, error) {
	m, err := mdEscape(s)
	return Markup(strings.ReplaceAll(string(m), "|", `\|`)), err
}

// mdEscape escapes s so that Markdown shows it as written, on one line:
// "Smith & *Co*" becomes "Smith & \*Co\*"; a value that would start a
// list, such as "1. First" or "- item", keeps its number or dash as text;
// one that would open or close a block (":::") or part columns ("|||")
// stays text; line breaks become spaces; an "&" that would start a
// character reference prints as written (see escapeLine).
//
// A value that reads as a conformed signature ("/s/") is refused: only a
// template signs.
func mdEscape(s string) (Markup, error) {
	if signs(s) {
		return "", fmt.Errorf("%q holds what reads as a conformed signature (\"/s/\"), which only a template prints", oneLine(s))
	}
	return Markup(escapeLine(s)), nil
}

// escapeLine is mdEscape's escaping. Besides the characters Markdown reads
// anywhere, a value's first character is escaped when it is punctuation,
// so that no two values side by side ("::" then ": signature", "1" then
// ". item") can start a line of markup; and "&" is escaped before what
// would make it a character reference ("&#47;" prints as written).
func escapeLine(s string) string {
	line := escapeEntities(escapeNumberMarker(markdownEscaper.Replace(oneLine(s))))
	if line != "" && strings.ContainsRune("!\"$%'()+,-./:;=?@^{|}~", rune(line[0])) {
		line = `\` + line
	}
	return line
}

// escapeEntities puts a backslash before an "&" that starts a character
// reference: "&" followed by "#" or a letter.
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' && i+1 < len(s) && (s[i+1] == '#' || isLetter(s[i+1])) {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// escapeNumberMarker puts a backslash before the "." or ")" after a
// leading number, which would make a line a numbered list item ("1. …").
// A leading "-", "+" or other punctuation is escaped by escapeLine.
func escapeNumberMarker(line string) string {
	digits := len(line) - len(strings.TrimLeft(line, "0123456789"))
	if digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')') {
		return line[:digits] + `\` + line[digits:]
	}
	return line
}

// sideName returns the name a heading gives a side: "Plaintiffs",
// "Defendants" or "Joint". Any other value is returned as it is.
func sideName(s cases.Side) string {
	switch s {
	case cases.Plaintiffs:
		return "Plaintiffs"
	case cases.Defendants:
		return "Defendants"
	case cases.Joint:
		return "Joint"
	}
	return string(s)
}

// indentLines puts prefix before every line of s, blank lines included, so
// that a block of text can be quoted or set as a line block. A final newline
// stays final; empty text stays empty. The prefix comes first so that a
// template can pipe text into it: {{ .Text | indentLines "> " }}.
func indentLines(prefix, s string) string {
	if s == "" {
		return ""
	}
	body, final := strings.CutSuffix(s, "\n")
	lines := strings.Split(body, "\n")
	for i, line := range lines {
		lines[i] = prefix + line
	}
	out := strings.Join(lines, "\n")
	if final {
		out += "\n"
	}
	return out
}
