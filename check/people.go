package check

import (
	"fmt"
	"strings"
	"unicode"

	"pleadgen/cases"
)

// speaksFor returns the sides a statement speaks for: both sides for a
// joint one, the filing side for one a side files alone.
func speaksFor(f cases.Filing) []cases.Side {
	if f.Type == cases.CMCStatement && f.FiledBy != "" {
		return []cases.Side{f.FiledBy}
	}
	return []cases.Side{cases.Plaintiffs, cases.Defendants}
}

// signers counts the attorneys who sign for a side the statement speaks
// for.
func signers(c *cases.Case) int {
	n := 0
	for _, cn := range c.Counsel {
		if cn.Signing() && hasSide(speaksFor(c.Filing), cn.For) {
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

// checkSigners checks that each side the statement speaks for has an
// attorney who signs, and that the filer is one of the signers.
func checkSigners(k *checker, r *Rule) {
	c := k.c
	sides := speaksFor(c.Filing)
	for _, side := range sides {
		signs, first := false, -1
		for i, cn := range c.Counsel {
			if cn.For != side {
				continue
			}
			if first < 0 {
				first = i
			}
			signs = signs || cn.Signing()
		}
		switch {
		case signs:
		case first >= 0:
			k.add(r.Severity, c.Counsel[first].Pos, fmt.Sprintf("counsel[%d].signs", first), r.Rule,
				"no attorney signs for %s, whom the statement speaks for", side)
		default:
			k.add(r.Severity, counselPos(c), "counsel", r.Rule,
				"no counsel for %s: the statement speaks for them, so one of their attorneys signs it", side)
		}
	}
	for i, cn := range c.Counsel {
		if cn.Files && !(cn.Signing() && hasSide(sides, cn.For)) {
			k.add(r.Severity, cn.Pos, fmt.Sprintf("counsel[%d].files", i), r.Rule,
				"%s files the statement but does not sign it", cn.Name)
		}
	}
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
	text := k.rules.profile.Attestation.Text
	n := signers(k.c)
	if k.facts == nil || n < 2 || text == "" {
		return
	}
	if !strings.Contains(k.flatDocument(), squash(text)) {
		k.add(r.Severity, k.c.Filing.Pos, "filing", r.Rule,
			"%d attorneys sign with /s/, but the PDF holds no attestation that the filer obtained the others' concurrence", n)
	}
}

// filerSide is the side of the attorney who files the statement.
func filerSide(c *cases.Case) cases.Side {
	for _, cn := range c.Counsel {
		if cn.Files {
			return cn.For
		}
	}
	return ""
}

// firstPageSides are the sides whose counsel page 1 lists.
func firstPageSides(c *cases.Case) []cases.Side {
	if c.Filing.CounselBlock == cases.BothSides {
		return []cases.Side{cases.Plaintiffs, cases.Defendants}
	}
	return []cases.Side{filerSide(c)}
}

// checkCounsel checks that each attorney page 1 lists gives what Civil
// L.R. 3-4(a)(1) asks for — a state bar number (unless admitted pro hac
// vice), an address, a telephone number and an email address — and that
// page 1 names the party each side represents.
func checkCounsel(k *checker, r *Rule) {
	c := k.c
	shown := firstPageSides(c)
	for i, cn := range c.Counsel {
		if !hasSide(shown, cn.For) {
			continue
		}
		lacks := func(key, what string) {
			k.add(r.Severity, cn.Pos, fmt.Sprintf("counsel[%d].%s", i, key), r.Rule, "page 1 lists %s without %s", cn.Name, what)
		}
		if cn.Bar == "" && !cn.ProHacVice {
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
	page1 := k.flatText(0)
	for _, side := range shown {
		word := strings.TrimSuffix(string(side), "s")
		if !strings.Contains(page1, "attorneysfor"+word) && !strings.Contains(page1, "attorneyfor"+word) {
			k.add(r.Severity, counselPos(c), "counsel", r.Rule, "page 1 does not say whom the counsel for %s represent (\"Attorneys for …\")", side)
		}
	}
}

// checkCaseNumber checks that page 1 shows the case number followed by the
// judge's initials, and the referral judge's when there is one.
func checkCaseNumber(k *checker, r *Rule) {
	c := k.c
	if k.facts == nil || c.Number.Kind == "" {
		return
	}
	num := c.Number.WithInitials(c.Judge.Initials, c.Referral)
	if !containsNumber(normalize(k.pageText(0)), normalize(num)) {
		k.add(r.Severity, fileStart(), "", r.Rule, "page 1 does not show the case number with the judge's initials, %s", num)
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
	parts := strings.Split(k.rules.profile.Court, ", ")
	if k.c.Division != "" {
		parts = append(parts, k.c.Division+" Division")
	}
	for _, p := range parts {
		if p != "" && !strings.Contains(page1, squash(p)) {
			k.add(r.Severity, fileStart(), "", r.Rule, "page 1 does not show the court's title: %q is missing", strings.ToUpper(p))
		}
	}
}

// checkDivision checks that the division is the one the case number's
// office code belongs to.
func checkDivision(k *checker, r *Rule) {
	c := k.c
	want, ok := cases.DivisionOf(c.Court, c.Number.Office)
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
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019':
			return '\''
		case '\u201C', '\u201D':
			return '"'
		case ' ', '\t', '\n', '\r', '\u00A0':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}
