package cases

// The filing types a case file may ask for.
const (
	JointCMCStatement = "joint-cmc-statement" // both sides' statement
	CMCStatement      = "cmc-statement"       // one side's statement
)

// Filing is the document the case file produces.
type Filing struct {
	Type  string `yaml:"type" required:"true"` // JointCMCStatement or CMCStatement
	Title string `yaml:"title"`                // overrides the filing type's title
	Date  Date   `yaml:"date" required:"true"`

	// FiledBy and Reason belong to a CMCStatement, which one side files
	// alone: the side, and why the statement is not joint (Markdown).
	FiledBy Side   `yaml:"filed_by"`
	Reason  string `yaml:"reason"`

	Conference Conference `yaml:"conference" required:"true"`
	Intro      string     `yaml:"intro"` // Markdown: the opening paragraph
	Topics     Topics     `yaml:"topics" required:"true"`
	Numbering  Numbering  `yaml:"numbering"` // of the topic headings

	// Complex declares an unusually complex case, which the Standing Order
	// exempts from its ten-page limit on the statement.
	Complex bool `yaml:"complex"`

	Caption        Caption      `yaml:"caption"`
	CounselBlock   CounselBlock `yaml:"counsel_block"`   // whose counsel page 1 lists
	SignatureDates bool         `yaml:"signature_dates"` // a "Dated:" line in each signature

	// ProposedOrder is the short form of Order: an order with no choices
	// and no text of its own. A case file gives one or the other.
	ProposedOrder bool     `yaml:"proposed_order"`
	Order         *Order   `yaml:"order"`
	Service       *Service `yaml:"service"` // a certificate of service as the last page

	// Layout settings; left out, they come from the court profile.
	BodyOnNewPage bool    `yaml:"body_on_new_page"` // start the body on page 2
	Footnotes     Spacing `yaml:"footnotes"`
	Quotations    Spacing `yaml:"quotations"`
	Widows        *int    `yaml:"widows"` // lines kept together; 0 turns the control off

	Pos Pos `yaml:"-"`
}

// ProposesOrder reports whether the filing ends with a proposed order, in
// the short form or the long one.
func (f Filing) ProposesOrder() bool { return f.ProposedOrder || f.Order != nil }

// Conference is the case management conference the statement is filed for.
type Conference struct {
	Date  Date   `yaml:"date" required:"true"`
	Time  string `yaml:"time" required:"true"` // "1:30 P.M."
	Place string `yaml:"place"`                // courtroom or place

	Pos Pos `yaml:"-"`
}

// Caption holds what the caption shows besides the parties and the case
// number.
type Caption struct {
	// EtAl shows only the first party of each side, followed by "et al.".
	EtAl bool `yaml:"et_al"`
	// Related are related or consolidated cases, shown under the number.
	Related []RelatedCase `yaml:"related"`

	Pos Pos `yaml:"-"`
}

// RelatedCase is a related or consolidated case shown in the caption.
type RelatedCase struct {
	Number   CaseNumber `yaml:"number" required:"true"`
	Initials string     `yaml:"initials"` // its judge's initials
	Label    string     `yaml:"label"`    // default "Related Case No."

	Pos Pos `yaml:"-"`
}

// Order is the proposed order that closes the filing, for the judge to
// sign.
type Order struct {
	Choices []string `yaml:"choices"` // each printed as a box to tick
	Text    string   `yaml:"text"`    // Markdown: further terms of the order

	Pos Pos `yaml:"-"`
}

// Service is the certificate of service on the filing's last page.
type Service struct {
	Date   Date     `yaml:"date" required:"true"`
	Method string   `yaml:"method" required:"true"` // Markdown: "via the Court's CM/ECF system"
	Served []string `yaml:"served" required:"true"` // names and addresses, one entry each
	Signer string   `yaml:"signer" required:"true"` // the name of a counsel in the case file

	Pos Pos `yaml:"-"`
}

// Numbering is how topic headings are numbered.
type Numbering string

// The numberings of topic headings; the empty value means Arabic.
const (
	Arabic Numbering = "arabic" // "1.", "2." …
	Roman  Numbering = "roman"  // "I.", "II." …
)

// Spacing is the line spacing of footnotes or block quotations.
type Spacing string

// The spacings; the empty value keeps the court profile's.
const (
	Single Spacing = "single"
	Double Spacing = "double"
)

// CounselBlock says whose counsel the first page lists.
type CounselBlock string

// The counsel blocks; the empty value means FilerSide.
const (
	FilerSide CounselBlock = "filer" // the filer's side only
	BothSides CounselBlock = "both"  // plaintiffs' counsel, then defendants'
)
