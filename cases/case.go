// Package cases owns the case-file schema: it decodes a YAML case file into a
// typed Case, strictly (unknown keys, wrong types and impossible values are
// errors), and validates it, reporting every problem as file:line:col.
package cases

// Case is one decoded case file.
type Case struct {
	// File is the path the case file was read from; errors name it.
	File string `yaml:"-"`

	Court      string     `yaml:"court"`    // court profile, default "cand"
	Division   string     `yaml:"division"` // default from the case number's office code
	Number     CaseNumber `yaml:"number" required:"true"`
	Judge      Judge      `yaml:"judge" required:"true"`
	Referral   string     `yaml:"referral"` // a referral magistrate judge's initials
	Plaintiffs []Party    `yaml:"plaintiffs" required:"true"`
	Defendants []Party    `yaml:"defendants" required:"true"`
	Counsel    []Counsel  `yaml:"counsel" required:"true"`
	Filing     Filing     `yaml:"filing" required:"true"`

	Pos Pos `yaml:"-"`
}

// Judge is the judge the case is assigned to.
type Judge struct {
	Name       string `yaml:"name" required:"true"`     // "Donna M. Ryu"
	Initials   string `yaml:"initials" required:"true"` // "DMR"
	Magistrate bool   `yaml:"magistrate"`               // a magistrate judge presides
	Title      string `yaml:"title"`                    // overrides the title derived from Magistrate

	Pos Pos `yaml:"-"`
}

// Party is one plaintiff or defendant.
type Party struct {
	Name        string `yaml:"name" required:"true"`
	Short       string `yaml:"short"`       // short name used in the text: "ICE"
	Description string `yaml:"description"` // "a Delaware corporation"

	Pos Pos `yaml:"-"`
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
	Email   string      `yaml:"email"`
	For     Side        `yaml:"for" required:"true"` // plaintiffs or defendants
	Signs   *bool       `yaml:"signs"`               // default true
	Files   bool        `yaml:"files"`               // this attorney files the document

	// ProHacVice marks an attorney admitted for this case only (Civil L.R.
	// 11-3), who has no California bar number to give.
	ProHacVice bool `yaml:"pro_hac_vice"`
	// LocalCounsel marks the side's local counsel, listed first.
	LocalCounsel bool `yaml:"local_counsel"`

	Pos Pos `yaml:"-"`
}

// Signing reports whether the attorney signs the filing (the default).
func (c Counsel) Signing() bool { return c.Signs == nil || *c.Signs }

// Side names who a position or an attorney speaks for.
type Side string

// The sides of a case; Joint is a text both sides submit.
const (
	Joint      Side = "joint"
	Plaintiffs Side = "plaintiffs"
	Defendants Side = "defendants"
)

// Topics are the statement's topics in the case file's order.
type Topics []Topic

// Topic is one topic of the statement: its key in the heading set, an
// optional heading of the case file's own, and its texts.
type Topic struct {
	Key       string
	Heading   string
	Positions []Position

	Pos Pos
}

// Position is one text of a topic: joint, or one side's statement.
type Position struct {
	Side Side
	Text string // Markdown

	Pos Pos
}

// Pos is a position in a case file, 1-based.
type Pos struct {
	Line, Col int
}
