// Package cases owns the case-file schema: it decodes a YAML case file into a
// typed Case, strictly (unknown keys, wrong types and impossible values are
// errors), and validates it, reporting every problem as file:line:col.
package cases

import "pleadgen/court"

// Case is one decoded case file.
type Case struct {
	// File is the path the case file was read from; errors name it.
	File string `yaml:"-"`

	Court    string `yaml:"court"`    // the court's name (pleadgen courts lists them); the default court when left out
	Division string `yaml:"division"` // default from the case number's office code
	// County is the county of a state court's case ("Los Angeles").
	County string     `yaml:"county"`
	Number CaseNumber `yaml:"number" required:"true"`
	Judge  Judge      `yaml:"judge" required:"true"`
	// Paper is the firm's own paper, within what the court's rules allow:
	// a file (paper.yaml beside the case) or the changes themselves.
	Paper      *Paper  `yaml:"paper"`
	Referral   string  `yaml:"referral"` // a referral magistrate judge's initials
	Plaintiffs []Party `yaml:"plaintiffs" required:"true"`
	Defendants []Party `yaml:"defendants" required:"true"`
	// ThirdPartyDefendants are parties a defendant brought in by a
	// third-party complaint (Fed. R. Civ. P. 14); Intervenors joined the
	// action under Fed. R. Civ. P. 24.
	ThirdPartyDefendants []Party   `yaml:"third_party_defendants"`
	Intervenors          []Party   `yaml:"intervenors"`
	Counsel              []Counsel `yaml:"counsel"` // required unless every party represents itself
	Filing               Filing    `yaml:"filing" required:"true"`

	Pos Pos `yaml:"-"`
	// Positions holds where the value of each key the file sets is, by
	// its field path ("filing.title", "counsel[1].for").
	Positions map[string]Pos `yaml:"-"`
	// via says, for each file the filing includes, through which key of
	// which file it was read.
	via map[string]string
	// ftype is the filing's type, once known.
	ftype *FilingType
	// court and outline are the case's court and the outline of topics in
	// force, once known; paper is the firm's paper as the court allows it.
	court   *court.Court
	outline *court.Outline
	firm    court.FirmPaper
}

// FilingType is the filing's type: its title, signers and keys.
func (c *Case) FilingType() *FilingType {
	if c.ftype != nil {
		return c.ftype
	}
	return builtinType(c.Filing.Type)
}

// FileOf is the file that holds a position of the case: the filing's own
// or one it includes.
func (c *Case) FileOf(p Pos) string {
	if p.File != "" {
		return p.File
	}
	return c.File
}

// ViaOf says, for a position in a file the filing includes, through which
// key of which file it was read; "" in the filing's own.
func (c *Case) ViaOf(p Pos) string { return c.via[p.File] }

// ProblemAt is a problem at a position of the case, in the file that
// holds it.
func (c *Case) ProblemAt(p Pos, field, msg string) Problem {
	return Problem{File: c.FileOf(p), Pos: p, Field: field, Message: msg, Via: c.ViaOf(p)}
}

// At returns where the value of a field is in the case file, and whether
// the file sets it.
func (c *Case) At(field string) (Pos, bool) {
	p, ok := c.Positions[field]
	return p, ok
}

// Judge is the judge the case is assigned to.
type Judge struct {
	Name       string `yaml:"name" required:"true"` // "Donna M. Ryu"
	Initials   string `yaml:"initials"`             // "DMR"; required in a court whose case numbers carry them
	Department string `yaml:"department"`           // the judge's department, in a court that names one ("14")
	Magistrate bool   `yaml:"magistrate"`           // a magistrate judge presides
	Title      string `yaml:"title"`                // overrides the title derived from Magistrate

	Pos Pos `yaml:"-"`
	// court is the case's court, whose file gives the judges' titles.
	court *court.Court
}

// CourtTitle is the title the court's file gives its judges: a magistrate
// judge's or a judge's.
func (j Judge) CourtTitle() string {
	ct := j.court
	if ct == nil {
		ct = court.Builtin().Default()
	}
	if j.Magistrate && ct.Judge.MagistrateTitle != "" {
		return ct.Judge.MagistrateTitle
	}
	return ct.Judge.Title
}

// Party is one plaintiff, defendant, third-party defendant or intervenor.
type Party struct {
	// ID is a short key that counsel[].for and the topics' texts name the
	// party by: letters, digits, "-" and "_", starting with a letter.
	ID          string `yaml:"id"`
	Name        string `yaml:"name" required:"true"`
	Short       string `yaml:"short"`       // short name used in the text: "ICE"
	Description string `yaml:"description"` // "a Delaware corporation"
	// Also are the roles the party has besides its side's, in order:
	// "Defendant and Counter-Claimant".
	Also []Role `yaml:"also"`

	// ProSe marks a party that represents itself; it then gives its own
	// address, telephone and email, and signs for itself.
	ProSe bool `yaml:"pro_se"`
	// Appeared is false for a party that has not appeared in the action
	// (one in default, one not yet served): it needs no counsel and signs
	// nothing.
	Appeared *bool    `yaml:"appeared"`
	Address  []string `yaml:"address"`
	Phone    string   `yaml:"phone"`
	Email    string   `yaml:"email"`
	Files    bool     `yaml:"files"` // a pro se party that files the document

	// Side is the list the party is in; set when the case is decoded.
	Side Side `yaml:"-"`
	// Key names the party inside the program: its ID, or its place in
	// its list ("defendants[2]") when it has none.
	Key string `yaml:"-"`

	Pos Pos `yaml:"-"`
}

// HasAppeared reports whether the party has appeared (the default).
func (p Party) HasAppeared() bool { return p.Appeared == nil || *p.Appeared }

// Role is a role a party has besides its side's.
type Role string

// The roles a party may have besides its side's.
const (
	CounterClaimant     Role = "counter-claimant"
	CounterDefendant    Role = "counter-defendant"
	CrossClaimant       Role = "cross-claimant"
	CrossDefendant      Role = "cross-defendant"
	ThirdPartyPlaintiff Role = "third-party-plaintiff"
)

// Roles lists the roles a party may have besides its side's.
func Roles() []Role {
	return []Role{CounterClaimant, CounterDefendant, CrossClaimant, CrossDefendant, ThirdPartyPlaintiff}
}

// Supervisor is the head of a government office under whom counsel signs,
// such as the United States Attorney.
type Supervisor struct {
	Name  string `yaml:"name" required:"true"`
	Title string `yaml:"title" required:"true"`

	Pos Pos `yaml:"-"`
}

// Counsel is one attorney.
type Counsel struct {
	Name    string      `yaml:"name" required:"true"`
	Bar     string      `yaml:"bar"`   // state bar number
	Firm    string      `yaml:"firm"`  // firm or office
	Title   string      `yaml:"title"` // "Assistant United States Attorney"
	Under   *Supervisor `yaml:"under"`
	Address []string    `yaml:"address"`
	Phone   string      `yaml:"phone"`
	Fax     string      `yaml:"fax"`
	Email   string      `yaml:"email"`
	// For is whom the attorney represents: a side (every party of it), one
	// party's id, or a list of party ids.
	For   Represents `yaml:"for" required:"true"`
	Signs *bool      `yaml:"signs"` // default true
	Files bool       `yaml:"files"` // this attorney files the document

	// ProHacVice marks an attorney admitted for this case only, who has no
	// bar number of the court's state to give.
	ProHacVice bool `yaml:"pro_hac_vice"`
	// LocalCounsel marks the side's local counsel, listed first.
	LocalCounsel bool `yaml:"local_counsel"`
	// ProSe marks a party that represents itself, standing where its
	// counsel would: on page 1 and in the signatures (see Case.People).
	ProSe bool `yaml:"-"`

	Pos Pos `yaml:"-"`
}

// Signing reports whether the attorney signs the filing (the default).
func (c Counsel) Signing() bool { return c.Signs == nil || *c.Signs }

// Side names a list of parties, or who a position speaks for.
type Side string

// The sides of a case; Joint is a text all parties submit.
const (
	Joint                Side = "joint"
	Plaintiffs           Side = "plaintiffs"
	Defendants           Side = "defendants"
	ThirdPartyDefendants Side = "third_party_defendants"
	Intervenors          Side = "intervenors"
)

// Sides lists the sides a party may be on, in the caption's order.
func Sides() []Side { return []Side{Plaintiffs, Defendants, ThirdPartyDefendants, Intervenors} }

// Represents is whom an attorney represents: every party of a side, or the
// parties named by their ids. Parties holds the keys of the parties it
// comes to, once the case is decoded.
type Represents struct {
	Side    Side     // a whole side, or ""
	IDs     []string // party ids, when not a whole side
	Parties []string // the keys of the parties represented

	Pos Pos
}

// Topics are the statement's topics in the case file's order.
type Topics []Topic

// Topic is one topic of the statement: its key in the heading set, an
// optional heading of the case file's own, and its texts.
type Topic struct {
	Key     string
	Heading string
	// After places a topic of the filing's own, which the outline does not
	// have, after the outline's topic (or another of the filing's own) of
	// that key; "start" places it first.
	After     string
	Positions []Position

	Pos Pos
}

// Position is one text of a topic: joint, one side's statement, or the
// statement of one party or of a group of parties.
type Position struct {
	Key  string // the key the case file gives the text under
	Side Side   // Joint or a side; "" for a party's or a group's
	IDs  []string
	Text string // Markdown

	Pos    Pos // of the text
	KeyPos Pos // of its key
}

// Pos is a position in a case file, 1-based. File is the file that holds
// it when that is not the filing itself but a file it includes (a shared
// case file, a people directory, a side's positions); "" for the filing.
type Pos struct {
	Line, Col int
	File      string
}
