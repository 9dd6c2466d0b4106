package markup

// Doc is a parsed document: its metadata, its blocks in order and its
// footnotes, numbered from 1 in the order they are first referenced.
type Doc struct {
	Meta   Meta
	Blocks []Block
	Notes  []Note

	// Warnings are what Parse accepted but a caller should report, each at
	// its markup line and column: today, a footnote defined but never
	// referred to ("footnote [^x] is defined but never referred to; it is
	// left out"), whose text is not in the document.
	Warnings []*Error
}

// Note is a footnote's text.
type Note struct {
	Paras [][]Run
}

// Meta is what the document says about itself (the ::: document block).
type Meta struct {
	Profile string // the court whose paper the document is on; the default court's when not given
	// Paper is a firm's own paper, as the court allows it: the changes it
	// makes to the court's (court.FirmPaper's spec).
	Paper  string
	Title  string // document title for the metadata and bookmarks root
	Footer string // title shown in every page's footer (Title when empty)
	Case   string // case number shown in the footer and as the subject
	Author string // the filer
	Date   string // ISO date the document is dated; fixes the PDF's dates
	Digest string // identifies the inputs the document was made from

	// DocumentID is a firm's document-management number, printed at the
	// left of every page's footer under the title.
	DocumentID string

	// Settings that override the court profile; empty or nil keep it.
	Footnotes string // "single" or "double" spaced footnotes
	Quotes    string // "single" or "double" spaced block quotations
	Tables    string // "single" or "double" spaced lines in table cells
	Widows    *int   // lines kept together at a paragraph's ends; 0 turns control off

	// Draft marks every page "DRAFT", above the first numbered line, where
	// it moves no line.
	Draft bool
}

// Block is one of the block types below; the set is closed.
type Block interface {
	block()
	// StartLine is the markup line the block starts on.
	StartLine() int
}

// Paragraph is body text: justified, first line indented, double spaced.
type Paragraph struct {
	Runs []Run
	Line int // source line
	// Keep keeps the paragraph on the page of the block that follows it:
	// a run-in label standing alone before a list, table or heading.
	Keep bool
	// Form is how a ::: paragraphs block sets it; the zero value is the
	// paper's paragraph.
	Form ParaForm
}

// ParaForm is the form a ::: paragraphs block gives its paragraphs.
type ParaForm struct {
	// Indent is the first line's indent in points, when Indented; else
	// the paper's paragraph indent.
	Indent   float64
	Indented bool
	// Hang indents the lines after the first, in points: a hanging indent.
	Hang float64
	// Center centres each line, none justified.
	Center bool
}

// Heading is a body heading, bold, kept with the next line. Level 1 headings
// are topics; deeper levels are sub-headings.
type Heading struct {
	Level int
	Runs  []Run
	Line  int
	// Form is how a ::: heading block sets it; the zero value is bold at
	// the margin.
	Form HeadingForm
}

// HeadingForm is the form a ::: heading block gives its headings.
type HeadingForm struct {
	Plain     bool    // not bold: the runs' own styles only
	Underline bool    // underlined
	Indent    float64 // points from the margin
	Center    bool
	// Tab is the distance between the heading's tab stops, in points; 0
	// for the paper's half inch: "I.<tab>JURISDICTION" with a stop at 1in.
	Tab float64
}

// LineBlock is a block of lines laid out as written, one source line to
// one output line (wrapped when too long for its column).
type LineBlock struct {
	Kind  LineKind
	Lines []Line
	// Beside are the lines of a signature block set in the left half of
	// the measure, beside Lines, row by row ("Dated: …" beside the
	// signature); nil for none.
	Beside  []Line
	Spacing Spacing
	Align   Align
	Column  Column
	Keep    bool        // never split across pages, and kept with what follows
	Filer   bool        // a signature block of the person who files the document
	Part    CounselPart // the part a counsel block plays on the first page
	Line    int
}

// CounselPart is the part a counsel block plays in the run of counsel
// blocks at the start of a document.
type CounselPart uint8

// The parts of the first page's counsel block.
const (
	CounselFiler  CounselPart = iota // ::: counsel, always on the first page
	CounselMore                      // ::: counsel more, left off the first page when it is full
	CounselNotice                    // ::: counsel notice, drawn only when a "more" block was left off
)

// Caption is the two-column caption box: the parties on the left, the case
// number, title and hearing on the right.
type Caption struct {
	Left, Right []Line
	Line        int
}

// PageBreak starts a new page.
type PageBreak struct{ Line int }

// FooterTitle changes the footer's title from the page on which the next
// block starts.
type FooterTitle struct {
	Title string
	Line  int
}

// Quote is a block quotation: its paragraphs, indented on both sides.
type Quote struct {
	Paras [][]Run
	Line  int
}

// List is a bulleted or numbered list. Style is the marker pattern of its
// items: "•" for bullets, or a number pattern: "1.", "(1)", "a.", "(a)",
// "A.", "i.", "(i)", "I.".
type List struct {
	Style string
	Start int
	Items []Item
	Line  int
	// Flush sets the markers at the list's left edge and wraps the items'
	// lines back to it, as witness lists are set.
	Flush bool
}

// Item is one list item: paragraphs and nested lists.
type Item struct {
	Blocks []Block
}

// Table is a table: a header row repeated on every page the table crosses,
// then its rows. Widths are the columns' relative widths, or nil to derive
// them from the content.
type Table struct {
	Header []Cell // nil in a table without a header row
	Rows   [][]Cell
	Align  []Align
	Widths []float64
	Line   int
	// Borderless draws no rules: a service list, a row of signatures.
	Borderless bool
	// Keep holds, for each of Rows, whether it stays on the page of the
	// row after it; nil for none.
	Keep []bool
}

// Cell is a table cell's text.
type Cell []Run

func (*Paragraph) block()   {}
func (*Heading) block()     {}
func (*LineBlock) block()   {}
func (*Caption) block()     {}
func (*PageBreak) block()   {}
func (*FooterTitle) block() {}
func (*Quote) block()       {}
func (*List) block()        {}
func (*Table) block()       {}

func (b *Paragraph) StartLine() int   { return b.Line }
func (b *Heading) StartLine() int     { return b.Line }
func (b *LineBlock) StartLine() int   { return b.Line }
func (b *Caption) StartLine() int     { return b.Line }
func (b *PageBreak) StartLine() int   { return b.Line }
func (b *FooterTitle) StartLine() int { return b.Line }
func (b *Quote) StartLine() int       { return b.Line }
func (b *List) StartLine() int        { return b.Line }
func (b *Table) StartLine() int       { return b.Line }

// LineKind says what a line block is for.
type LineKind uint8

// The kinds of line blocks.
const (
	Plain       LineKind = iota // ::: lines
	Counsel                     // ::: counsel, from line 1 of the first page
	Court                       // ::: court, the court's title
	Signature                   // ::: signature
	Attestation                 // ::: attestation, the filer's attestation of the other signatures
)

// Spacing is the distance between the lines of a block.
type Spacing uint8

// Double spacing puts each line on its own numbered slot; single spacing puts
// lines on the half-slot grid.
const (
	Double Spacing = iota
	Single
)

// Align is the horizontal alignment of a line.
type Align uint8

// Alignments.
const (
	Left Align = iota
	Center
	Right
)

// Column is the horizontal band a line block occupies.
type Column uint8

// Columns: the full text measure, or the right half where signatures go.
const (
	Full Column = iota
	RightHalf
)

// Line is one line of a line block.
type Line struct {
	Runs   []Run
	Indent int // indentation steps of half an inch
	Line   int // source line
}

// Run is text in one style. A footnote reference is a Super run whose
// Note is the footnote's number.
type Run struct {
	Text  string
	Style Style
	Note  int
}

// Style is a set of text attributes.
type Style uint8

// Style bits.
const (
	Bold Style = 1 << iota
	Italic
	Underline
	Super // a footnote reference mark, raised and smaller
)

// Has reports whether s includes every bit of t.
func (s Style) Has(t Style) bool { return s&t == t }
