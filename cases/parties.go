package cases

import (
	"fmt"
	"sort"
	"strings"
)

// PartiesOf returns the parties of one side, in the file's order.
func (c *Case) PartiesOf(s Side) []Party {
	switch s {
	case Plaintiffs:
		return c.Plaintiffs
	case Defendants:
		return c.Defendants
	case ThirdPartyDefendants:
		return c.ThirdPartyDefendants
	case Intervenors:
		return c.Intervenors
	}
	return nil
}

// partyList returns the address of one side's list.
func (c *Case) partyList(s Side) *[]Party {
	switch s {
	case Defendants:
		return &c.Defendants
	case ThirdPartyDefendants:
		return &c.ThirdPartyDefendants
	case Intervenors:
		return &c.Intervenors
	}
	return &c.Plaintiffs
}

// AllParties returns every party in the caption's order: plaintiffs,
// defendants, third-party defendants, intervenors.
func (c *Case) AllParties() []*Party {
	var out []*Party
	for _, s := range Sides() {
		list := c.partyList(s)
		for i := range *list {
			out = append(out, &(*list)[i])
		}
	}
	return out
}

// Party returns the party with that key (its id, or "defendants[2]"), or
// nil.
func (c *Case) Party(key string) *Party {
	for _, p := range c.AllParties() {
		if p.Key == key {
			return p
		}
	}
	return nil
}

// Represented returns the parties an attorney represents, in the
// caption's order.
func (c *Case) Represented(cn Counsel) []*Party {
	var out []*Party
	for _, p := range c.AllParties() {
		if indexOf(cn.For.Parties, p.Key) >= 0 {
			out = append(out, p)
		}
	}
	return out
}

// CounselSide is the side of the parties an attorney represents (of the
// first, when they are on several sides).
func (c *Case) CounselSide(cn Counsel) Side {
	if ps := c.Represented(cn); len(ps) > 0 {
		return ps[0].Side
	}
	return cn.For.Side
}

// PositionParties returns the parties a topic's text speaks for: a side's
// parties that appeared, or the parties its key names; none for a joint
// text.
func (c *Case) PositionParties(p Position) []*Party {
	if p.Side == Joint {
		return nil
	}
	var out []*Party
	for _, q := range c.AllParties() {
		if (p.Side != "" && q.Side == p.Side && q.HasAppeared()) || indexOf(p.IDs, q.ID) >= 0 {
			out = append(out, q)
		}
	}
	return out
}

// SameParties reports whether two lists hold the same parties.
func SameParties(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, k := range a {
		if indexOf(b, k) < 0 {
			return false
		}
	}
	return true
}

// resolveParties gives every party its side and key, and checks the ids,
// whom each attorney represents, and that every party has counsel or
// represents itself.
func (d *decoder) resolveParties(c *Case) {
	ids := map[string]string{} // id → field of the party that has it
	for _, s := range Sides() {
		list := c.partyList(s)
		for i := range *list {
			p := &(*list)[i]
			field := fmt.Sprintf("%s[%d]", s, i)
			p.Side, p.Key = s, field
			d.checkParty(field, p, ids)
		}
	}
	for i := range c.Counsel {
		d.resolveCounsel(c, fmt.Sprintf("counsel[%d]", i), &c.Counsel[i], ids)
	}
	d.checkRepresentation(c)
}

// checkParty checks a party's id and its pro se fields.
func (d *decoder) checkParty(field string, p *Party, ids map[string]string) {
	if p.Side == ThirdPartyDefendants && p.Description != "" {
		d.warn(d.at(field+".description"), field+".description",
			"the caption names third-party defendants only as AND RELATED THIRD-PARTY ACTION, so this description does not print")
	}
	if p.ID != "" {
		first, dup := ids[p.ID]
		if !dup {
			// Register it even when it is malformed, so that its uses are
			// not reported too.
			ids[p.ID], p.Key = field, p.ID
		}
		switch {
		case !idPattern().MatchString(p.ID):
			d.add(d.at(field+".id"), field+".id", fmt.Sprintf("%q is not an id: lower-case letters, digits, - and _, starting with a letter", clip(p.ID)))
		case indexOf(reservedIDs, p.ID) >= 0:
			d.add(d.at(field+".id"), field+".id", fmt.Sprintf("%q is a key of its own and cannot be a party's id", p.ID))
		case dup:
			d.add(d.at(field+".id"), field+".id", fmt.Sprintf("id %q is already %s's", p.ID, first))
		}
	}
	if p.ProSe {
		return
	}
	for _, key := range []string{"address", "phone", "email", "files"} {
		if _, given := d.pos[field+"."+key]; given {
			d.add(d.at(field+"."+key), field+"."+key, key+" belongs to a party that represents itself (pro_se: true); counsel give theirs under counsel")
		}
	}
}

// resolveCounsel turns whom an attorney represents into party keys.
func (d *decoder) resolveCounsel(c *Case, field string, cn *Counsel, ids map[string]string) {
	f := field + ".for"
	if s := cn.For.Side; s != "" {
		// A side is its parties that appeared and have counsel.
		for _, p := range c.PartiesOf(s) {
			if p.HasAppeared() && !p.ProSe {
				cn.For.Parties = append(cn.For.Parties, p.Key)
			}
		}
		if len(cn.For.Parties) == 0 {
			d.add(d.at(f), f, fmt.Sprintf("the case file lists no %s who appeared with counsel", strings.ReplaceAll(string(s), "_", " ")))
		}
		return
	}
	known := sortedKeys(ids)
	for i, id := range cn.For.IDs {
		at := f
		if _, seq := d.pos[fmt.Sprintf("%s[%d]", f, i)]; seq {
			at = fmt.Sprintf("%s[%d]", f, i)
		}
		switch {
		case ids[id] == "":
			d.add(d.at(at), at, fmt.Sprintf("no party has the id %q%s", clip(id), suggestFor(id, known)))
		case indexOf(cn.For.Parties, id) >= 0:
			d.add(d.at(at), at, fmt.Sprintf("party %q is named twice", id))
		default:
			cn.For.Parties = append(cn.For.Parties, id)
		}
	}
}

// checkRepresentation checks that every party has counsel or represents
// itself, and not both.
func (d *decoder) checkRepresentation(c *Case) {
	for _, p := range c.AllParties() {
		counsel := -1
		for i, cn := range c.Counsel {
			if indexOf(cn.For.Parties, p.Key) >= 0 {
				counsel = i
				break
			}
		}
		field := partyField(c, p)
		switch {
		case p.ProSe && counsel >= 0:
			f := fmt.Sprintf("counsel[%d].for", counsel)
			d.add(d.at(f), f, fmt.Sprintf("%s represents itself (pro_se: true) but counsel[%d] represents it", p.Name, counsel))
		case !p.HasAppeared() && (p.ProSe || counsel >= 0):
			d.add(p.Pos, field, fmt.Sprintf("%s has not appeared (appeared: false), so it has no counsel and does not represent itself", p.Name))
		case !p.ProSe && counsel < 0 && p.HasAppeared() && !d.failedCounsel():
			d.add(p.Pos, field, fmt.Sprintf("%s has no counsel: name it in a counsel's for (%s), or set pro_se: true", p.Name, forHint(p)))
		}
	}
}

// failedCounsel reports whether some counsel's for could not be read, so
// that a party may seem unrepresented for that reason only.
func (d *decoder) failedCounsel() bool {
	for f := range d.failed {
		if strings.HasPrefix(f, "counsel[") && strings.Contains(f, ".for") {
			return true
		}
	}
	return false
}

// forHint is what a counsel's for may say to represent p.
func forHint(p *Party) string {
	if p.ID != "" {
		return fmt.Sprintf("for: %s, or for: %s", p.ID, p.Side)
	}
	return fmt.Sprintf("for: %s, or give the party an id", p.Side)
}

// partyField returns a party's field path: "defendants[2]".
func partyField(c *Case, p *Party) string {
	list := *c.partyList(p.Side)
	for i := range list {
		if &list[i] == p {
			return fmt.Sprintf("%s[%d]", p.Side, i)
		}
	}
	return string(p.Side)
}

// suggestFor suggests a side or a party's id for a counsel's for.
func suggestFor(id string, ids []string) string {
	known := append([]string(nil), ids...)
	for _, s := range Sides() {
		known = append(known, string(s))
	}
	return suggest(id, "side or id", known)
}

// suggestID returns " (did you mean "x"?)" for the closest id, or the ids.
func suggestID(id string, known []string) string {
	if len(known) == 0 {
		return " (no party has an id: give one with id:)"
	}
	return suggest(id, "id", known)
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// proSeFilers returns the fields of the pro se parties that file the
// document, reporting all but the first.
func (d *decoder) proSeFilers(c *Case) []string {
	var out []string
	for _, p := range c.AllParties() {
		if !p.ProSe || !p.Files {
			continue
		}
		field := partyField(c, p)
		if len(out) > 0 {
			d.add(d.at(field+".files"), field+".files", fmt.Sprintf("only one files the document, and %s already does", out[0]))
		}
		out = append(out, field)
	}
	return out
}

// Filer returns the attorney who files the document, or nil when a pro se
// party files it.
func (c *Case) Filer() *Counsel {
	for i := range c.Counsel {
		if c.Counsel[i].Files {
			return &c.Counsel[i]
		}
	}
	return nil
}

// ProSeFiler returns the pro se party that files the document, or nil.
func (c *Case) ProSeFiler() *Party {
	for _, p := range c.AllParties() {
		if p.ProSe && p.Files {
			return p
		}
	}
	return nil
}

// People returns who speaks for the parties: the counsel, in the file's
// order, then each pro se party as an attorney of its own (ProSe set).
func (c *Case) People() []Counsel {
	out := append([]Counsel(nil), c.Counsel...)
	for _, p := range c.AllParties() {
		if p.ProSe && p.HasAppeared() {
			out = append(out, Counsel{
				Name: p.Name, Address: p.Address, Phone: p.Phone, Email: p.Email,
				For:   Represents{Parties: []string{p.Key}, Pos: p.Pos},
				Files: p.Files, ProSe: true, Pos: p.Pos,
			})
		}
	}
	return out
}

// SigningSides are the sides whose counsel sign the filing, as its type
// says: every side with parties; the filing side only (a statement one
// side files alone, a pleading); or none, when a declarant signs.
func (c *Case) SigningSides() []Side {
	ft := c.FilingType()
	switch {
	case ft != nil && ft.Signers == "declarant":
		return nil
	case ft != nil && ft.Signers == "filer":
		if side := c.FilingSide(); side != "" {
			return []Side{side}
		}
	}
	var out []Side
	for _, s := range Sides() {
		if len(c.PartiesOf(s)) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// FilingSide is the side that files: filed_by, else the side of the one
// who files.
func (c *Case) FilingSide() Side {
	f := c.Filing
	if f.FiledBy != "" {
		return f.FiledBy
	}
	for _, cl := range c.People() {
		if cl.Files {
			return c.CounselSide(cl)
		}
	}
	return ""
}
