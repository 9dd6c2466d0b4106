// Package layout owns the geometry of pleading paper: court profiles, the
// numbered line grid, line breaking, page breaking, the first page's
// counsel block, court title and caption, signatures, the attestation and
// every page's numbers, rules and footer. It measures text through the
// Measurer interface and never draws: its result is a Document of pages of
// positioned text and rules that a backend inks.
package layout

import (
	"fmt"

	"pleadgen/render/markup"
)

// Error is a block that cannot be laid out, at its markup line (0 when no
// line is to blame, as for the document block's footer title). Block
// names the kind of block when a caller may want to say more about it:
// "caption" (a caption too tall), "counsel" (the first page cannot hold
// the counsel block, court title and caption), "footer" (a footer title
// or document ID too long for the footer), "table".
type Error struct {
	Line  int
	Block string
	Msg   string
}

func (e *Error) Error() string {
	if e.Line <= 0 {
		return e.Msg
	}
	return fmt.Sprintf("markup line %d: %s", e.Line, e.Msg)
}

// Measurer gives the advance width of text in points.
type Measurer interface {
	Width(s string, st markup.Style, size float64) float64
}

// Document is a laid-out document.
type Document struct {
	Meta    markup.Meta
	Profile *Profile
	Pages   []Page

	// MovedCounsel is how many "more" counsel blocks were left off the
	// first page to make room for the court's title and the caption.
	MovedCounsel int
	// FooterWrapped reports that a footer title was too long for the room
	// beside the case number and wrapped to a second line.
	FooterWrapped bool
	// Warnings are what the layout drew but a writer should hear of, each
	// at its markup line: a table column too narrow for a word.
	Warnings []*markup.Error
}

// Page is one page's content, all coordinates in points from the top left.
type Page struct {
	Texts []Text
	Rules []Rule
	Marks []Mark
}

// Text is a piece of text placed with its baseline at Y.
type Text struct {
	X, Y float64
	W    float64 // advance width
	// WordSpace is added to the width of every space in S: a justified
	// line is one text per style with its spaces widened.
	WordSpace float64
	S         string
	Style     markup.Style
	Size      float64
	Role      Role
	// Block is 1 + the index, among the document's blocks, of the block
	// the text sets, or of the block that refers to the footnote it sets
	// (Role Note); 0 for the paper's own text: numbers, footer, marks.
	Block int
	// Note is the number of the footnote a Note text sets.
	Note int
	// Repeat marks a table header's text repeated at the top of a page.
	Repeat bool
	// Color is the ink, as 0xRRGGBB; 0 is black.
	Color uint32
}

// Role tells what a piece of text is; the body is everything but the
// paper's own numbers and footer.
type Role uint8

// The roles of text on a page.
const (
	Body Role = iota
	LineNumber
	Footer
	Note // a footnote at the foot of the page
	// Draft is the "DRAFT" mark of a draft, in the top margin.
	Draft
)

// Rule is a straight line.
type Rule struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Color          uint32 // as Text.Color
}

// Mark is a bookmark: a heading's title, its outline level (0 for topics)
// and the y of its line.
type Mark struct {
	Title string
	Level int
	Y     float64
}
