package court

import "fmt"

// Limits are what a court's rules allow of a paper, each with the rule: a
// firm's own paper is checked against them.
type Limits struct {
	Size  *Limit `yaml:"size"`  // type size of the text and footnotes, in points
	Left  *Limit `yaml:"left"`  // the left margin: the page's edge to the text, in points
	Right *Limit `yaml:"right"` // the right margin: the text to the page's edge
	Top   *Limit `yaml:"top"`   // the top margin: the page's top to line 1's slot
	Lines *Limit `yaml:"lines"` // numbered lines a page
	Pitch *Limit `yaml:"pitch"` // the line spacing of double-spaced text, in points
	// NumbersGap is the least space between the line numbers and the
	// text when no rule stands between them.
	NumbersGap *Limit `yaml:"numbers_gap"`
	// CourtTitleLine is the line the court's title may start on.
	CourtTitleLine *Limit `yaml:"court_title_line"`
}

// Limit is a least and a most value (0 for none), and the rule that sets
// them.
type Limit struct {
	Min  float64 `yaml:"min"`
	Max  float64 `yaml:"max"`
	Rule string  `yaml:"rule"`
}

// LimitError is a paper's value a court's rule does not allow.
type LimitError struct {
	Key  string // the paper's key: "size", "left", …
	Msg  string
	Rule string
}

func (e *LimitError) Error() string { return fmt.Sprintf("%s: %s (%s)", e.Key, e.Msg, e.Rule) }

// check returns the first value of a paper the limits do not allow.
func (l Limits) check(p *Paper) error {
	vals := []struct {
		key   string
		lim   *Limit
		v     float64
		unit  string
		inch  bool
		label string
	}{
		{"size", l.Size, p.Text.Size, "pt", false, "the type size"},
		{"left", l.Left, p.Text.Left, "", true, "the left margin"},
		{"right", l.Right, p.Page.Width - p.Text.Right, "", true, "the right margin"},
		{"top", l.Top, p.Grid.Top, "", true, "the top margin"},
		{"lines", l.Lines, float64(p.Grid.Lines), " lines", false, "the numbered lines a page"},
		{"pitch", l.Pitch, p.Grid.Pitch, "pt", false, "the line spacing"},
		{"numbers", l.NumbersGap, p.Text.Left - p.Numbers.Right, "", true, "the space between the line numbers and the text"},
		{"court_title_line", l.CourtTitleLine, float64(p.FirstPage.CourtTitleLine), "", false, "the court title's line"},
	}
	for _, v := range vals {
		if v.lim == nil || v.key == "numbers" && len(p.Rules.Left) > 0 {
			continue // a rule between the numbers and the text is separation enough
		}
		show := func(x float64) string {
			if v.inch {
				return fmt.Sprintf("%g in", round3(x/72))
			}
			return fmt.Sprintf("%g%s", x, v.unit)
		}
		switch {
		case v.lim.Min != 0 && v.v < v.lim.Min-1e-6:
			return &LimitError{Key: v.key, Rule: v.lim.Rule, Msg: fmt.Sprintf("%s is %s; the court's rule wants at least %s", v.label, show(v.v), show(v.lim.Min))}
		case v.lim.Max != 0 && v.v > v.lim.Max+1e-6:
			return &LimitError{Key: v.key, Rule: v.lim.Rule, Msg: fmt.Sprintf("%s is %s; the court's rule allows at most %s", v.label, show(v.v), show(v.lim.Max))}
		}
	}
	return nil
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
