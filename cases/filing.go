package cases

import "strings"

// The filing types a case file may ask for.
const (
	JointCMCStatement = "joint-cmc-statement" // both sides' statement
	CMCStatement      = "cmc-statement"       // one side's statement
)

// Filing is the document the case file produces.
type Filing struct {
	Type  string `yaml:"type" required:"true"` // a filing type: see FilingType
	Title string `yaml:"title"`                // overrides the filing type's title
	// Date is the filing's date, which a draft may leave out.
	Date Date `yaml:"date"`
	// DateStyle is how the filing prints its dates: "long" (the default:
	// "August 17, 2006"), "short" ("Aug. 17, 2006", the month abbreviated
	// as legal citations do) or "numeric" ("08/17/2006"). Dates written in
	// the case file's own text and tables print as written.
	DateStyle DateStyle `yaml:"date_style"`
	// Draft marks a draft: "DRAFT" on every page, a date that may be left
	// out, and check's finding that it is not ready to file.
	Draft bool `yaml:"draft"`

	// FiledBy and Reason belong to a CMCStatement, which one side files
	// alone: the side, and why the statement is not joint (Markdown,
	// optional).
	FiledBy Side   `yaml:"filed_by"`
	Reason  string `yaml:"reason" text:"markdown"`

	// Due is a due date the court set by order, which replaces the one
	// the court's rules would give.
	Due *Due `yaml:"due"`

	// Conference and Topics are required of a case management statement.
	Conference Conference `yaml:"conference"`
	Intro      string     `yaml:"intro" text:"markdown"` // Markdown: the opening paragraph
	Topics     Topics     `yaml:"topics"`
	// Outline names the outline of topics the statement follows, when not
	// the one in force for its judge or its type (pleadgen courts lists
	// each court's outlines).
	Outline   string    `yaml:"outline"`
	Numbering Numbering `yaml:"numbering"` // of the topic headings
	// PositionLabel is the word of the run-in label before a side's or a
	// party's text: "Statement" (the default), "Position", "Proposal".
	PositionLabel string `yaml:"position_label"`

	// Complex declares an unusually complex case, which the court's outline
	// exempts from its ten-page limit on the statement.
	Complex bool `yaml:"complex"`

	Caption      Caption      `yaml:"caption"`
	CounselBlock CounselBlock `yaml:"counsel_block"` // whose counsel page 1 lists
	// SignatureDates puts a "Dated:" line in each signature block (true, or
	// "above"), or beside each block ("beside"); false or left out, the
	// date stands once above all blocks.
	SignatureDates SignatureDates `yaml:"signature_dates"`
	// SignatureStyle is "plain" (the default: "/s/ Name" over the name and
	// the firm) or "firm" (the firm's name over "By: /s/ Name").
	SignatureStyle SignatureStyle `yaml:"signature_style"`
	// SignatureSpacing is the spacing of the signature blocks: double or
	// single, on the half-line grid; left out, double when one or two sign
	// and single when more do.
	SignatureSpacing Spacing `yaml:"signature_spacing"`

	// FooterTitle is a shorter title for every page's footer; DocumentID
	// is a firm's document number printed in the footer.
	FooterTitle string `yaml:"footer_title"`
	DocumentID  string `yaml:"document_id"`

	// ProposedOrder is the short form of Order: an order with no choices
	// and no text of its own. A case file gives one or the other.
	ProposedOrder bool     `yaml:"proposed_order"`
	Order         *Order   `yaml:"order"`
	Service       *Service `yaml:"service"` // a certificate of service as the last page

	// Layout settings; left out, they come from the court profile.
	BodyOnNewPage bool    `yaml:"body_on_new_page"` // start the body on page 2
	Footnotes     Spacing `yaml:"footnotes"`
	Quotations    Spacing `yaml:"quotations"`
	Tables        Spacing `yaml:"tables"` // the lines of a table's cells
	Widows        *int    `yaml:"widows"` // lines kept together; 0 turns the control off

	// Fields are the values of the keys the filing's type adds, by key.
	Fields map[string]Field `yaml:"-"`

	Pos Pos `yaml:"-"`
}

// Field is the value of a key a filing type adds (see KeySpec).
type Field struct {
	Kind KeyKind
	Text string     // of text, markdown and party
	List []string   // of text-list and markdown-list
	Rows [][]string // of a table
	Date Date
	Bool bool
	Pos  Pos   // of the value
	Item []Pos // of each item of a list or row of a table
}

// ProposesOrder reports whether the filing ends with a proposed order, in
// the short form or the long one.
func (f Filing) ProposesOrder() bool { return f.ProposedOrder || f.Order != nil }

// Conference is the case management conference the statement is filed for.
type Conference struct {
	// Date and Time are required of a case management statement, whose
	// caption shows them; a shared case file may give only the time.
	Date      Date   `yaml:"date"`
	Time      string `yaml:"time"`      // "1:30 P.M."
	Place     string `yaml:"place"`     // the place, or a way to attend: "Oakland", "Videoconference"
	Courtroom string `yaml:"courtroom"` // "Courtroom 4, 3rd Floor"
	// Judge is who holds the conference, when not the assigned judge:
	// "Hon. Joseph C. Spero".
	Judge string `yaml:"judge"`

	Pos Pos `yaml:"-"`
}

// Caption holds what the caption shows besides the parties and the case
// number.
type Caption struct {
	// EtAl shows only the first party of each side, followed by "et al.".
	EtAl bool `yaml:"et_al"`
	// Related are related or consolidated cases, shown under the number.
	Related []RelatedCase `yaml:"related"`
	// ActionFiled is the date the action was filed, which a state court's
	// first page shows under the case number (Cal. Rules of Court, rule
	// 3.1110(b)).
	ActionFiled Date `yaml:"action_filed"`
	// TrialDate is the trial date, likewise shown when one is set.
	TrialDate Date `yaml:"trial_date"`
	// NoTrialDate shows "Trial Date: None Set" when none is.
	NoTrialDate bool `yaml:"no_trial_date"`

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
	// Heading is the order's heading: "[PROPOSED] ORDER" unless given.
	Heading string `yaml:"heading"`
	// Text is the order's own words (Markdown); when given, it replaces
	// the standard sentence that approves the statement.
	Text    string   `yaml:"text" text:"markdown"`
	Choices []string `yaml:"choices"` // each printed with a box to tick
	// Marker is how a choice's box is drawn: "[ ]" (the default), "( )",
	// or a square ("☐" or "□", drawn as □, which the fonts hold).
	Marker  string `yaml:"marker"`
	NewPage bool   `yaml:"new_page"` // the order starts on a page of its own

	Pos Pos `yaml:"-"`
}

// OrderMarkers are the boxes a proposed order's choices may be drawn with.
func OrderMarkers() []string { return []string{"[ ]", "( )", "☐", "□"} }

// Due is a due date set by the court.
type Due struct {
	Date Date   `yaml:"date" required:"true"`
	By   string `yaml:"by" required:"true"` // what set it: "Order, Dkt. No. 80"

	Pos Pos `yaml:"-"`
}

// Service is the certificate of service on the filing's last page.
type Service struct {
	Date Date `yaml:"date" required:"true"`
	// Method is how the filing was served: ecf (the default: the
	// certificate of electronic filing, with no list of who was served),
	// mail, email, hand or overnight, or words of the case file's own
	// (Markdown: "by fax to"), which need the served list.
	Method string   `yaml:"method" text:"markdown"`
	Served []string `yaml:"served" text:"lines"`    // names and addresses, one entry each
	Signer string   `yaml:"signer" required:"true"` // the name of a counsel in the case file

	Pos Pos `yaml:"-"`
}

// ServiceMethods are the methods of service with words of their own.
func ServiceMethods() []string { return []string{"ecf", "mail", "email", "hand", "overnight"} }

// ServesByECF reports whether the certificate is one of electronic filing.
func (s Service) ServesByECF() bool {
	m := strings.TrimSpace(s.Method)
	return m == "" || m == "ecf"
}

// Numbering is how topic headings are numbered.
type Numbering string

// The numberings of topic headings; the empty value means Arabic.
const (
	Arabic Numbering = "arabic" // "1.", "2." …
	Roman  Numbering = "roman"  // "I.", "II." …
)

// Spacing is the line spacing of footnotes, block quotations or table cells.
type Spacing string

// The spacings; the empty value keeps the court profile's.
const (
	Single Spacing = "single"
	Double Spacing = "double"
)

// DateStyle is how a filing prints its dates.
type DateStyle string

// The date styles; the empty value means LongDate.
const (
	LongDate    DateStyle = "long"    // "August 17, 2006"
	ShortDate   DateStyle = "short"   // "Aug. 17, 2006"
	NumericDate DateStyle = "numeric" // "08/17/2006"
)

// DateStyles are the date styles, the default first.
func DateStyles() []DateStyle { return []DateStyle{LongDate, ShortDate, NumericDate} }

// SignatureDates is where each signature block's "Dated:" line goes.
type SignatureDates string

// The places of the "Dated:" line; the empty value puts it once above all
// the signature blocks.
const (
	DatedOnce   SignatureDates = ""
	DatedAbove  SignatureDates = "above"  // in each block, above the signature
	DatedBeside SignatureDates = "beside" // beside each block, on its left
)

// SignatureStyle is how a signature block is set.
type SignatureStyle string

// The signature styles; the empty value means Plain.
const (
	PlainSignature SignatureStyle = "plain" // "/s/ Name", then the name and the firm
	FirmSignature  SignatureStyle = "firm"  // the firm's name, then "By: /s/ Name"
)

// CounselBlock says whose counsel the first page lists.
type CounselBlock string

// The counsel blocks; the empty value means FilerSide.
const (
	FilerSide CounselBlock = "filer" // the filer's side only
	BothSides CounselBlock = "both"  // plaintiffs' counsel, then defendants'
)
