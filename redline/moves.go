package redline

import (
	"pleadgen/render/markup"
)

// moves lists the landmarks that stand on another page in the new
// version: each topic heading, the signatures and the attestation, found
// in both versions by their names.
func moves(old, new Version, wa, wb []Word) []Move {
	pa, pb := landmarks(old.Doc, wa), landmarks(new.Doc, wb)
	var out []Move
	for _, l := range pb {
		for _, k := range pa {
			if k.name == l.name {
				if k.page != l.page {
					out = append(out, Move{What: l.name, From: k.page, To: l.page})
				}
				break
			}
		}
	}
	return out
}

// landmark is a named part of a filing and the page it starts on.
type landmark struct {
	name string
	page int
}

// landmarks lists a version's landmarks in order, each with the page of
// its first word.
func landmarks(doc *markup.Doc, ws []Word) []landmark {
	first := map[int]int{} // block → page of its first word
	for _, w := range ws {
		if _, seen := first[w.Block]; !seen && w.Block > 0 {
			first[w.Block] = w.Page
		}
	}
	var out []landmark
	seen := map[string]bool{}
	for i, b := range doc.Blocks {
		name := ""
		switch b := b.(type) {
		case *markup.Heading:
			if b.Level == 1 {
				name = "topic " + runsText(b.Runs)
			}
		case *markup.LineBlock:
			switch b.Kind {
			case markup.Signature:
				name = "the signature page"
			case markup.Attestation:
				name = "the attestation"
			}
		}
		page, placed := first[i+1]
		if name == "" || !placed || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, landmark{name, page})
	}
	return out
}
