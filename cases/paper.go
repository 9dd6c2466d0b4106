package cases

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"pleadgen/court"
)

// Paper is a firm's own pleading paper: what it changes of the court's.
// The court's rules bound it (a type size, a margin), and validate refuses
// a paper that breaks them, citing the rule.
type Paper struct {
	// Left is the left margin, from the page's edge to the text: "1in".
	Left Length `yaml:"left"`
	// Right is the right margin, from the text to the page's edge.
	Right Length `yaml:"right"`
	// Numbers is where the line numbers end, from the page's left edge:
	// "0.7in". Left out, they keep their distance from the text.
	Numbers Length `yaml:"numbers"`
	// Size is the type size of the text and footnotes, in whole points.
	Size int `yaml:"size"`
	// Rules are the vertical rules left of the text: double, single or none.
	Rules RuleStyle `yaml:"rules"`
	// RightRule is the rule right of the text: single or none.
	RightRule RuleStyle `yaml:"right_rule"`
	// PageNumber is how the footer writes the page number: {n} is the
	// page's number and {of} the number of pages ("Page {n} of {of}").
	PageNumber string `yaml:"page_number"`
}

// Length is a length on the page, written with its unit: "1in", "0.7 in",
// "72pt", "2.54cm", "25.4mm"; it holds points.
type Length float64

// RuleStyle is how a vertical rule of the paper is drawn.
type RuleStyle string

// Rule styles.
const (
	DoubleRule RuleStyle = "double"
	SingleRule RuleStyle = "single"
	NoRule     RuleStyle = "none"
)

var lengthPattern = lazyRegexp(`^([0-9]+(?:\.[0-9]+)?|\.[0-9]+) ?(in|pt|cm|mm)$`)

// parseLength reads a length with its unit.
func parseLength(s string) (Length, error) {
	m := lengthPattern().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, errors.New("want a length with its unit, such as 1in, 0.7in, 72pt, 2.54cm or 25.4mm")
	}
	x, _ := strconv.ParseFloat(m[1], 64)
	per := map[string]float64{"in": 72, "pt": 1, "cm": 72 / 2.54, "mm": 72 / 25.4}[m[2]]
	v := math.Round(x*per*1000) / 1000
	if v <= 0 || v > 612 || math.IsNaN(v) {
		return 0, fmt.Errorf("%s is not a length on a page", s)
	}
	return Length(v), nil
}

func (l *Length) decodeYAML(d *decoder, n *yaml.Node, field string) {
	s, ok := d.text(n, field, "a length such as 1in")
	if !ok {
		return
	}
	v, err := parseLength(s)
	if err != nil {
		d.errorf(n, field, "%v, got %q", err, clip(s))
		return
	}
	*l = v
}

func (r *RuleStyle) decodeYAML(d *decoder, n *yaml.Node, field string) {
	allowed := []string{string(DoubleRule), string(SingleRule), string(NoRule)}
	if field == "paper.right_rule" {
		allowed = allowed[1:]
	}
	if s, ok := d.enum(n, field, "rule style", allowed...); ok {
		*r = RuleStyle(s)
	}
}

// firm is the paper as the court package takes it.
func (p *Paper) firm() court.FirmPaper {
	if p == nil {
		return court.FirmPaper{}
	}
	return court.FirmPaper{Left: float64(p.Left), Right: float64(p.Right), Numbers: float64(p.Numbers),
		Size: float64(p.Size), Rules: string(p.Rules), RightRule: string(p.RightRule), FooterPage: p.PageNumber}
}

// PaperSpec is the firm's paper as the document block gives it to the
// renderer: "" for the court's own.
func (c *Case) PaperSpec() string { return c.firm.String() }

// checkPaper checks the firm's paper against the court's rules, at the
// key that breaks one.
func (d *decoder) checkPaper(c *Case, ct *court.Court) {
	if c.Paper == nil {
		return
	}
	f := c.Paper.firm()
	if _, given := d.pos["paper.size"]; given && c.Paper.Size <= 0 && !d.failed["paper.size"] {
		d.add(d.at("paper.size"), "paper.size", fmt.Sprintf("want a type size in whole points, such as 12, got %d", c.Paper.Size))
		return
	}
	if f.FooterPage != "" && !strings.Contains(f.FooterPage, "{n}") {
		d.add(d.at("paper.page_number"), "paper.page_number", fmt.Sprintf("the page number's form %q must hold {n}, where the number goes", clip(f.FooterPage)))
		return
	}
	_, err := ct.Apply(f)
	var le *court.LimitError
	switch {
	case errors.As(err, &le):
		field := "paper." + paperKey(le.Key)
		d.add(d.at(field), field, fmt.Sprintf("%s (%s, %s)", le.Msg, ct.Short, le.Rule))
	case err != nil:
		field := "paper." + c.Paper.firstSet()
		d.add(d.at(field), field, fmt.Sprintf("this paper cannot be drawn: %v", err))
	default:
		c.firm = f
	}
}

// firstSet is the key of the paper's changes most likely at fault when
// the paper cannot be drawn: the number column, then the margins, the
// rules, the size.
func (p *Paper) firstSet() string {
	switch {
	case p.Numbers != 0:
		return "numbers"
	case p.Left != 0:
		return "left"
	case p.Right != 0:
		return "right"
	case p.Rules != "":
		return "rules"
	case p.RightRule != "":
		return "right_rule"
	case p.Size != 0:
		return "size"
	}
	return "page_number"
}

// paperKey is the case file's key for a limit of the court's.
func paperKey(limit string) string {
	switch limit {
	case "size", "left", "right", "numbers":
		return limit
	}
	return "left" // a limit the paper does not set directly moves with the margins
}
