package templates

import (
	"strings"

	"pleadgen/cases"
)

// SideCounsel is one side's part of the counsel block: its attorneys
// grouped by firm, then the parties they represent.
type SideCounsel struct {
	Side    cases.Side
	Firms   []FirmGroup
	Parties string // as the caption names them
}

// FirmGroup is the attorneys of one firm or office at one address: their
// names, then the firm's name and address once.
type FirmGroup struct {
	Under   *cases.Supervisor // the head of a government office, or nil
	Firm    string
	Address []string
	// Phone is the telephone number the group's attorneys share; when they
	// give different numbers it is empty and each attorney shows their own.
	Phone   string
	Counsel []cases.Counsel
}

// SignatureView is one signature block.
type SignatureView struct {
	Counsel cases.Counsel
	// Under is the head of the signer's office, shown above the first
	// signature of that office only.
	Under *cases.Supervisor
	// Representing closes the last block of a side: "Attorneys for
	// Defendants"; it is empty in the side's other blocks.
	Representing string
}

// counsel works out who the counsel block lists and who signs.
func (d *Data) counsel() {
	f := d.Case.Filing
	sides := []cases.Side{cases.Plaintiffs, cases.Defendants}
	for _, side := range sides {
		ordered := d.sideCounsel(side)
		if f.CounselBlock == cases.BothSides || side == d.Filer.For {
			d.FirstPage = append(d.FirstPage, ordered...)
			d.CounselBlock = append(d.CounselBlock, SideCounsel{Side: side, Firms: firmGroups(ordered), Parties: d.CaptionParties(side)})
		}
		if f.Type == cases.CMCStatement && side != f.FiledBy {
			continue
		}
		for _, cl := range ordered {
			if cl.Signing() {
				d.Signers = append(d.Signers, cl)
			}
		}
	}
	d.Signatures = d.signatures()
}

// sideCounsel returns one side's counsel, its local counsel first and
// otherwise in the case file's order.
func (d *Data) sideCounsel(side cases.Side) []cases.Counsel {
	var local, others []cases.Counsel
	for _, cl := range d.Case.Counsel {
		switch {
		case cl.For != side:
		case cl.LocalCounsel:
			local = append(local, cl)
		default:
			others = append(others, cl)
		}
	}
	return append(local, others...)
}

// firmGroups groups attorneys who share a firm (or an office head) and an
// address, in the order each group first appears. An attorney with neither
// a firm nor an office head stands alone.
func firmGroups(counsel []cases.Counsel) []FirmGroup {
	var groups []FirmGroup
	index := map[string]int{}
	for _, cl := range counsel {
		key := groupKey(cl)
		i, ok := index[key]
		if !ok || key == "" {
			i = len(groups)
			index[key] = i
			groups = append(groups, FirmGroup{Under: cl.Under, Firm: cl.Firm, Address: cl.Address})
		}
		groups[i].Counsel = append(groups[i].Counsel, cl)
	}
	for i := range groups {
		groups[i].Phone = sharedPhone(groups[i].Counsel)
	}
	return groups
}

// groupKey is what attorneys of one group share; "" for one who stands
// alone.
func groupKey(cl cases.Counsel) string {
	if cl.Firm == "" && cl.Under == nil {
		return ""
	}
	key := []string{cl.Firm, strings.Join(cl.Address, "\n")}
	if u := cl.Under; u != nil {
		key = append(key, u.Name, u.Title)
	}
	return strings.Join(key, "\x00")
}

// sharedPhone returns the one telephone number the attorneys give, or ""
// when they give different ones.
func sharedPhone(counsel []cases.Counsel) string {
	phone := ""
	for _, cl := range counsel {
		switch {
		case cl.Phone == "":
		case phone == "":
			phone = cl.Phone
		case phone != cl.Phone:
			return ""
		}
	}
	return phone
}

// signatures lays out one block per signer: the office head above the
// first signer of each office, and the side's representation in the last
// block of each side.
func (d *Data) signatures() []SignatureView {
	out := make([]SignatureView, len(d.Signers))
	shown := map[cases.Supervisor]bool{}
	for i, cl := range d.Signers {
		out[i].Counsel = cl
		if u := cl.Under; u != nil && !shown[office(u)] {
			shown[office(u)] = true
			out[i].Under = u
		}
		if i == len(d.Signers)-1 || d.Signers[i+1].For != cl.For {
			out[i].Representing = d.Representing(cl)
		}
	}
	return out
}

// office is an office head without the position in the file, to compare.
func office(u *cases.Supervisor) cases.Supervisor {
	return cases.Supervisor{Name: u.Name, Title: u.Title}
}

// Representing is the line under an attorney's signature: "Attorney for
// Plaintiffs", or "Attorneys" when the side has several lawyers or the
// attorney signs under the head of an office.
func (d *Data) Representing(c cases.Counsel) string {
	n := 0
	for _, o := range d.Case.Counsel {
		if o.For == c.For {
			n++
		}
	}
	who := "Attorney"
	if n > 1 || c.Under != nil {
		who = "Attorneys"
	}
	return who + " for " + sideName(c.For)
}
