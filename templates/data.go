package templates

import (
	"strconv"
	"strings"

	"pleadgen/cases"
)

// Data is what a driver template sees: the case and what follows from it.
type Data struct {
	Case   *cases.Case
	Title  string      // the document title, in capitals
	Topics []TopicView // the statement's topics in the Standing Order's order
	Filer  cases.Counsel
	// FirstPage is the counsel the counsel block lists, in its order: the
	// filer's side, or both sides when the case file asks.
	FirstPage []cases.Counsel
	// CounselBlock is FirstPage grouped by side and, within a side, by firm.
	CounselBlock []SideCounsel
	// Signers are the signing counsel, plaintiffs' first, each side's local
	// counsel first; only the filing side's in a one-sided statement.
	Signers []cases.Counsel
	// Signatures are the signature blocks, one per signer.
	Signatures []SignatureView
	Order      *OrderView   // the proposed order, or nil
	Service    *ServiceView // the certificate of service, or nil
}

// TopicView is one topic as printed: its number, heading and texts.
type TopicView struct {
	Number    int
	Label     string // the number as the heading shows it: "1." or "I."
	Key       string
	Heading   string
	Positions []cases.Position
}

// OrderView is the proposed order's own words, safe to print.
type OrderView struct {
	Text    string   // Markdown, possibly empty
	Choices []string // each a line with a box to tick
}

// ServiceView is the certificate of service, safe to print.
type ServiceView struct {
	Date   cases.Date
	Method string     // Markdown
	Served [][]string // each entry served, as its lines
	Signer cases.Counsel
}

func newData(c *cases.Case) *Data {
	d := &Data{Case: c, Title: title(c)}
	for _, cl := range c.Counsel {
		if cl.Files {
			d.Filer = cl
		}
	}
	d.counsel()
	d.Topics = topicViews(c.Filing.Topics, c.Filing.Numbering)
	if o := c.Filing.Order; o != nil {
		d.Order = &OrderView{Text: guardDirectives(o.Text), Choices: o.Choices}
	} else if c.Filing.ProposedOrder {
		d.Order = &OrderView{}
	}
	d.Service = serviceView(c)
	return d
}

// title is the filing's title: the case file's own or the filing type's,
// with "& [PROPOSED] ORDER" when an order is proposed.
func title(c *cases.Case) string {
	t := c.Filing.Title
	switch {
	case t != "":
	case c.Filing.Type == cases.CMCStatement:
		t = "Case Management Statement"
	default:
		t = "Joint Case Management Statement"
	}
	t = strings.ToUpper(t)
	if c.Filing.ProposesOrder() && !strings.Contains(t, "ORDER") {
		t += " & [PROPOSED] ORDER"
	}
	return t
}

// topicViews orders the case file's topics as the Standing Order lists
// them and numbers them.
func topicViews(topics cases.Topics, numbering cases.Numbering) []TopicView {
	byKey := map[string]cases.Topic{}
	for _, t := range topics {
		byKey[t.Key] = t
	}
	var out []TopicView
	for _, def := range cases.CMCTopics() {
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
		n := len(out) + 1
		label := strconv.Itoa(n) + "."
		if numbering == cases.Roman {
			label = roman(n) + "."
		}
		out = append(out, TopicView{Number: n, Label: label, Key: def.Key, Heading: h, Positions: ps})
	}
	return out
}

// serviceView prepares the certificate of service, if the case file asks
// for one.
func serviceView(c *cases.Case) *ServiceView {
	s := c.Filing.Service
	if s == nil {
		return nil
	}
	// The sentence that holds the method ends with its own period.
	method := strings.TrimSuffix(strings.TrimSpace(s.Method), ".")
	v := &ServiceView{Date: s.Date, Method: guardDirectives(method)}
	for _, who := range s.Served {
		v.Served = append(v.Served, strings.Split(strings.TrimSpace(who), "\n"))
	}
	for _, cl := range c.Counsel {
		if cl.Name == s.Signer {
			v.Signer = cl
			break
		}
	}
	return v
}

// PartiesOf returns one side's parties.
func (d *Data) PartiesOf(side cases.Side) []cases.Party {
	if side == cases.Defendants {
		return d.Case.Defendants
	}
	return d.Case.Plaintiffs
}

// CaptionParties names one side's parties as the caption does: in
// capitals, each with its description, joined "A; B; and C". When the
// case file asks for "et al.", only the first party is named.
func (d *Data) CaptionParties(side cases.Side) string {
	ps := d.PartiesOf(side)
	etAl := d.Case.Filing.Caption.EtAl && len(ps) > 1
	if etAl {
		ps = ps[:1]
	}
	var names []string
	described := false
	for _, p := range ps {
		n := strings.ToUpper(p.Name)
		if p.Description != "" {
			n, described = n+", "+p.Description, true
		}
		names = append(names, n)
	}
	s := joinList(names)
	if described && len(names) == 2 { // "A, a corporation; and B, an individual"
		s = names[0] + "; and " + names[1]
	}
	if etAl {
		s += ", et al."
	}
	return s
}

// Role is a side's role in the caption: "Plaintiffs," or "Plaintiff,".
func (d *Data) Role(side cases.Side) string {
	name := sideName(side)
	if len(d.PartiesOf(side)) == 1 {
		name = strings.TrimSuffix(name, "s")
	}
	return name
}

// Related lists the related or consolidated cases as the caption shows
// them under the case number: "Related Case No. 4:21-cv-03000-JST".
func (d *Data) Related() []string {
	var out []string
	for _, r := range d.Case.Filing.Caption.Related {
		label := r.Label
		if label == "" {
			label = "Related Case No."
		}
		out = append(out, label+" "+r.Number.WithInitials(r.Initials))
	}
	return out
}

// Intro is the statement's opening paragraph.
func (d *Data) Intro() string {
	f := d.Case.Filing
	if f.Intro != "" {
		return guardDirectives(f.Intro)
	}
	const order = "the Standing Order for All Judges of the Northern District of California — Contents of Joint Case Management Statement."
	if f.Type == cases.CMCStatement {
		who, verb := d.Role(f.FiledBy), "submits"
		if who == sideName(f.FiledBy) {
			verb = "submit"
		}
		return who + " " + verb + " this Case Management Statement pursuant to Civil Local Rule 16-9 and " + order
	}
	return "The parties jointly submit this Joint Case Management Statement pursuant to Civil Local Rule 16-9 and " + order
}

// Reason is why a one-sided statement is filed alone, or "" for a joint one.
func (d *Data) Reason() string {
	return guardDirectives(d.Case.Filing.Reason)
}

// textBlocks are the markup blocks case-file text may use: they shape the
// text itself and cannot reach the caption, the signatures or the
// document's metadata.
var textBlocks = map[string]bool{"list": true, "table": true, "pagebreak": true}

// guardDirectives escapes the lines of case-file text that would open or
// close a markup block, so that case-file text stays text — except the
// blocks of textBlocks and the lines that close them.
func guardDirectives(s string) string {
	lines := strings.Split(s, "\n")
	open := 0 // text blocks opened and not yet closed
	for i, l := range lines {
		rest, ok := strings.CutPrefix(strings.TrimLeft(l, " \t"), ":::")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		switch {
		case len(f) == 0 && open > 0:
			open--
		case len(f) > 0 && textBlocks[f[0]]:
			if f[0] != "pagebreak" {
				open++
			}
		default:
			rest := strings.TrimLeft(l, " \t")
			lines[i] = l[:len(l)-len(rest)] + "\\" + rest // the indent stays
		}
	}
	return strings.Join(lines, "\n")
}
