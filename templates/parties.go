package templates

import (
	"strings"

	"pleadgen/cases"
)

// sideRoles are the words for one party of a side and for several.
var sideRoles = map[cases.Side][2]string{
	cases.Plaintiffs:           {"Plaintiff", "Plaintiffs"},
	cases.Defendants:           {"Defendant", "Defendants"},
	cases.ThirdPartyDefendants: {"Third-Party Defendant", "Third-Party Defendants"},
	cases.Intervenors:          {"Intervenor", "Intervenors"},
}

// alsoRoles are the words for the roles a party has besides its side's.
var alsoRoles = map[cases.Role][2]string{
	cases.CounterClaimant:     {"Counter-Claimant", "Counter-Claimants"},
	cases.CounterDefendant:    {"Counter-Defendant", "Counter-Defendants"},
	cases.CrossClaimant:       {"Cross-Claimant", "Cross-Claimants"},
	cases.CrossDefendant:      {"Cross-Defendant", "Cross-Defendants"},
	cases.ThirdPartyPlaintiff: {"Third-Party Plaintiff", "Third-Party Plaintiffs"},
}

// roleLabel is a party's role as the filing names it: "Defendant",
// "Defendant and Counter-Claimant"; plural for several parties of one role.
func roleLabel(p *cases.Party, plural bool) string {
	n := 0
	if plural {
		n = 1
	}
	words := []string{sideRoles[p.Side][n]}
	for _, r := range p.Also {
		words = append(words, alsoRoles[r][n])
	}
	return joinAnd(words)
}

// joinAnd joins words with "and": "A", "A and B", "A, B and C".
func joinAnd(words []string) string {
	if len(words) < 3 {
		return strings.Join(words, " and ")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}

// roleRun is a run of parties that share one role label, in order.
type roleRun struct {
	label   string // the singular label
	parties []*cases.Party
}

// roleRuns groups parties, in order, by their role label.
func roleRuns(ps []*cases.Party) []roleRun {
	var runs []roleRun
	for _, p := range ps {
		label := roleLabel(p, false)
		if k := len(runs) - 1; k >= 0 && runs[k].label == label {
			runs[k].parties = append(runs[k].parties, p)
			continue
		}
		runs = append(runs, roleRun{label: label, parties: []*cases.Party{p}})
	}
	return runs
}

// wholeSide reports whether ps are every party of their one side, all of
// one role, and more than one: then the side's name says who they are.
func wholeSide(c *cases.Case, ps []*cases.Party) bool {
	if len(ps) < 2 {
		return false
	}
	runs := roleRuns(ps)
	return len(runs) == 1 && len(ps) == len(c.PartiesOf(ps[0].Side))
}

// partiesPhrase names parties as "Attorneys for …" does: "Defendants"
// for every party of a side, else each run of one role with the names in
// capitals: "Plaintiff ORCHARD MUTUAL, INC.", "Defendants ELENA MARSH and
// MARSH FREIGHT, LLC".
func partiesPhrase(c *cases.Case, ps []*cases.Party) string {
	var parts []string
	for _, side := range bySide(ps) {
		if wholeSide(c, side) {
			parts = append(parts, roleLabel(side[0], true))
			continue
		}
		for _, r := range roleRuns(side) {
			names := make([]string, len(r.parties))
			for i, p := range r.parties {
				names[i] = strings.ToUpper(p.Name)
			}
			parts = append(parts, roleLabel(r.parties[0], len(names) > 1)+" "+joinList(names))
		}
	}
	return joinList(parts)
}

// bySide splits parties, in order, into runs of one side.
func bySide(ps []*cases.Party) [][]*cases.Party {
	var out [][]*cases.Party
	for _, p := range ps {
		if k := len(out) - 1; k >= 0 && out[k][0].Side == p.Side {
			out[k] = append(out[k], p)
			continue
		}
		out = append(out, []*cases.Party{p})
	}
	return out
}

// shortName is how the text calls a party: its short name, or its name.
func shortName(p *cases.Party) string {
	if p.Short != "" {
		return p.Short
	}
	return p.Name
}

// speakerLabel names who speaks in a run-in label: "Plaintiffs",
// "Plaintiff", "Defendants Marsh and Marsh Freight", "Defendant Marsh and
// Third-Party Defendant Acme".
func speakerLabel(c *cases.Case, pos cases.Position) string {
	if pos.Side != "" {
		return sideRoles[pos.Side][boolInt(len(c.PositionParties(pos)) > 1)]
	}
	var parts []string
	for _, side := range bySide(c.PositionParties(pos)) {
		names := make([]string, len(side))
		for i, p := range side {
			names[i] = shortName(p)
		}
		parts = append(parts, sideRoles[side[0].Side][boolInt(len(side) > 1)]+" "+joinAnd(names))
	}
	return joinAnd(parts)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
