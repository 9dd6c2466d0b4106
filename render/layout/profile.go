package layout

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

//go:embed profiles/*.json
var profileFiles embed.FS

// Profile is a court's pleading paper: every number a court could change.
// All lengths are in PDF points measured from the page's top-left corner.
type Profile struct {
	Name  string `json:"name"`
	Court string `json:"court"`
	Page  struct {
		Width  float64 `json:"width"`
		Height float64 `json:"height"`
	} `json:"page"`
	Grid struct {
		Lines    int     `json:"lines"`    // numbered slots per page
		Pitch    float64 `json:"pitch"`    // height of one slot
		Top      float64 `json:"top"`      // top of slot 1
		Baseline float64 `json:"baseline"` // baseline offset below a slot's top
	} `json:"grid"`
	Text struct {
		Left   float64 `json:"left"`
		Right  float64 `json:"right"`
		Size   float64 `json:"size"`
		Indent float64 `json:"indent"` // first-line indent of paragraphs
		Step   float64 `json:"step"`   // one indentation step of line blocks
	} `json:"text"`
	Numbers struct {
		Right float64 `json:"right"` // the line numbers' right edge
		Size  float64 `json:"size"`
	} `json:"numbers"`
	Rules struct {
		Left  []float64 `json:"left"`
		Right float64   `json:"right"`
		Width float64   `json:"width"`
	} `json:"rules"`
	// Footer is the area below the numbered lines: the page number, centred,
	// and one line below it (the title at the left, the case number at the
	// right), or two lines when the title wraps or a document ID is printed:
	// then the lines are Pitch apart, the lower at Bottom, and the page
	// number moves up to a Pitch above the first if it must.
	Footer struct {
		Size   float64 `json:"size"`
		Rule   float64 `json:"rule"`   // y of the rule above the footer
		Number float64 `json:"number"` // baseline of the page number
		Title  float64 `json:"title"`  // baseline of the title and case number on one line
		Pitch  float64 `json:"pitch"`  // distance between the baselines of two footer lines
		Bottom float64 `json:"bottom"` // baseline of the lower of two lines
		Gap    float64 `json:"gap"`    // least space between the title and the case number
	} `json:"footer"`
	FirstPage struct {
		CourtTitleLine int     `json:"court_title_line"`
		CounselWidth   float64 `json:"counsel_width"`
	} `json:"first_page"`
	Caption struct {
		LeftWidth float64 `json:"left_width"`
		Gap       float64 `json:"gap"`
	} `json:"caption"`
	Signature struct {
		Left float64 `json:"left"`
	} `json:"signature"`
	Widows      int     `json:"widows"`    // lines kept together at a paragraph's ends; 0 turns the control off
	Footnotes   string  `json:"footnotes"` // "single" (on the half-slot grid) or "double"
	Quotes      string  `json:"quotes"`    // spacing of block quotations, likewise
	NoteRule    float64 `json:"note_rule"` // length of the rule above the footnotes
	Attestation struct {
		Heading string `json:"heading"`
		Text    string `json:"text"`
	} `json:"attestation"`
	// CourtRules are the rules a filing is checked against, with the rule
	// each check cites; package check decodes them, the layout ignores them.
	CourtRules json.RawMessage `json:"court_rules"`
}

// LoadProfile returns the embedded court profile of that name.
func LoadProfile(name string) (*Profile, error) {
	data, err := ProfileSource(name)
	if err != nil {
		return nil, err
	}
	p := new(Profile)
	if err := json.Unmarshal(data, p); err != nil {
		return nil, fmt.Errorf("court profile %q: %w", name, err)
	}
	if err := p.checkFooter(); err != nil {
		return nil, fmt.Errorf("court profile %q: %w", name, err)
	}
	return p, nil
}

// checkFooter checks that the footer's lines stand below its rule, apart
// by at least the footer's type size, and above the page's bottom edge.
func (p *Profile) checkFooter() error {
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

// ProfileSource returns the data of the embedded court profile of that name.
func ProfileSource(name string) ([]byte, error) {
	data, err := profileFiles.ReadFile("profiles/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("unknown court profile %q (known: %s)", name, strings.Join(Profiles(), ", "))
	}
	return data, nil
}

// Profiles lists the embedded profiles' names.
func Profiles() []string {
	entries, _ := profileFiles.ReadDir("profiles")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}

// Baseline returns the y of half-slot h's baseline: even h are the numbered
// lines' baselines, odd h lie halfway between two.
func (p *Profile) Baseline(h int) float64 {
	return p.Grid.Top + p.Grid.Baseline + float64(h)*p.Grid.Pitch/2
}

// Halves is the number of half-slots on a page.
func (p *Profile) Halves() int { return 2 * p.Grid.Lines }
