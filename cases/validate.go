package cases

import (
	"fmt"
	"strings"
)

// finish fills in the defaults and checks what decoding alone cannot.
func (d *decoder) finish(c *Case) {
	d.defaults(c)
	d.resolveParties(c)
	d.checkCounsel(c)
	d.checkInitials("judge.initials", c.Judge.Initials)
	d.checkInitials("referral", c.Referral)
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
// and checks them, the case numbers and the filing type.
func (d *decoder) defaults(c *Case) {
	if t := c.Filing.Type; t != "" && d.types[t] == nil {
		d.add(d.at("filing.type"), "filing.type", fmt.Sprintf("unknown filing type %q%s", clip(t), suggest(t, "filing type", typeNames(d.types))))
	}
	names := courtNames()
	if c.Court == "" {
		c.Court = names[0]
	}
	ct, ok := courts[c.Court]
	if !ok {
		d.add(d.at("court"), "court", fmt.Sprintf("unknown court %q (known courts: %s)", clip(c.Court), strings.Join(names, ", ")))
		return
	}
	d.checkDivision(ct, c)
}

// checkDivision checks the case numbers against the court's offices and
// case types, and sets or checks the division.
func (d *decoder) checkDivision(ct *court, c *Case) {
	d.checkNumber(ct, "number", c.Number)
	for i, r := range c.Filing.Caption.Related {
		d.checkNumber(ct, fmt.Sprintf("filing.caption.related[%d].number", i), r.Number)
	}
	if c.Division == "" {
		c.Division, _ = ct.division(c.Number.Office)
	} else if name, ok := canonical(ct.divisions(), c.Division); ok {
		c.Division = name
	} else {
		d.add(d.at("division"), "division", fmt.Sprintf("unknown division %q (known divisions: %s)", clip(c.Division), strings.Join(ct.divisions(), ", ")))
	}
}

// checkNumber reports a case number whose office code or case type the
// court does not have.
func (d *decoder) checkNumber(ct *court, field string, n CaseNumber) {
	if n.Kind == "" {
		return // missing or malformed: said already
	}
	if msg := ct.checkNumber(n); msg != "" {
		d.add(d.at(field), field, msg)
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
	if cn.Bar == "" && !cn.ProHacVice {
		d.warn(cn.Pos, field+".bar", "no state bar number: Civil L.R. 3-4(a)(1) asks for it")
	}
	if cn.Email != "" && !looksLikeEmail(cn.Email) {
		d.add(d.at(field+".email"), field+".email", fmt.Sprintf("%q does not look like an email address", clip(cn.Email)))
	}
	if cn.ProHacVice && cn.LocalCounsel {
		d.add(d.at(field+".local_counsel"), field+".local_counsel", "local counsel is a member of this Court's bar, not admitted pro hac vice")
	}
}

// checkCoCounsel warns about a side whose counsel are all admitted pro hac
// vice: Civil L.R. 11-3(a)(3) asks for co-counsel of this Court's bar.
func (d *decoder) checkCoCounsel(c *Case) {
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
			d.warn(d.at(field), field, fmt.Sprintf("%s have only pro hac vice counsel: Civil L.R. 11-3(a)(3) asks for co-counsel who is a member of this Court's bar", side))
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
