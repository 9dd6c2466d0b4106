package templates

import (
	"strings"

	"pleadgen/cases"
)

// Data is what a driver template sees: the case and what follows from it.
type Data struct {
	Case   *cases.Case
	Title  string      // the document title, in capitals
	Topics []TopicView // the statement's topics in the Standing Order's order
	Filer  cases.Counsel
	// FirstPage is the counsel shown in the counsel block: the filer's side.
	FirstPage []cases.Counsel
	Signers   []cases.Counsel // signing counsel, plaintiffs' first
}

// TopicView is one topic as printed: its number, heading and texts.
type TopicView struct {
	Number    int
	Key       string
	Heading   string
	Positions []cases.Position
}

func newData(c *cases.Case) *Data {
	d := &Data{Case: c, Title: title(c)}
	for _, cl := range c.Counsel {
		if cl.Files {
			d.Filer = cl
		}
	}
	for _, side := range []cases.Side{cases.Plaintiffs, cases.Defendants} {
		for _, cl := range c.Counsel {
			if cl.For == side && cl.Signing() {
				d.Signers = append(d.Signers, cl)
			}
			if cl.For == side && side == d.Filer.For {
				d.FirstPage = append(d.FirstPage, cl)
			}
		}
	}
	d.Topics = topicViews(c.Filing.Topics)
	return d
}

// title is the filing's title: the case file's own or the filing type's,
// with "& [PROPOSED] ORDER" when an order is proposed.
func title(c *cases.Case) string {
	t := c.Filing.Title
	if t == "" {
		t = "Joint Case Management Statement"
	}
	t = strings.ToUpper(t)
	if c.Filing.ProposedOrder && !strings.Contains(t, "ORDER") {
		t += " & [PROPOSED] ORDER"
	}
	return t
}

// topicViews orders the case file's topics as the Standing Order lists
// them and numbers them.
func topicViews(topics cases.Topics) []TopicView {
	byKey := map[string]cases.Topic{}
	for _, t := range topics {
		byKey[t.Key] = t
	}
	var out []TopicView
	for _, def := range cases.CMCTopics {
		t, ok := byKey[def.Key]
		if !ok {
			continue
		}
		h := def.Heading
		if t.Heading != "" {
			h = t.Heading
		}
		ps := make([]cases.Position, len(t.Positions))
		for i, p := range t.Positions {
			p.Text = guardDirectives(p.Text)
			ps[i] = p
		}
		out = append(out, TopicView{Number: len(out) + 1, Key: def.Key, Heading: h, Positions: ps})
	}
	return out
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

// PartiesOf returns one side's parties.
func (d *Data) PartiesOf(side cases.Side) []cases.Party {
	if side == cases.Defendants {
		return d.Case.Defendants
	}
	return d.Case.Plaintiffs
}

// CaptionParties names one side's parties as the caption does: in
// capitals, each with its description, joined "A; B; and C".
func (d *Data) CaptionParties(side cases.Side) string {
	var names []string
	for _, p := range d.PartiesOf(side) {
		n := strings.ToUpper(p.Name)
		if p.Description != "" {
			n += ", " + p.Description
		}
		names = append(names, n)
	}
	return joinList(names)
}

// Role is a side's role in the caption: "Plaintiffs," or "Plaintiff,".
func (d *Data) Role(side cases.Side) string {
	name := sideName(side)
	if len(d.PartiesOf(side)) == 1 {
		name = strings.TrimSuffix(name, "s")
	}
	return name
}

// Intro is the statement's opening paragraph.
func (d *Data) Intro() string {
	if d.Case.Filing.Intro != "" {
		return guardDirectives(d.Case.Filing.Intro)
	}
	return "The parties jointly submit this Joint Case Management Statement pursuant to Civil Local Rule 16-9 " +
		"and the Standing Order for All Judges of the Northern District of California — Contents of Joint Case Management Statement."
}

// guardDirectives escapes lines of case-file text that would otherwise
// open or close a markup block, so that case-file text stays text.
func guardDirectives(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), ":::") {
			lines[i] = "\\" + strings.TrimLeft(l, " \t")
		}
	}
	return strings.Join(lines, "\n")
}
