package check

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"pleadgen/cases"
	"pleadgen/court"
)

// speaksFor returns the sides a statement speaks for: every side with a
// party for a joint one, the filing side for one a side files alone.
func speaksFor(c *cases.Case) []cases.Side { return c.SigningSides() }

// paperNoun names the filing in findings: "statement", "stipulation".
func paperNoun(c *cases.Case) string {
	ft := c.FilingType()
	if ft == nil || ft.Statement {
		return "statement"
	}
	return strings.ReplaceAll(ft.Name, "-", " ")
}

// sidesOf returns the sides that have parties, in the caption's order.
func sidesOf(c *cases.Case) []cases.Side {
	var out []cases.Side
	for _, s := range cases.Sides() {
		if len(c.PartiesOf(s)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// signers counts those who sign for a side the statement speaks for:
// attorneys, and parties that represent themselves.
func signers(c *cases.Case) int {
	n := 0
	for _, cn := range c.People() {
		if cn.Signing() && hasSide(speaksFor(c), c.CounselSide(cn)) {
			n++
		}
	}
	return n
}

func hasSide(sides []cases.Side, s cases.Side) bool {
	for _, x := range sides {
		if x == s {
			return true
		}
	}
	return false
}

// checkSigners checks that someone signs for each party the statement
// speaks for (an attorney of the party's, or the party itself when it
// represents itself), and that the filer is one of the signers. Parties
// whose attorneys do not sign are reported once per attorney.
func checkSigners(k *checker, r *Rule) {
	c := k.c
	sides := speaksFor(c)
	unsigned := map[int][]*cases.Party{} // by the first attorney of the parties
	var order []int
	for _, p := range c.AllParties() {
		if !hasSide(sides, p.Side) || !p.HasAppeared() || p.ProSe {
			continue
		}
		first, signs := firstCounsel(c, p)
		switch {
		case signs:
		case first >= 0:
			if len(unsigned[first]) == 0 {
				order = append(order, first)
			}
			unsigned[first] = append(unsigned[first], p)
		default:
			k.add(r.Severity, p.Pos, "", r.Rule,
				"no counsel for %s: the %s speaks for them, so one of their attorneys signs it", p.Name, paperNoun(c))
		}
	}
	for _, i := range order {
		k.add(r.Severity, c.Counsel[i].Pos, fmt.Sprintf("counsel[%d].signs", i), r.Rule,
			"no attorney signs for %s, whom the %s speaks for", partyNames(c, unsigned[i]), paperNoun(c))
	}
	for i, cn := range c.Counsel {
		if len(sides) == 0 {
			break // a declarant signs, and the filer attests
		}
		if cn.Files && !(cn.Signing() && hasSide(sides, c.CounselSide(cn))) {
			k.add(r.Severity, cn.Pos, fmt.Sprintf("counsel[%d].files", i), r.Rule,
				"%s files the %s but does not sign it", cn.Name, paperNoun(c))
		}
	}
}

// firstCounsel returns the first attorney who represents p, or −1, and
// whether any of its attorneys signs.
func firstCounsel(c *cases.Case, p *cases.Party) (int, bool) {
	first, signs := -1, false
	for i, cn := range c.Counsel {
		if represents(cn, p) {
			if first < 0 {
				first = i
			}
			signs = signs || cn.Signing()
		}
	}
	return first, signs
}

// partyNames names parties in a finding: their side ("defendants") when
// they are all of it, else their names.
func partyNames(c *cases.Case, ps []*cases.Party) string {
	if len(ps) > 1 && len(ps) == len(c.PartiesOf(ps[0].Side)) {
		return strings.ReplaceAll(string(ps[0].Side), "_", " ")
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// represents reports whether an attorney represents a party.
func represents(cn cases.Counsel, p *cases.Party) bool {
	for _, k := range cn.For.Parties {
		if k == p.Key {
			return true
		}
	}
	return false
}

// counselPos is where the counsel list starts, or the file's start.
func counselPos(c *cases.Case) cases.Pos {
	if len(c.Counsel) > 0 {
		return c.Counsel[0].Pos
	}
	return fileStart()
}

// checkAttestation checks that when attorneys other than the filer sign
// with /s/, the PDF holds the filer's attestation of their concurrence.
func checkAttestation(k *checker, r *Rule) {
	text := k.c.PaperOf().Attestation.Text
	n := signers(k.c)
	if k.facts == nil || n < 2 || text == "" {
		return
	}
	if !k.holds(squash(text)) {
		k.add(r.Severity, k.c.Filing.Pos, "filing", r.Rule,
			"%d attorneys sign with /s/, but the PDF holds no attestation that the filer obtained the others' concurrence", n)
	}
}

// filerSide is the side of the one who files the statement.
func filerSide(c *cases.Case) cases.Side {
	for _, cn := range c.People() {
		if cn.Files {
			return c.CounselSide(cn)
		}
	}
	return ""
}

// firstPageSides are the sides whose counsel page 1 lists.
func firstPageSides(c *cases.Case) []cases.Side {
	if c.Filing.CounselBlock == cases.BothSides {
		return sidesOf(c)
	}
	return []cases.Side{filerSide(c)}
}

// sideWords are the words page 1 names a side's parties with, squashed:
// "Attorneys for Third-Party Defendant …".
var sideWords = map[cases.Side]string{
	cases.Plaintiffs: "plaintiff", cases.Defendants: "defendant",
	cases.ThirdPartyDefendants: "third-partydefendant", cases.Intervenors: "intervenor",
}

// checkCounsel checks that each attorney page 1 lists gives what the rule
// the court file cites asks for — a state bar number (unless admitted pro hac
// vice), an address, a telephone number and an email address — and that
// page 1 names the party each side represents.
func checkCounsel(k *checker, r *Rule) {
	c := k.c
	shown := firstPageSides(c)
	for i, cn := range c.People() {
		if !hasSide(shown, c.CounselSide(cn)) {
			continue
		}
		lacks := func(key, what string) {
			field := fmt.Sprintf("counsel[%d].%s", i, key)
			if cn.ProSe {
				field = ""
			}
			k.add(r.Severity, cn.Pos, field, r.Rule, "page 1 lists %s without %s", cn.Name, what)
		}
		if cn.Bar == "" && !cn.ProHacVice && !cn.ProSe {
			lacks("bar", "a state bar number")
		}
		if len(cn.Address) == 0 {
			lacks("address", "an address")
		}
		if cn.Phone == "" {
			lacks("phone", "a telephone number")
		}
		if cn.Email == "" {
			lacks("email", "an email address")
		}
	}
	if k.facts == nil {
		return
	}
	if n := k.facts.MovedCounsel; n > 0 {
		k.add(Info, counselPos(c), "counsel", r.Rule,
			"page 1 refers to the signature page for %d more group(s) of counsel, as a multiparty action may", n)
	}
	page1 := k.flatText(0)
	moved := strings.Contains(page1, "additionalcounsellistedonsignaturepage")
	for _, side := range shown {
		word := sideWords[side]
		if moved && side != filerSide(c) || strings.Contains(page1, word+",prose") {
			continue
		}
		if !namesRepresented(page1, word, squash(k.courtTitle()[0])) {
			k.add(r.Severity, counselPos(c), "counsel", r.Rule, "page 1 does not say whom the counsel for %s represent (\"Attorneys for …\")", side)
		}
	}
}

// checkCaseNumber checks that page 1 shows the case number followed by the
// judge's initials, and the referral judge's when there is one.
func checkCaseNumber(k *checker, r *Rule) {
	c := k.c
	if k.facts == nil || c.Number.String() == "" {
		return
	}
	num := c.Number.WithInitials(c.Judge.Initials, c.Referral)
	if !containsNumber(normalize(k.pageText(0)), normalize(num)) {
		what := "the case number"
		if c.Number.Federal() && c.Judge.Initials != "" {
			what += " with the judge's initials"
		}
		k.add(r.Severity, fileStart(), "", r.Rule, "page 1 does not show %s, %s", what, num)
	}
}

// containsNumber reports whether text holds the case number num, not as
// the start of a longer one ("4:21-cv-02632-dmr" in "4:21-cv-02632-dmr-jcs").
func containsNumber(text, num string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], num)
		if j < 0 {
			return false
		}
		end := i + j + len(num)
		if end == len(text) || !strings.ContainsRune("-abcdefghijklmnopqrstuvwxyz0123456789", rune(text[end])) {
			return true
		}
		i = end
	}
}

// checkCourtTitle checks that page 1 shows the court's title and the
// division.
func checkCourtTitle(k *checker, r *Rule) {
	if k.facts == nil {
		return
	}
	page1 := k.flatText(0)
	for _, p := range k.courtTitle() {
		if p != "" && !strings.Contains(page1, squash(p)) {
			k.add(r.Severity, fileStart(), "", r.Rule, "page 1 does not show the court's title: %q is missing", strings.ToUpper(p))
			return
		}
	}
	lim := k.rules.court.Limits.CourtTitleLine
	if line := k.courtTitleLine(); lim != nil && line > 0 && (float64(line) < lim.Min || lim.Max > 0 && float64(line) > lim.Max) {
		k.add(r.Severity, fileStart(), "", r.Rule, "page 1 starts the court's title on line %d; %s", line, lineRange(lim))
	}
}

// lineRange says on which lines a limit lets a text start.
func lineRange(l *court.Limit) string {
	switch {
	case l.Max == 0:
		return fmt.Sprintf("the court's rule puts it on or below line %g", l.Min)
	case l.Min == l.Max:
		return fmt.Sprintf("the court's rule puts it on line %g", l.Min)
	}
	return fmt.Sprintf("the court's rule puts it on a line from %g to %g", l.Min, l.Max)
}

// checkDivision checks that the division is the one the case number's
// office code belongs to.
func checkDivision(k *checker, r *Rule) {
	c := k.c
	want, ok := c.CourtDef().Division(c.Number.Office)
	if !ok || c.Number.Kind == "" || strings.EqualFold(want, c.Division) {
		return
	}
	k.add(r.Severity, c.Pos, "division", r.Rule, "the case number %s, office code %d, belongs to the %s Division, not the %s Division",
		c.Number, c.Number.Office, want, c.Division)
}

// squash lowercases s, removes its spaces and line breaks and straightens
// its quotation marks, so that a phrase is found however a page breaks or
// spaces it.
func squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, most of a page, byte by byte
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			case 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			default:
				b.WriteByte(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\u2018', '\u2019':
			b.WriteByte('\'')
		case '\u201C', '\u201D':
			b.WriteByte('"')
		case '\u00A0':
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// namesRepresented reports whether squashed page-1 text says, in its
// counsel block (above the court's title), that counsel represent a party
// of the side word names: "Attorneys for Defendants …", or the side named
// later in the phrase ("Attorney for Plaintiff P and Third-Party
// Defendant T").
func namesRepresented(page, word, court string) bool {
	if k := strings.Index(page, court); court != "" && k >= 0 {
		page = page[:k]
	}
	for _, phrase := range strings.Split(page, "attorney")[1:] {
		phrase = strings.TrimPrefix(phrase, "s")
		if strings.HasPrefix(phrase, "for") && strings.Contains(phrase, word) {
			return true
		}
	}
	return false
}

// courtTitle are the lines of the court's title the first page must show.
func (k *checker) courtTitle() []string {
	return k.rules.court.TitleLines(k.c.Division, k.c.County)
}
