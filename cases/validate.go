package cases

import (
	"fmt"
	"strings"

	"pleadgen/court"
)

// finish fills in the defaults and checks what decoding alone cannot.
func (d *decoder) finish(c *Case) {
	d.defaults(c)
	d.resolveParties(c)
	d.checkCounsel(c)
	d.checkInitials("judge.initials", c.Judge.Initials)
	d.checkInitials("referral", c.Referral)
	d.checkTopics(c)
	d.checkFiling(c)
}

// at returns where field's value is in the file.
func (d *decoder) at(field string) Pos {
	if p, ok := d.pos[field]; ok {
		return p
	}
	return Pos{Line: 1, Col: 1}
}

// defaults sets the court and the division when the file leaves them out,
// and checks them, the case numbers, the judge, the paper and the filing
// type.
func (d *decoder) defaults(c *Case) {
	if t := c.Filing.Type; t != "" && d.types.get(t) == nil {
		d.add(d.at("filing.type"), "filing.type", fmt.Sprintf("unknown filing type %q%s", clip(t), suggest(t, "filing type", d.types.names())))
	}
	set := d.courtSet()
	if c.Court == "" {
		c.Court = set.Default().Name
	}
	ct, ok := set.Lookup(c.Court)
	if !ok {
		d.add(d.at("court"), "court", fmt.Sprintf("unknown court %q (known courts: %s)", clip(c.Court), strings.Join(set.Names(), ", ")))
		return
	}
	c.court, d.court, c.Judge.court = ct, ct, ct
	if ct.Numbers.Federal() {
		d.checkDivision(ct, c)
	} else {
		d.checkCounty(ct, c)
	}
	d.checkJudge(ct, c)
	d.checkPaper(c, ct)
}

// courtSet is the courts the decoder knows.
func (d *decoder) courtSet() *court.Set {
	if d.courts != nil {
		return d.courts
	}
	return court.Builtin()
}

// checkJudge checks that the case tells of its judge what its court needs.
func (d *decoder) checkJudge(ct *court.Court, c *Case) {
	switch {
	case ct.Judge.Initials && c.Judge.Initials == "" && !d.failed["judge.initials"] && !d.failed["judge"]:
		d.add(d.at("judge"), "judge.initials", fmt.Sprintf("missing required field (in %s the judge's initials follow the case number: e.g. DMR)", ct.Short))
	case !ct.Judge.Initials && c.Referral != "":
		d.add(d.at("referral"), "referral", fmt.Sprintf("%s numbers its cases without judges' initials: leave referral out", ct.Short))
	case !ct.Judge.Initials && c.Judge.Initials != "":
		d.add(d.at("judge.initials"), "judge.initials", fmt.Sprintf("%s numbers its cases without judges' initials, which would be printed nowhere: leave initials out", ct.Short))
	case c.Judge.Magistrate && ct.Judge.MagistrateTitle == "" && c.Judge.Title == "":
		d.add(d.at("judge.magistrate"), "judge.magistrate", fmt.Sprintf("%s has no magistrate judges' title: leave magistrate out, or give the judge's title", ct.Short))
	case ct.Judge.Department && c.Judge.Department == "" && !d.failed["judge"]:
		d.add(d.at("judge"), "judge.department", fmt.Sprintf("missing required field (%s papers name the judge's department on page 1: e.g. \"14\")", ct.Short))
	}
}

// checkDivision checks the case numbers against the court's offices and
// case types, and sets or checks the division.
func (d *decoder) checkDivision(ct *court.Court, c *Case) {
	if c.County != "" {
		d.add(d.at("county"), "county", fmt.Sprintf("%s has divisions, not counties: give division, or leave it to the case number", ct.Short))
	}
	d.checkNumber(ct, "number", c.Number)
	for i, r := range c.Filing.Caption.Related {
		d.checkNumber(ct, fmt.Sprintf("filing.caption.related[%d].number", i), r.Number)
	}
	if c.Division == "" {
		c.Division, _ = ct.Division(c.Number.Office)
	} else if name, ok := canonical(ct.Divisions(), c.Division); ok {
		c.Division = name
	} else {
		d.add(d.at("division"), "division", fmt.Sprintf("unknown division %q (known divisions: %s)", clip(c.Division), strings.Join(ct.Divisions(), ", ")))
	}
}

// checkNumber reports a case number that is not a federal one, or whose
// office code or case type the court does not have.
func (d *decoder) checkNumber(ct *court.Court, field string, n CaseNumber) {
	switch {
	case n.bad != "":
		d.add(d.at(field), field, strings.Replace(n.bad, "4:21-cv-02632", ct.Numbers.Example, 1))
	case n.Kind == "":
		// missing: said already
	default:
		if msg := ct.CheckFederalNumber(n.String(), n.Office, n.Kind); msg != "" {
			d.add(d.at(field), field, msg)
		}
	}
}

// checkCounty checks a state court's county and the form of its case
// number.
func (d *decoder) checkCounty(ct *court.Court, c *Case) {
	if c.Division != "" {
		d.add(d.at("division"), "division", fmt.Sprintf("%s has counties, not divisions: give county", ct.Short))
	}
	if c.County == "" {
		if !d.failed["county"] {
			d.add(d.at("court"), "county", fmt.Sprintf("give the county of the case (county: Los Angeles): %s's title names it", ct.Short))
		}
		return
	}
	k, ok := ct.County(strings.TrimSpace(c.County))
	if !ok {
		d.add(d.at("county"), "county", fmt.Sprintf("unknown county %q%s", clip(c.County), suggest(c.County, "county", ct.CountyNames())))
		return
	}
	c.County = k.Name
	numbers := []struct {
		field string
		n     CaseNumber
	}{{"number", c.Number}}
	for i, r := range c.Filing.Caption.Related {
		numbers = append(numbers, struct {
			field string
			n     CaseNumber
		}{fmt.Sprintf("filing.caption.related[%d].number", i), r.Number})
	}
	for _, x := range numbers {
		if msg := ct.CheckCountyNumber(k.Name, x.n.String()); msg != "" && x.n.String() != "" {
			d.add(d.at(x.field), x.field, msg)
		}
	}
}

// canonical returns the name in names that equals s ignoring case.
func canonical(names []string, s string) (string, bool) {
	for _, name := range names {
		if strings.EqualFold(name, s) {
			return name, true
		}
	}
	return "", false
}

// checkCounsel checks each attorney, that exactly one attorney (or pro se
// party) files the document and signs it, and that pro hac vice counsel
// have co-counsel.
func (d *decoder) checkCounsel(c *Case) {
	filer, unsure := -1, false
	filers := d.proSeFilers(c)
	for i, cn := range c.Counsel {
		field := fmt.Sprintf("counsel[%d]", i)
		unsure = unsure || d.failed[field] || d.failed[field+".files"]
		d.checkAttorney(field, cn)
		switch {
		case !cn.Files:
		case len(filers) > 0:
			d.add(d.at(field+".files"), field+".files", fmt.Sprintf("only one files the document, and %s already does", filers[0]))
		case filer >= 0:
			d.add(d.at(field+".files"), field+".files", fmt.Sprintf("only one attorney files the document, and counsel[%d] already does", filer))
		default:
			filer = i
			if !cn.Signing() {
				d.add(d.at(field+".signs"), field+".signs", "the attorney who files the document must sign it")
			}
		}
	}
	// When a files key could not be read, its attorney may be the filer.
	switch {
	case filer >= 0 || len(filers) > 0 || unsure:
	case len(c.Counsel) > 0:
		d.add(d.at("counsel"), "counsel", "no attorney files the document (set files: true on one)")
	case d.anyProSe(c):
		d.add(c.Pos, "", "no one files the document (set files: true on the party that does)")
	}
	d.checkCoCounsel(c)
}

// checkAttorney checks one attorney's bar number, email and marks.
func (d *decoder) checkAttorney(field string, cn Counsel) {
	if rule := d.counselRules().BarNumber; cn.Bar == "" && !cn.ProHacVice && rule != "" {
		d.warn(cn.Pos, field+".bar", "no state bar number: "+rule+" asks for it")
	}
	if cn.Email != "" && !looksLikeEmail(cn.Email) {
		d.add(d.at(field+".email"), field+".email", fmt.Sprintf("%q does not look like an email address", clip(cn.Email)))
	}
	if cn.ProHacVice && cn.LocalCounsel {
		d.add(d.at(field+".local_counsel"), field+".local_counsel", "local counsel is a member of this Court's bar, not admitted pro hac vice")
	}
}

// counselRules are the court's rules about counsel, once the court is
// known.
func (d *decoder) counselRules() court.CounselRules {
	if d.court == nil {
		return court.CounselRules{}
	}
	return d.court.Counsel
}

// checkCoCounsel warns about a side whose counsel are all admitted pro hac
// vice, when the court's rules ask for co-counsel of its bar.
func (d *decoder) checkCoCounsel(c *Case) {
	rule := d.counselRules().LocalCounsel
	if rule == "" {
		return
	}
	for _, side := range Sides() {
		first, member := -1, false
		for i, cn := range c.Counsel {
			switch {
			case c.CounselSide(cn) != side:
			case !cn.ProHacVice:
				member = true
			case first < 0:
				first = i
			}
		}
		if first >= 0 && !member {
			field := fmt.Sprintf("counsel[%d].pro_hac_vice", first)
			d.warn(d.at(field), field, fmt.Sprintf("%s have only pro hac vice counsel: %s asks for co-counsel who is a member of this Court's bar", side, rule))
		}
	}
}

// looksLikeEmail reports whether s has the shape of an email address: one
// "@", something before it, and a dotted domain after it.
func looksLikeEmail(s string) bool {
	local, domain, ok := strings.Cut(s, "@")
	if !ok || local == "" || strings.Contains(domain, "@") || strings.ContainsAny(s, " \t\r\n") {
		return false
	}
	dot := strings.Index(domain, ".")
	return dot > 0 && !strings.HasSuffix(domain, ".") && !strings.Contains(domain, "..")
}

// checkInitials checks that a judge's initials are 2 to 4 capital letters.
func (d *decoder) checkInitials(field, s string) {
	if s == "" {
		return
	}
	ok := len(s) >= 2 && len(s) <= 4
	for _, r := range s {
		ok = ok && r >= 'A' && r <= 'Z'
	}
	if !ok {
		d.add(d.at(field), field, fmt.Sprintf("initials must be 2 to 4 capital letters, got %q", clip(s)))
	}
}

// anyProSe reports whether some party represents itself.
func (d *decoder) anyProSe(c *Case) bool {
	for _, p := range c.AllParties() {
		if p.ProSe {
			return true
		}
	}
	return false
}
