package court

import (
	"fmt"
	"math"
)

// Paper is a court's pleading paper: every number of the page a court or
// a firm could change. All lengths are in PDF points measured from the
// page's top-left corner.
type Paper struct {
	Page struct {
		Width  float64 `yaml:"width"`
		Height float64 `yaml:"height"`
	} `yaml:"page"`
	Grid struct {
		Lines    int     `yaml:"lines"`    // numbered slots per page
		Pitch    float64 `yaml:"pitch"`    // height of one slot
		Top      float64 `yaml:"top"`      // top of slot 1
		Baseline float64 `yaml:"baseline"` // baseline offset below a slot's top
	} `yaml:"grid"`
	Text struct {
		Left   float64 `yaml:"left"`
		Right  float64 `yaml:"right"`
		Size   float64 `yaml:"size"`
		Indent float64 `yaml:"indent"` // first-line indent of paragraphs
		Step   float64 `yaml:"step"`   // one indentation step of line blocks
	} `yaml:"text"`
	Numbers struct {
		Right float64 `yaml:"right"` // the line numbers' right edge
		Size  float64 `yaml:"size"`
	} `yaml:"numbers"`
	Rules struct {
		Left  []float64 `yaml:"left"` // the rules left of the text: none, one or two
		Right float64   `yaml:"right"`
		Width float64   `yaml:"width"`
	} `yaml:"rules"`
	// Footer is the area below the numbered lines: the page number, centred,
	// and one line below it (the title at the left, the case number at the
	// right), or two lines when the title wraps or a document ID is printed:
	// then the lines are Pitch apart, the lower at Bottom, and the page
	// number moves up to a Pitch above the first if it must.
	Footer struct {
		Size   float64 `yaml:"size"`
		Rule   float64 `yaml:"rule"`   // y of the rule above the footer
		Number float64 `yaml:"number"` // baseline of the page number
		Title  float64 `yaml:"title"`  // baseline of the title and case number on one line
		Pitch  float64 `yaml:"pitch"`  // distance between the baselines of two footer lines
		Bottom float64 `yaml:"bottom"` // baseline of the lower of two lines
		Gap    float64 `yaml:"gap"`    // least space between the title and the case number
		// Page is how the page number is written: {n} is the page's
		// number, {of} the number of pages; "{n}" when not given.
		Page string `yaml:"page"`
		// Case says whether the case number is printed at the right of the
		// title's line; true when not given.
		Case *bool `yaml:"case"`
	} `yaml:"footer"`
	FirstPage struct {
		CourtTitleLine int     `yaml:"court_title_line"` // the line the court's title starts on
		CounselWidth   float64 `yaml:"counsel_width"`    // the counsel block's width, from the text's left
		// ClerkSpace is the lines of the first page, right of the centre,
		// kept blank for the clerk (from and to, both included), or none.
		ClerkSpace []int `yaml:"clerk_space"`
	} `yaml:"first_page"`
	Caption struct {
		LeftWidth float64 `yaml:"left_width"`
		Gap       float64 `yaml:"gap"`
	} `yaml:"caption"`
	Signature struct {
		Left float64 `yaml:"left"`
	} `yaml:"signature"`
	Widows    int    `yaml:"widows"`    // lines kept together at a paragraph's ends; 0 turns the control off
	Footnotes string `yaml:"footnotes"` // "single" (on the half-slot grid) or "double"
	Quotes    string `yaml:"quotes"`    // spacing of block quotations, likewise
	// Tables is the spacing of the lines inside a table's cells: "single"
	// (on the half-slot grid; also when left out) or "double". Each row
	// starts on a numbered line either way.
	Tables      string  `yaml:"tables"`
	NoteRule    float64 `yaml:"note_rule"` // length of the rule above the footnotes
	Attestation struct {
		Heading string `yaml:"heading"`
		Text    string `yaml:"text"`
	} `yaml:"attestation"`
}

// Baseline returns the y of half-slot h's baseline: even h are the numbered
// lines' baselines, odd h lie halfway between two.
func (p *Paper) Baseline(h int) float64 {
	return p.Grid.Top + p.Grid.Baseline + float64(h)*p.Grid.Pitch/2
}

// Halves is the number of half-slots on a page.
func (p *Paper) Halves() int { return 2 * p.Grid.Lines }

// ShowsCase reports whether the footer prints the case number.
func (p *Paper) ShowsCase() bool { return p.Footer.Case == nil || *p.Footer.Case }

// PageNumber writes page n of pages as the footer does.
func (p *Paper) PageNumber(n, pages int) string {
	f := p.Footer.Page
	if f == "" {
		f = "{n}"
	}
	return expand(f, map[string]string{"n": fmt.Sprint(n), "of": fmt.Sprint(pages)})
}

// FooterBaselines returns the baselines of n lines below the page number,
// and the page number's: one line at the footer's title baseline, or two
// lines Pitch apart ending at Bottom with the page number at least a Pitch
// above them.
func (p *Paper) FooterBaselines(n int) ([]float64, float64) {
	switch n {
	case 0:
		return nil, p.Footer.Number
	case 1:
		return []float64{p.Footer.Title}, p.Footer.Number
	}
	top := p.Footer.Bottom - p.Footer.Pitch
	return []float64{top, p.Footer.Bottom}, min(p.Footer.Number, top-p.Footer.Pitch)
}

// check says what makes a paper impossible to draw on: lines off the
// page, text outside its margins, a footer that does not fit.
func (p *Paper) check() error {
	if err := p.checkFinite(); err != nil {
		return err
	}
	g, t := p.Grid, p.Text
	width := t.Right - t.Left
	switch {
	case p.Page.Width <= 0 || p.Page.Height <= 0:
		return fmt.Errorf("page: width and height must be positive")
	case p.Page.Width > maxPageSide || p.Page.Height > maxPageSide:
		return fmt.Errorf("page: width and height may be at most %d points (200 inches), the most PDF readers draw", maxPageSide)
	case g.Lines < 1 || g.Pitch <= 0 || g.Top < 0 || g.Baseline <= 0 || g.Baseline > g.Pitch:
		return fmt.Errorf("grid: lines, pitch and baseline must be positive, the baseline within a slot")
	case g.Top+float64(g.Lines)*g.Pitch > p.Footer.Rule+1e-6:
		return fmt.Errorf("grid: %d lines of %g pt from %g end at %g, below the footer's rule (%g)", g.Lines, g.Pitch, g.Top, g.Top+float64(g.Lines)*g.Pitch, p.Footer.Rule)
	case t.Left <= 0 || t.Right <= t.Left || t.Right > p.Page.Width:
		return fmt.Errorf("text: the text must lie between its left (%g) and right (%g) edges on the page", t.Left, t.Right)
	case t.Size <= 0 || t.Size > g.Pitch:
		return fmt.Errorf("text: size %g must be positive and no more than the pitch %g", t.Size, g.Pitch)
	case p.Numbers.Size <= 0 || p.Numbers.Right <= 0 || p.Numbers.Right >= t.Left:
		return fmt.Errorf("numbers: the line numbers must end (%g) left of the text (%g)", p.Numbers.Right, t.Left)
	case t.Indent < 0 || t.Indent > width/2 || t.Step <= 0 || t.Step > width/2:
		return fmt.Errorf("text: indent %g and step %g must lie within half the measure (%g)", t.Indent, t.Step, width/2)
	case p.Caption.LeftWidth < width/4 || p.Caption.LeftWidth+p.Caption.Gap > width*3/4 || p.Caption.Gap < 0:
		return fmt.Errorf("caption: the parties' column (%g) and the gap (%g) must leave each column a quarter of the measure (%g)", p.Caption.LeftWidth, p.Caption.Gap, width)
	case p.Signature.Left < t.Left || p.Signature.Left > t.Right-width/4:
		return fmt.Errorf("signature: the blocks' left edge (%g) must lie between the text's left edge (%g) and a quarter of the measure from its right (%g)", p.Signature.Left, t.Left, t.Right-width/4)
	case p.FirstPage.CounselWidth < width/4 || p.FirstPage.CounselWidth > width:
		return fmt.Errorf("first_page: counsel_width %g must be from a quarter of the measure to all of it (%g)", p.FirstPage.CounselWidth, width)
	case p.Widows < 0 || p.Widows > 10 || p.NoteRule < 0 || p.NoteRule > width:
		return fmt.Errorf("widows (0 to 10) or note_rule (0 to the measure): %d, %g", p.Widows, p.NoteRule)
	case p.FirstPage.CourtTitleLine < 1 || p.FirstPage.CourtTitleLine > g.Lines:
		return fmt.Errorf("first_page: court_title_line %d is not a line of the page (1 to %d)", p.FirstPage.CourtTitleLine, g.Lines)
	case len(p.FirstPage.ClerkSpace) != 0 && (len(p.FirstPage.ClerkSpace) != 2 || p.FirstPage.ClerkSpace[0] < 1 || p.FirstPage.ClerkSpace[1] < p.FirstPage.ClerkSpace[0] || p.FirstPage.ClerkSpace[1] >= p.FirstPage.CourtTitleLine):
		return fmt.Errorf("first_page: clerk_space must be [from, to], lines above the court's title")
	}
	for _, x := range p.Rules.Left {
		if x <= p.Numbers.Right || x >= t.Left {
			return fmt.Errorf("rules: a left rule at %g must lie between the line numbers (%g) and the text (%g)", x, p.Numbers.Right, t.Left)
		}
	}
	if p.Rules.Right != 0 && (p.Rules.Right <= t.Right || p.Rules.Right > p.Page.Width) {
		return fmt.Errorf("rules: the right rule at %g must lie right of the text (%g), on the page", p.Rules.Right, t.Right)
	}
	if s := p.Footnotes + "|" + p.Quotes; p.Footnotes != "single" && p.Footnotes != "double" || p.Quotes != "single" && p.Quotes != "double" {
		return fmt.Errorf("footnotes and quotes: want single or double, not %q", s)
	}
	if p.Tables != "" && p.Tables != "single" && p.Tables != "double" {
		return fmt.Errorf("tables: want single or double, not %q", p.Tables)
	}
	return p.checkFooter()
}

// maxPageSide is the longest side of a page PDF readers are held to draw
// (PDF 1.7, annex C), in points.
const maxPageSide = 14400

// checkFinite refuses a number that is not one: NaN or an infinity, which
// every comparison lets through.
func (p *Paper) checkFinite() error {
	vals := []float64{p.Page.Width, p.Page.Height, p.Grid.Pitch, p.Grid.Top, p.Grid.Baseline,
		p.Text.Left, p.Text.Right, p.Text.Size, p.Text.Indent, p.Text.Step, p.Numbers.Right, p.Numbers.Size,
		p.Rules.Right, p.Rules.Width, p.Footer.Size, p.Footer.Rule, p.Footer.Number, p.Footer.Title,
		p.Footer.Pitch, p.Footer.Bottom, p.Footer.Gap, p.FirstPage.CounselWidth, p.Caption.LeftWidth,
		p.Caption.Gap, p.Signature.Left, p.NoteRule}
	vals = append(vals, p.Rules.Left...)
	for _, v := range vals {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return fmt.Errorf("a length of the paper is %g, not a number", v)
		}
	}
	return nil
}

// checkFooter checks that the footer's lines stand below its rule, apart
// by at least the footer's type size, and above the page's bottom edge.
func (p *Paper) checkFooter() error {
	f := p.Footer
	switch {
	case f.Size <= 0 || f.Pitch < f.Size:
		return fmt.Errorf("footer: pitch %g is less than the size %g", f.Pitch, f.Size)
	case f.Number < f.Rule+f.Size || f.Title < f.Number+f.Size:
		return fmt.Errorf("footer: the page number (%g) and the title (%g) must stand a line apart below the rule (%g)", f.Number, f.Title, f.Rule)
	case f.Bottom-2*f.Pitch < f.Rule+0.7*f.Size || f.Bottom > p.Page.Height-0.3*f.Size:
		return fmt.Errorf("footer: two lines ending at %g and the page number above them do not fit between the rule (%g) and the page's edge", f.Bottom, f.Rule)
	}
	return nil
}
