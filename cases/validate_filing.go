package cases

import (
	"fmt"
	"pleadgen/court"
	"sort"
	"strings"
)

// maxWidows is the most lines filing.widows may keep together.
const maxWidows = 10

// checkFiling checks the filing's keys that depend on one another or on
// the rest of the case file.
func (d *decoder) checkFiling(c *Case) {
	d.checkTypeKeys(c)
	switch ft := c.FilingType(); {
	case c.Filing.Type == CMCStatement:
		d.checkSingleParty(c)
	case ft != nil:
		d.refuseOneSidedKeys(c, ft)
	}
	d.checkPositions(c)
	d.checkCaption(c)
	d.checkOrder(c.Filing)
	d.checkService(c)
	if w := c.Filing.Widows; w != nil && (*w < 0 || *w > maxWidows) {
		d.add(d.at("filing.widows"), "filing.widows", fmt.Sprintf("want a number of lines from 0 to %d, got %d", maxWidows, *w))
	}
}

// checkSingleParty checks a statement one side files alone: it names the
// side, holds no statement of another side, and is filed by an attorney of
// that side. Why it is not joint (reason) is optional.
func (d *decoder) checkSingleParty(c *Case) {
	f := c.Filing
	if f.FiledBy == "" && !d.failed["filing.filed_by"] {
		d.add(f.Pos, "filing.filed_by", "missing required field: a cmc-statement names the side that files it (plaintiffs or defendants)")
	}
	if f.FiledBy == "" {
		return
	}
	for _, t := range f.Topics {
		for _, p := range t.Positions {
			if p.Side == Joint || d.failed["filing.topics."+t.Key+"."+p.Key] {
				continue
			}
			for _, q := range c.PositionParties(p) {
				if q.Side != f.FiledBy {
					d.add(p.Pos, "filing.topics."+t.Key+"."+p.Key,
						fmt.Sprintf("a cmc-statement filed by %s holds no statement of %s, who is not one of them (give joint, %s or their ids)", f.FiledBy, q.Name, f.FiledBy))
					break
				}
			}
		}
	}
	for i, cn := range c.Counsel {
		if side := c.CounselSide(cn); cn.Files && side != "" && side != f.FiledBy {
			d.add(d.at("filing.filed_by"), "filing.filed_by",
				fmt.Sprintf("the statement is filed by %s, but the attorney who files it, counsel[%d], is counsel for %s", f.FiledBy, i, side))
		}
	}
	if p := c.ProSeFiler(); p != nil && p.Side != f.FiledBy {
		d.add(d.at("filing.filed_by"), "filing.filed_by",
			fmt.Sprintf("the statement is filed by %s, but %s, who files it, is one of the %s", f.FiledBy, p.Name, strings.ReplaceAll(string(p.Side), "_", " ")))
	}
}

// checkPositions checks the ids that topics' texts are given under: each
// names a party, once.
func (d *decoder) checkPositions(c *Case) {
	known := map[string]bool{}
	absent := map[string]string{} // ids of parties that have not appeared
	var ids []string
	for _, p := range c.AllParties() {
		if p.ID != "" && !known[p.ID] {
			known[p.ID] = true
			ids = append(ids, p.ID)
		}
		if p.ID != "" && !p.HasAppeared() {
			absent[p.ID] = p.Name
		}
	}
	for _, t := range c.Filing.Topics {
		groups := map[string]string{} // the sorted ids of each key, to find a group given twice
		for _, p := range t.Positions {
			field := "filing.topics." + t.Key + "." + p.Key
			if key := sortedIDs(p.IDs); len(p.IDs) > 0 {
				if first, dup := groups[key]; dup {
					d.add(p.KeyPos, field, fmt.Sprintf("the same parties already speak under %q", first))
				}
				groups[key] = p.Key
			}
			for _, id := range p.IDs {
				if name, ok := absent[id]; ok {
					d.add(p.KeyPos, field, fmt.Sprintf("%s has not appeared (appeared: false) and states no position", name))
				}
			}
			if side := strings.ReplaceAll(string(p.Side), "_", " "); p.Side != "" && p.Side != Joint {
				switch {
				case len(c.PartiesOf(p.Side)) == 0:
					d.add(p.Pos, field, fmt.Sprintf("the case file lists no %s", side))
				case len(c.PositionParties(p)) == 0:
					d.add(p.Pos, field, fmt.Sprintf("no %s have appeared (appeared: false), so none states a position", side))
				}
			}
			seen := map[string]bool{}
			for _, id := range p.IDs {
				switch {
				case !known[id] && len(p.IDs) == 1:
					d.add(p.KeyPos, field, fmt.Sprintf("unknown key %q%s", clip(id), suggest(id, "key", append(append([]string(nil), topicBodyKeys...), ids...))))
				case !known[id]:
					d.add(p.KeyPos, field, fmt.Sprintf("no party has the id %q%s", clip(id), suggestID(id, ids)))
				case seen[id]:
					d.add(p.KeyPos, field, fmt.Sprintf("party %q is named twice", id))
				}
				seen[id] = true
			}
		}
	}
}

// checkCaption checks the related cases: their judges' initials, and that
// none repeats the case's own number or another related case.
func (d *decoder) checkCaption(c *Case) {
	seen := make(map[CaseNumber]string)
	for i, r := range c.Filing.Caption.Related {
		field := fmt.Sprintf("filing.caption.related[%d]", i)
		d.checkInitials(field+".initials", r.Initials)
		if r.Number.Kind == "" {
			continue
		}
		num := field + ".number"
		if r.Number == c.Number {
			d.add(d.at(num), num, fmt.Sprintf("%s is this case's own number", r.Number))
		} else if first, dup := seen[r.Number]; dup {
			d.add(d.at(num), num, fmt.Sprintf("%s is already listed at %s", r.Number, first))
		} else {
			seen[r.Number] = field
		}
	}
}

// checkOrder checks that the case file proposes an order one way only and
// that each choice has words.
func (d *decoder) checkOrder(f Filing) {
	if f.Order == nil {
		return
	}
	if _, given := d.pos["filing.proposed_order"]; given {
		d.add(d.at("filing.order"), "filing.order", "give order or proposed_order, not both (order proposes the order by itself)")
	}
	if m := f.Order.Marker; m != "" && indexOf(OrderMarkers(), m) < 0 {
		d.add(d.at("filing.order.marker"), "filing.order.marker", fmt.Sprintf("unknown marker %q (want %s)", clip(m), strings.Join(OrderMarkers(), ", ")))
	}
	for i, ch := range f.Order.Choices {
		if strings.TrimSpace(ch) == "" {
			field := fmt.Sprintf("filing.order.choices[%d]", i)
			d.add(d.at(field), field, "a choice needs text")
		}
	}
}

// checkService checks the certificate of service: each entry served has
// words, and the signer is one of the case file's counsel.
func (d *decoder) checkService(c *Case) {
	s := c.Filing.Service
	if s == nil {
		return
	}
	method := strings.TrimSpace(s.Method)
	if !s.ServesByECF() && len(s.Served) == 0 && !d.failed["filing.service.served"] {
		p, given := d.pos["filing.service.served"]
		if !given {
			p = s.Pos
		}
		how := method
		if indexOf(ServiceMethods(), method) >= 0 {
			how = "by " + method
		}
		d.add(p, "filing.service.served", fmt.Sprintf("missing required field: service %s names who was served, one entry each (only method: ecf needs no list)", clip(how)))
	}
	svc := d.serviceRules()
	if s.ServesByECF() && svc.System == "" && d.court != nil {
		at := "filing.service"
		if _, given := d.pos["filing.service.method"]; given {
			at = "filing.service.method"
		}
		d.add(d.at(at), at, fmt.Sprintf("%s has no electronic filing system that serves counsel of record: give method mail, email, hand, overnight or your own words, and who was served", d.court.Short))
		return
	}
	if s.ServesByECF() {
		for _, p := range c.AllParties() {
			if p.ProSe && p.HasAppeared() && p.Name != s.Signer {
				d.warn(d.at("filing.service"), "filing.service", fmt.Sprintf("%s is pro se and may not receive %s notices: unless it is a registered user, serve it by another method (%s)", p.Name, svc.System, svc.Rule))
			}
		}
	}
	if p, given := d.pos["filing.service.served"]; given && s.ServesByECF() && len(s.Served) > 0 {
		d.add(p, "filing.service.served", fmt.Sprintf("the %s system serves everyone it serves; list who was served only with another method (mail, email, hand, overnight or your own words)", svc.System))
	}
	for i, who := range s.Served {
		if strings.TrimSpace(who) == "" {
			field := fmt.Sprintf("filing.service.served[%d]", i)
			d.add(d.at(field), field, "an entry needs the name or address of who was served")
		}
	}
	if s.Signer == "" {
		return
	}
	people := c.People()
	names := make([]string, len(people))
	for i, cn := range people {
		if cn.Name == s.Signer || cn.Name == "" {
			return // the signer is counsel, or a counsel unnamed is reported where it stands
		}
		names[i] = cn.Name
	}
	d.add(d.at("filing.service.signer"), "filing.service.signer",
		fmt.Sprintf("%q names none of the counsel%s", clip(s.Signer), suggestName(s.Signer, names)))
}

// suggestName returns " (did you mean "x"?)" for the name in names closest
// to name, if one is at most two edits away ignoring case, and else the
// first few names.
func suggestName(name string, names []string) string {
	const shown = 6
	for _, n := range names {
		if editDistance(strings.ToLower(name), strings.ToLower(n)) <= 2 {
			return fmt.Sprintf(" (did you mean %q?)", n)
		}
	}
	list := make([]string, 0, shown+1)
	for i, n := range names {
		if i == shown {
			list = append(list, "…")
			break
		}
		list = append(list, clip(n))
	}
	return " (counsel: " + strings.Join(list, ", ") + ")"
}

// sortedIDs is a group's ids in order, to compare groups.
func sortedIDs(ids []string) string {
	s := append([]string(nil), ids...)
	sort.Strings(s)
	return strings.Join(s, ",")
}

// serviceRules are the court's rules of service, once the court is known.
func (d *decoder) serviceRules() court.ServiceRules {
	if d.court == nil {
		return court.Builtin().Default().Service
	}
	return d.court.Service
}
