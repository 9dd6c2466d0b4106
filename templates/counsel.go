package templates

import (
	"slices"
	"sort"
	"strings"

	"pleadgen/cases"
)

// FirmGroup is one group of the first page's counsel block: the attorneys
// of one firm or office at one address who represent the same parties
// (their names, then the firm and its address once, then whom they
// represent), or a party that represents itself.
type FirmGroup struct {
	Under   *cases.Supervisor // the head of a government office, or nil
	Firm    string
	Address []string
	// Phone and Fax are the numbers the group's attorneys share; when they
	// give different ones they are empty and each attorney shows their own.
	Phone, Fax string
	Counsel    []cases.Counsel
	// Representing closes the group: "Attorneys for Defendants". When it
	// names a whole side, Named lists the side's parties by name, as
	// the court's rules ask of page 1.
	Representing string
	Named        string
	ProSe        bool // Counsel[0] is a party that represents itself
	Filer        bool // the group of the one who files the document
	// Movable marks a group whose attorneys all appear in the signature
	// blocks, so that it may move there when page 1 is full.
	Movable bool
}

// SignatureView is one signature block.
type SignatureView struct {
	Counsel cases.Counsel
	// Under is the head of the signer's office, shown above the first
	// signature of that office only.
	Under *cases.Supervisor
	// CoCounsel are the attorneys of the signer's firm who represent the
	// same parties and do not sign; they are listed in the firm's last
	// block.
	CoCounsel []cases.Counsel
	// Representing closes the last block of the attorneys who represent
	// the same parties: "Attorneys for Defendants"; it is empty in the
	// others.
	Representing string
	// Authorized follows the conformed signature of a signer who is not
	// the filer, in a court whose rules ask the filer to say so: "(as
	// authorized on July 14, 2021)".
	Authorized string
}

// counsel works out who the counsel block lists and who signs.
func (d *Data) counsel() {
	people := d.orderedPeople()
	d.Signers = d.signers(people)
	d.Signatures = d.signatures(people)
	shown := map[string]bool{}
	for _, s := range d.Signatures {
		shown[personKey(s.Counsel)] = true
		for _, cc := range s.CoCounsel {
			shown[personKey(cc)] = true
		}
	}
	filerSide := d.Case.CounselSide(d.Filer)
	for _, cl := range people {
		if d.Case.Filing.CounselBlock == cases.BothSides || d.Case.CounselSide(cl) == filerSide {
			d.FirstPage = append(d.FirstPage, cl)
		}
	}
	d.CounselBlock = d.firmGroups(d.FirstPage)
	for i := range d.CounselBlock {
		g := &d.CounselBlock[i]
		g.Movable = !g.Filer
		for _, cl := range g.Counsel {
			g.Movable = g.Movable && shown[personKey(cl)]
		}
	}
}

// orderedPeople returns the counsel and the pro se parties by side in the
// caption's order and, within a side, local counsel first and otherwise in
// the case file's order.
func (d *Data) orderedPeople() []cases.Counsel {
	people := d.Case.People()
	rank := map[cases.Side]int{}
	for i, s := range cases.Sides() {
		rank[s] = i
	}
	sort.SliceStable(people, func(i, j int) bool {
		ri, rj := rank[d.Case.CounselSide(people[i])], rank[d.Case.CounselSide(people[j])]
		if ri != rj {
			return ri < rj
		}
		return people[i].LocalCounsel && !people[j].LocalCounsel
	})
	return people
}

// signers returns who signs: the counsel who sign of the sides the
// filing's type has sign (see cases.Case.SigningSides).
func (d *Data) signers(people []cases.Counsel) []cases.Counsel {
	sides := d.Case.SigningSides()
	var out []cases.Counsel
	for _, cl := range people {
		if cl.Signing() && slices.Contains(sides, d.Case.CounselSide(cl)) {
			out = append(out, cl)
		}
	}
	return out
}

// personKey identifies an attorney or a pro se party.
func personKey(cl cases.Counsel) string {
	return cl.Name + "\x00" + strings.Join(cl.For.Parties, ",")
}

// firmGroups groups people who share a firm (or an office head), an
// address and the parties they represent, in the order each group first
// appears. An attorney with neither a firm nor an office head, and a pro se
// party, stand alone.
func (d *Data) firmGroups(people []cases.Counsel) []FirmGroup {
	var groups []FirmGroup
	index := map[string]int{}
	for _, cl := range people {
		key := groupKey(cl)
		i, ok := index[key]
		if !ok || key == "" {
			i = len(groups)
			index[key] = i
			groups = append(groups, FirmGroup{Under: cl.Under, Firm: cl.Firm, Address: cl.Address, ProSe: cl.ProSe,
				Representing: d.Representing(cl), Named: d.named(cl)})
		}
		groups[i].Counsel = append(groups[i].Counsel, cl)
		groups[i].Filer = groups[i].Filer || cl.Files
	}
	for i := range groups {
		groups[i].Phone = shared(groups[i].Counsel, func(c cases.Counsel) string { return c.Phone })
		groups[i].Fax = shared(groups[i].Counsel, func(c cases.Counsel) string { return c.Fax })
	}
	return groups
}

// groupKey is what attorneys of one group share; "" for one who stands
// alone.
func groupKey(cl cases.Counsel) string {
	if cl.ProSe || (cl.Firm == "" && cl.Under == nil) {
		return ""
	}
	key := []string{cl.Firm, strings.Join(cl.Address, "\n"), strings.Join(cl.For.Parties, ",")}
	if u := cl.Under; u != nil {
		key = append(key, u.Name, u.Title)
	}
	return strings.Join(key, "\x00")
}

// shared returns the one value the attorneys give for a field, or "" when
// they give different ones.
func shared(counsel []cases.Counsel, field func(cases.Counsel) string) string {
	value := ""
	for _, cl := range counsel {
		switch v := field(cl); {
		case v == "":
		case value == "":
			value = v
		case value != v:
			return ""
		}
	}
	return value
}

// signatures lays out one block per signer: the office head above the
// first signer of each office, the firm's attorneys who do not sign in the
// firm's last block, and whom they represent in the last block of those
// who represent the same parties.
func (d *Data) signatures(people []cases.Counsel) []SignatureView {
	out := make([]SignatureView, len(d.Signers))
	shown := map[cases.Supervisor]bool{}
	lastOfGroup := map[string]int{}
	for i, cl := range d.Signers {
		out[i].Counsel = cl
		if u := cl.Under; u != nil && !shown[office(u)] {
			shown[office(u)] = true
			out[i].Under = u
		}
		if key := groupKey(cl); key != "" {
			lastOfGroup[key] = i
		}
	}
	for _, cl := range people {
		if i, ok := lastOfGroup[groupKey(cl)]; ok && !cl.Signing() && groupKey(cl) != "" {
			out[i].CoCounsel = append(out[i].CoCounsel, cl)
		}
	}
	for i, cl := range d.Signers {
		if i == len(d.Signers)-1 || !cases.SameParties(d.Signers[i+1].For.Parties, cl.For.Parties) {
			out[i].Representing = d.Representing(cl)
		}
		if !cl.Files {
			out[i].Authorized = d.authorized()
		}
	}
	return out
}

// authorized is what the court's rules have the filer write after another
// signer's conformed signature, with the filing's date, or "".
func (d *Data) authorized() string {
	ct := d.Case.CourtDef()
	if ct == nil || ct.Signature.Authorized == "" {
		return ""
	}
	date := "____________________"
	if f := d.Case.Filing; !f.Date.IsZero() {
		date = styledDate(d.Case, f.Date)
	}
	return strings.ReplaceAll(ct.Signature.Authorized, "{date}", date)
}

// office is an office head without the position in the file, to compare.
func office(u *cases.Supervisor) cases.Supervisor {
	return cases.Supervisor{Name: u.Name, Title: u.Title}
}

// Representing is the line that says whom an attorney represents:
// "Attorney for Plaintiff ORCHARD MUTUAL, INC.", "Attorneys for
// Defendants" — "Attorneys" when the case file lists several attorneys for
// the same parties or the attorney signs under the head of an office. A
// pro se party "Defendant, Pro Se".
func (d *Data) Representing(c cases.Counsel) string {
	ps := d.Case.Represented(c)
	if c.ProSe && len(ps) == 1 {
		return roleLabel(ps[0], false) + ", Pro Se"
	}
	n := 0
	for _, o := range d.Case.Counsel {
		if cases.SameParties(o.For.Parties, c.For.Parties) {
			n++
		}
	}
	who := "Attorney"
	if n > 1 || c.Under != nil {
		who = "Attorneys"
	}
	return who + " for " + partiesPhrase(d.Case, ps)
}

// named lists by name the parties an attorney represents when
// Representing names them by their side only ("Attorneys for
// Defendants"): "ICE; CBP; and DHS". Otherwise it is empty.
func (d *Data) named(c cases.Counsel) string {
	ps := d.Case.Represented(c)
	if c.ProSe || !wholeSide(d.Case, ps) {
		return ""
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = strings.ToUpper(p.Name)
	}
	return joinList(names)
}
