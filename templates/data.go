package templates

import (
	"strconv"
	"strings"

	"pleadgen/cases"
	"pleadgen/render/markup"
)

// Data is what a driver template sees: the case and what follows from it.
type Data struct {
	Case   *cases.Case
	Title  string      // the document title, in capitals
	Topics []TopicView // the statement's topics in the outline's order
	// Filer is the attorney who files the document, or the pro se party
	// that does (ProSe set).
	Filer cases.Counsel
	// FirstPage is who the counsel block lists, in its order: the filer's
	// side, or every side when the case file asks.
	FirstPage []cases.Counsel
	// CounselBlock is FirstPage grouped by firm and by the parties
	// represented.
	CounselBlock []FirmGroup
	// Signers are those who sign, by side in the caption's order, each
	// side's local counsel first; only the filing side's in a one-sided
	// statement. A pro se party signs for itself.
	Signers []cases.Counsel
	// Signatures are the signature blocks, one per signer.
	Signatures []SignatureView
	// SingleSpacedSignatures sets the signature blocks on the half-line
	// grid: as the case file asks, or, when it does not say, when more than
	// two sign, so that the blocks fit a page with the text before them.
	SingleSpacedSignatures bool
	// Attests is whether the filer attests that the other signatories
	// concurred: someone besides the filer signs (the court file words it).
	Attests bool
	Order   *OrderView   // the proposed order, or nil
	Service *ServiceView // the certificate of service, or nil
	// Type is the filing's type; Fields the values of the keys it adds,
	// by key, safe to print: text a string, prose Markdown, a list of
	// either a slice, a table its rows of cells, a date a date, a party
	// the party's name.
	Type   *cases.FilingType
	Fields map[string]any
}

// TopicView is one topic as printed: its number, heading and texts.
type TopicView struct {
	Number  int
	Label   string // the number as the heading shows it: "1." or "I."
	Key     string
	Heading string // in plain words
	// HeadingMarkup is the heading as the topic's heading line prints it:
	// the case file's own heading as inline Markdown (<u>…</u>, *…*), the
	// outline's escaped.
	HeadingMarkup Markup
	Positions     []PositionView
}

// PositionView is one text of a topic as printed.
type PositionView struct {
	Joint bool
	// Label is the run-in label of a side's or a party's text, in plain
	// words: "Defendants Marsh and Marsh Freight's Statement:".
	Label string
	Text  Markdown
}

// OrderView is the proposed order's own words, safe to print.
type OrderView struct {
	Heading string   // "CASE MANAGEMENT ORDER"
	Text    Markdown // the case file's terms, or "" for the standard sentence
	Choices []string // each a line with a box to tick
	Marker  Markup   // the box: "\[&nbsp;&nbsp;\]"
	NewPage bool
}

// ServiceView is the certificate of service, safe to print.
type ServiceView struct {
	Date   cases.Date
	ECF    bool       // a certificate of electronic filing
	Method Markdown   // how it was served, when not by ECF
	Served [][]string // each entry served, as its lines
	Signer cases.Counsel
}

func newData(c *cases.Case) *Data {
	d := &Data{Case: c, Title: title(c)}
	for _, cl := range c.People() {
		if cl.Files {
			d.Filer = cl
		}
	}
	d.counsel()
	// A court whose rules word no attestation (its signers mark their
	// authority beside their signatures, say) has none printed.
	d.Attests = (attests(d.Signers) || d.declarantSigns()) && d.courtAttests()
	switch c.Filing.SignatureSpacing {
	case cases.Single:
		d.SingleSpacedSignatures = true
	case "":
		d.SingleSpacedSignatures = len(d.Signers) > 2
	}
	d.Type, d.Fields = c.FilingType(), fieldViews(c)
	d.Topics = topicViews(c, c.Filing.Topics, c.Filing.Numbering)
	d.Order = orderView(c.Filing)
	d.Service = serviceView(c)
	return d
}

// orderView prepares the proposed order, if the filing proposes one.
func orderView(f cases.Filing) *OrderView {
	if !f.ProposesOrder() {
		return nil
	}
	v := &OrderView{Heading: "CASE MANAGEMENT ORDER", Marker: orderMarker("")}
	if o := f.Order; o != nil {
		if h := strings.TrimSpace(o.Heading); h != "" {
			v.Heading = h
		}
		v.Text, v.Choices, v.NewPage = Markdown(o.Text), o.Choices, o.NewPage
		v.Marker = orderMarker(o.Marker)
	}
	return v
}

// orderMarker is the markup of a choice's box: "[ ]" (the default), "( )"
// or a drawn square.
func orderMarker(m string) Markup {
	switch m {
	case "( )":
		return "(&nbsp;&nbsp;)"
	case "☐", "□":
		return "□"
	}
	return "\\[&nbsp;&nbsp;\\]"
}

// title is the filing's title: the case file's own or the filing type's,
// with "& [PROPOSED] ORDER" when an order is proposed.
func title(c *cases.Case) string {
	t := c.Filing.Title
	if ft := c.FilingType(); t == "" && ft != nil {
		t = ft.TitleFor(c.Filing)
	}
	t = strings.ToUpper(t)
	if ft := c.FilingType(); ft != nil && ft.Order == "proposed" && c.Filing.ProposesOrder() && !strings.Contains(t, "ORDER") {
		t += " & [PROPOSED] ORDER"
	}
	return t
}

// topicViews orders the case file's topics as the outline in force lists
// them, each topic of the filing's own after the one it names, and numbers
// them.
func topicViews(c *cases.Case, topics cases.Topics, numbering cases.Numbering) []TopicView {
	defs, byKey := orderedTopics(c, topics)
	var out []TopicView
	standing := c.FilingType() != nil && c.FilingType().TopicNumbers == "standing-order"
	extra := 0 // topics of the filing's own follow the outline's numbers
	if o := c.Outline(); o != nil {
		extra = len(o.Topics)
	}
	for _, def := range defs {
		t, ok := byKey[def.Key]
		if !ok {
			continue
		}
		h := def.Heading
		hm, _ := mdEscape(h)
		if t.Heading != "" {
			h, hm = t.Heading, headingInline(t.Heading)
		}
		ps := make([]PositionView, len(t.Positions))
		for i, p := range t.Positions {
			ps[i] = positionView(c, p)
		}
		n := len(out) + 1
		if standing {
			if o := c.Outline(); t.After == "" && o != nil {
				n = o.Index(def.Key) + 1
			} else {
				extra++
				n = extra
			}
		}
		label := strconv.Itoa(n) + "."
		if numbering == cases.Roman {
			label = roman(n) + "."
		}
		out = append(out, TopicView{Number: n, Label: label, Key: def.Key, Heading: h, HeadingMarkup: hm, Positions: ps})
	}
	return out
}

// orderedTopics lists the outline's topics with the filing's own placed
// after the topics they name, and the filing's topics by key.
func orderedTopics(c *cases.Case, topics cases.Topics) ([]cases.TopicDef, map[string]cases.Topic) {
	byKey := map[string]cases.Topic{}
	after := map[string][]cases.Topic{}
	for _, t := range topics {
		byKey[t.Key] = t
		if t.After != "" {
			after[t.After] = append(after[t.After], t)
		}
	}
	var defs []cases.TopicDef
	var place func(key string)
	place = func(key string) {
		for _, t := range after[key] {
			defs = append(defs, cases.TopicDef{Key: t.Key, Heading: t.Heading})
			place(t.Key)
		}
	}
	place("start")
	if o := c.Outline(); o != nil {
		for _, def := range o.Topics {
			defs = append(defs, def)
			place(def.Key)
		}
	}
	return defs, byKey
}

// declarantSigns reports whether a declarant other than the filer signs,
// whose concurrence the filer attests.
func (d *Data) declarantSigns() bool {
	ft := d.Case.FilingType()
	if ft == nil || ft.Signers != "declarant" {
		return false
	}
	return d.Case.Filing.Fields["declarant"].Text != d.Filer.Name
}

// fieldViews makes the values of the keys the filing's type adds safe to
// print, by kind; a key the case file leaves out has its kind's zero
// value, so that "{{ with .Fields.key }}" tells.
func fieldViews(c *cases.Case) map[string]any {
	out := map[string]any{}
	ft := c.FilingType()
	if ft == nil {
		return out
	}
	for _, k := range ft.Keys {
		f, given := c.Filing.Fields[k.Name]
		if !given {
			f = cases.Field{Kind: k.Kind}
		}
		name := k.Name
		switch f.Kind {
		case cases.KindMarkdown:
			out[name] = Markdown(f.Text)
		case cases.KindMarkdownList:
			ms := make([]Markdown, len(f.List))
			for i, t := range f.List {
				ms[i] = Markdown(t)
			}
			out[name] = ms
		case cases.KindTextList:
			out[name] = f.List
		case cases.KindTable:
			out[name] = f.Rows
		case cases.KindDate:
			out[name] = f.Date
		case cases.KindBool:
			out[name] = f.Bool
		case cases.KindParty:
			out[name] = ""
			if p := c.Party(f.Text); p != nil {
				out[name] = p.Name
			}
		default:
			out[name] = f.Text
		}
	}
	return out
}

// positionView prepares one text of a topic with its run-in label.
func positionView(c *cases.Case, p cases.Position) PositionView {
	v := PositionView{Joint: p.Side == cases.Joint, Text: Markdown(p.Text)}
	if !v.Joint {
		word := strings.TrimSpace(c.Filing.PositionLabel)
		if word == "" {
			word = "Statement"
		}
		v.Label = possessive(speakerLabel(c, p)) + " " + word + ":"
	}
	return v
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
	if words, ok := serviceWords[method]; ok {
		method = words
	}
	if method == "email" {
		method = "by electronic mail, addressed as follows"
		if ct := c.CourtDef(); ct != nil && ct.Service.EmailRule != "" {
			method = "by electronic mail, by consent of the parties under " + ct.Service.EmailRule + ", addressed as follows"
		}
	}
	v := &ServiceView{Date: s.Date, ECF: s.ServesByECF(), Method: Markdown(method)}
	for _, who := range s.Served {
		v.Served = append(v.Served, strings.Split(strings.TrimSpace(who), "\n"))
	}
	for _, cl := range c.People() {
		if cl.Name == s.Signer {
			v.Signer = cl
			break
		}
	}
	return v
}

// serviceWords are the words of the methods of service that have a name.
var serviceWords = map[string]string{
	"mail":      "by placing a true copy in a sealed envelope, with postage fully prepaid, in the United States mail, addressed as follows",
	"hand":      "by personal delivery, addressed as follows",
	"overnight": "by overnight delivery, addressed as follows",
}

// PartiesOf returns one side's parties.
func (d *Data) PartiesOf(side cases.Side) []cases.Party {
	return d.Case.PartiesOf(side)
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

// Role is a side's role: "Plaintiffs" or "Plaintiff".
func (d *Data) Role(side cases.Side) string {
	if r, ok := sideRoles[side]; ok {
		return r[boolInt(len(d.PartiesOf(side)) != 1)]
	}
	return sideName(side)
}

// Paper is the filing's name in a sentence: the case file's title, or its
// type's, as written ("Joint Supplemental Case Management Statement").
func (d *Data) Paper() string {
	f := d.Case.Filing
	if t := strings.TrimSpace(f.Title); t != "" {
		return t
	}
	if ft := d.Case.FilingType(); ft != nil {
		return ft.TitleFor(f)
	}
	return ""
}

// Represented reports whether every party that has appeared acts through
// counsel: a paper all sides sign says "through their counsel of record"
// only then.
func (d *Data) Represented() bool {
	for _, p := range d.Case.AllParties() {
		if p.HasAppeared() && p.ProSe {
			return false
		}
	}
	return true
}

// Columns are the column headings of a table key of the filing's type.
func (d *Data) Columns(key string) []string {
	if d.Type == nil {
		return nil
	}
	k, _ := d.Type.Key(key)
	return k.Columns
}

// SidesNamed names every side's parties with their role, as a paper all
// sides sign opens: "Plaintiff Redwood Analytics, Inc. and Defendants
// Cobalt Systems LLC and Daniel Park".
func (d *Data) SidesNamed() string {
	var sides []string
	for _, side := range cases.Sides() {
		var names []string
		for _, p := range d.PartiesOf(side) {
			if p.HasAppeared() {
				names = append(names, p.Name)
			}
		}
		if len(names) == 0 {
			continue
		}
		role := sideRoles[side][boolInt(len(names) != 1)]
		sides = append(sides, role+" "+joinList(names))
	}
	if len(sides) == 2 {
		return sides[0] + " and " + sides[1]
	}
	return joinList(sides)
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
func (d *Data) Intro() Markdown {
	f := d.Case.Filing
	if f.Intro != "" {
		return Markdown(f.Intro)
	}
	if ft := d.Case.FilingType(); ft == nil || !ft.Statement {
		return "" // a paper of another type opens as its template says
	}
	order := "the court's rules."
	if o := d.Case.Outline(); o != nil && o.SubmittedUnder != "" {
		order = escapeLine(o.SubmittedUnder) + "."
	}
	paper := escapeLine(f.Title)
	if f.Type == cases.CMCStatement {
		if paper == "" {
			paper = "Case Management Statement"
		}
		who, verb := d.Role(f.FiledBy), "submits"
		if d.Role(f.FiledBy) != sideRoles[f.FiledBy][0] {
			verb = "submit"
		}
		return Markdown(who + " " + verb + " this " + paper + " pursuant to " + order)
	}
	if paper == "" {
		paper = escapeLine(d.Paper())
	}
	return Markdown("The parties jointly submit this " + paper + " pursuant to " + order)
}

// Reason is why a one-sided statement is filed alone, or "" for a joint one.
func (d *Data) Reason() Markdown {
	return Markdown(d.Case.Filing.Reason)
}

// guardDirectives escapes the lines of case-file text that would open or
// close a markup block, so that case-file text stays text — except the
// blocks text may use (markup.TextBlock) and the lines that close them.
// The parse holds the text to the same rule (markup.ParseCase), so that
// what this misses is an error rather than structure.
func guardDirectives(s string) string {
	lines := strings.Split(s, "\n")
	open := 0 // text blocks opened and not yet closed
	for i, l := range lines {
		prefix, quoted := containerPrefix(l)
		rest, ok := strings.CutPrefix(l[len(prefix):], ":::")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		switch {
		case quoted: // a quotation holds paragraphs only: its ::: is text
		case len(f) == 0 && open > 0:
			open--
			continue
		case len(f) > 0 && markup.TextBlock(f[0]):
			if f[0] != "pagebreak" {
				open++
			}
			continue
		}
		lines[i] = prefix + "\\" + l[len(prefix):] // the indent and markers stay
	}
	return strings.Join(lines, "\n")
}

// containerPrefix returns what starts a line before its text: indentation,
// quotation marks (">"), list markers ("-", "*", "+", "1.", "1)") and the
// "[^label]:" of a footnote's definition, and whether a quotation mark is
// among them.
func containerPrefix(l string) (string, bool) {
	i, quoted := 0, false
	for i < len(l) {
		switch c := l[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			i, quoted = i+1, true
		case (c == '-' || c == '*' || c == '+') && i+1 < len(l) && (l[i+1] == ' ' || l[i+1] == '\t'):
			i++
		case c == '[':
			n := markup.NoteDefinitionPrefix(l[i:])
			if n == 0 {
				return l[:i], quoted
			}
			i += n
		default:
			j := i
			for j < len(l) && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j > i && j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				i = j + 1
				continue
			}
			return l[:i], quoted
		}
	}
	return l[:i], quoted
}

// CaptionSide is one side's part of the caption's left column: its
// parties' names and its role, with the punctuation that ends it.
type CaptionSide struct {
	Names string // "ELENA MARSH; MARSH FREIGHT, LLC; and ACME", with "et al." when asked
	Role  string // "Defendants."
	// Indent is the role's indent in the column, as markup: two inches for
	// a short role, one inch for a long one, so that it keeps to one or
	// two lines.
	Indent Markup
}

// CaptionSides are the sides the caption names, in order: plaintiffs,
// defendants and intervenors; third-party defendants are named by the line
// "AND RELATED THIRD-PARTY ACTION" (see RelatedActions).
func (d *Data) CaptionSides() []CaptionSide {
	var out []CaptionSide
	for _, side := range []cases.Side{cases.Plaintiffs, cases.Defendants, cases.Intervenors} {
		if len(d.PartiesOf(side)) == 0 {
			continue
		}
		role := d.captionRole(side)
		indent := Markup(">>>>")
		if len(role) > 16 {
			indent = ">>"
		}
		out = append(out, CaptionSide{Names: d.CaptionParties(side), Role: role + ",", Indent: indent})
	}
	if k := len(out) - 1; k >= 0 {
		out[k].Role = strings.TrimSuffix(out[k].Role, ",") + "."
	}
	return out
}

// captionRole is the role under a side's names: the side's, or the one
// all its parties share ("Defendants and Counter-Claimants").
func (d *Data) captionRole(side cases.Side) string {
	var ps []*cases.Party
	for _, p := range d.Case.AllParties() {
		if p.Side == side {
			ps = append(ps, p)
		}
	}
	if runs := roleRuns(ps); len(runs) == 1 {
		return roleLabel(ps[0], len(ps) > 1)
	}
	return d.Role(side)
}

// RelatedActions are the lines under the caption's parties that name the
// actions joined to the case: "AND RELATED COUNTERCLAIMS", "AND RELATED
// CROSS-ACTIONS", "AND RELATED THIRD-PARTY ACTION".
func (d *Data) RelatedActions() []string {
	has := map[cases.Role]bool{}
	for _, p := range d.Case.AllParties() {
		for _, r := range p.Also {
			has[r] = true
		}
	}
	var out []string
	if has[cases.CounterClaimant] || has[cases.CounterDefendant] {
		out = append(out, "AND RELATED COUNTERCLAIMS")
	}
	if has[cases.CrossClaimant] || has[cases.CrossDefendant] {
		out = append(out, "AND RELATED CROSS-ACTIONS")
	}
	if has[cases.ThirdPartyPlaintiff] || len(d.Case.ThirdPartyDefendants) > 0 {
		out = append(out, "AND RELATED THIRD-PARTY ACTION")
	}
	return out
}

// Hearing is the conference's lines in the caption, only those the case
// file gives besides the date and time: "Date: July 21, 2021", "Time: 1:30
// P.M.", "Place: Oakland", "Courtroom: 4", "Judge: Hon. Donna M. Ryu"; its
// dates in the filing's date style.
func (d *Data) Hearing() []string {
	cf := d.Case.Filing.Conference
	var out []string
	if d.ForConference() {
		out = []string{"Date: " + styledDate(d.Case, cf.Date), "Time: " + cf.Time}
	} else {
		cf = cases.Conference{Judge: cf.Judge} // a paper not for the conference names only the judge
	}
	if cf.Place != "" {
		out = append(out, "Place: "+cf.Place)
	}
	if cf.Courtroom != "" {
		out = append(out, "Courtroom: "+cf.Courtroom)
	}
	judge := cf.Judge
	if judge == "" {
		judge = hon(d.Case.Judge)
	}
	if judge != "" {
		out = append(out, "Judge: "+judge)
	}
	if dept := d.Case.Judge.Department; dept != "" {
		out = append(out, "Dept.: "+dept)
	}
	if cp := d.Case.Filing.Caption; !cp.ActionFiled.IsZero() {
		out = append(out, "Action Filed: "+styledDate(d.Case, cp.ActionFiled))
	}
	if cp := d.Case.Filing.Caption; !cp.TrialDate.IsZero() {
		out = append(out, "Trial Date: "+styledDate(d.Case, cp.TrialDate))
	} else if cp.NoTrialDate {
		out = append(out, "Trial Date: None Set")
	}
	return out
}

// ServiceSystem is the court's electronic filing system, which serves
// counsel of record, as the court's file names it.
func (d *Data) ServiceSystem() string {
	if ct := d.Case.CourtDef(); ct != nil {
		return ct.Service.System
	}
	return ""
}

// Oath is the words a declarant declares under penalty of perjury, as the
// court's file gives them.
func (d *Data) Oath() string {
	if ct := d.Case.CourtDef(); ct != nil {
		return ct.Oath
	}
	return ""
}

// ConferenceName is the conference the filing is for, as its type names
// it.
func (d *Data) ConferenceName() string {
	if ft := d.Case.FilingType(); ft != nil && ft.Conference != "" {
		return ft.Conference
	}
	return "Case Management Conference"
}

// SubmittedUnder is what the statement is submitted pursuant to, from the
// outline in force.
func (d *Data) SubmittedUnder() string {
	if o := d.Case.Outline(); o != nil && o.SubmittedUnder != "" {
		return escapeLine(o.SubmittedUnder)
	}
	return "the court's rules"
}

// OutlineTitle names the outline in force, as the court file titles it.
func (d *Data) OutlineTitle() string {
	if o := d.Case.Outline(); o != nil {
		return escapeLine(o.Title)
	}
	return "the court's outline"
}

// CourtTitle are the lines of the court's title for the case, from the
// court's file, with the case's division or county.
func (d *Data) CourtTitle() []string {
	ct := d.Case.CourtDef()
	if ct == nil {
		return nil
	}
	return ct.TitleLines(d.Case.Division, d.Case.County)
}

// ForConference reports whether the filing is for the conference, whose
// date, time and place the caption shows: a statement is, and a paper that
// gives the conference's date.
func (d *Data) ForConference() bool {
	ft := d.Case.FilingType()
	return ft == nil || ft.Statement || !d.Case.Filing.Conference.Date.IsZero()
}

// attests reports whether someone besides the filer signs, the filer
// among the signers.
func attests(signers []cases.Counsel) bool {
	filer, others := false, false
	for _, s := range signers {
		if s.Files {
			filer = true
		} else {
			others = true
		}
	}
	return filer && others
}

// courtAttests reports whether the court's paper words an attestation of
// signatures.
func (d *Data) courtAttests() bool {
	ct := d.Case.CourtDef()
	return ct == nil || ct.Paper.Attestation.Text != ""
}

// headingInline makes a case file's heading the text of a heading line:
// one line whose inline styles stand (*italic*, **bold**, <u>…</u>,
// <sup>…</sup>) but which links nothing and refers to no footnote — a "["
// is a bracket — and opens no block.
func headingInline(s string) Markup {
	s = oneLine(s)
	s = strings.ReplaceAll(s, "[", "\\[")
	return Markup(guardDirectives(keepClosingHashes(s)))
}

// keepClosingHashes escapes a run of "#" that ends a heading's text after
// a blank ("Rule 23 #"), which Markdown would read as the optional end of
// the heading's line and drop.
func keepClosingHashes(s string) string {
	t := strings.TrimRight(s, " \t")
	i := len(strings.TrimRight(t, "#"))
	if i == len(t) || i > 0 && t[i-1] != ' ' && t[i-1] != '\t' {
		return s
	}
	return t[:i] + "\\" + s[i:]
}
