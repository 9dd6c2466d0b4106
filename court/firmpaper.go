package court

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// FirmPaper is a firm's own paper: what it changes of the court's. Lengths
// are in points from the page's left edge (Left, Numbers) or right edge
// (Right); a zero value changes nothing.
type FirmPaper struct {
	Left    float64 // where the text starts
	Right   float64 // the right margin
	Numbers float64 // where the line numbers end
	Size    float64 // the type size of the text
	Rules   string  // the rules left of the text: "double", "single" or "none"
	// RightRule: "single" or "none".
	RightRule string
	// FooterPage is how the page number is written ("{n}", "Page {n} of {of}").
	FooterPage string
}

// firmKeys are the keys of a firm paper's spec, in order.
var firmKeys = []string{"left", "right", "numbers", "size", "rules", "right_rule", "footer_page"}

// String writes the paper as a spec ParseFirmPaper reads: "left=72 rules=single".
func (f FirmPaper) String() string {
	var parts []string
	num := func(k string, v float64) {
		if v != 0 {
			parts = append(parts, k+"="+strconv.FormatFloat(v, 'f', -1, 64))
		}
	}
	num("left", f.Left)
	num("right", f.Right)
	num("numbers", f.Numbers)
	num("size", f.Size)
	if f.Rules != "" {
		parts = append(parts, "rules="+f.Rules)
	}
	if f.RightRule != "" {
		parts = append(parts, "right_rule="+f.RightRule)
	}
	if f.FooterPage != "" {
		parts = append(parts, "footer_page="+strconv.Quote(f.FooterPage))
	}
	return strings.Join(parts, " ")
}

// ParseFirmPaper reads a spec String wrote.
func ParseFirmPaper(spec string) (FirmPaper, error) {
	var f FirmPaper
	rest := strings.TrimSpace(spec)
	for rest != "" {
		k, v, ok := strings.Cut(rest, "=")
		if !ok {
			return f, fmt.Errorf("paper: want key=value, got %q", rest)
		}
		k = strings.TrimSpace(k)
		var val string
		if strings.HasPrefix(v, `"`) {
			q, err := strconv.QuotedPrefix(v)
			if err != nil {
				return f, fmt.Errorf("paper: %s: %w", k, err)
			}
			val, _ = strconv.Unquote(q)
			rest = strings.TrimSpace(v[len(q):])
		} else {
			val, rest, _ = strings.Cut(v, " ")
			rest = strings.TrimSpace(rest)
		}
		if err := f.set(k, val); err != nil {
			return f, fmt.Errorf("paper: %s: %w", k, err)
		}
	}
	return f, nil
}

// set sets one key of the spec.
func (f *FirmPaper) set(k, v string) error {
	num := func(dst *float64) error {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || x <= 0 || math.IsInf(x, 0) {
			return fmt.Errorf("want a positive number of points, got %q", v)
		}
		*dst = x
		return nil
	}
	switch k {
	case "left":
		return num(&f.Left)
	case "right":
		return num(&f.Right)
	case "numbers":
		return num(&f.Numbers)
	case "size":
		return num(&f.Size)
	case "rules":
		if v != "double" && v != "single" && v != "none" {
			return fmt.Errorf("want double, single or none, got %q", v)
		}
		f.Rules = v
	case "right_rule":
		if v != "single" && v != "none" {
			return fmt.Errorf("want single or none, got %q", v)
		}
		f.RightRule = v
	case "footer_page":
		if !strings.Contains(v, "{n}") {
			return fmt.Errorf("the page number's form must hold {n}, got %q", v)
		}
		f.FooterPage = v
	default:
		known := append([]string(nil), firmKeys...)
		sort.Strings(known)
		return fmt.Errorf("unknown key (known: %s)", strings.Join(known, ", "))
	}
	return nil
}

// Apply returns the court's paper with the firm's changes, or the first
// change the court's limits do not allow (a *LimitError) or that the paper
// cannot be drawn with.
func (c *Court) Apply(f FirmPaper) (*Paper, error) {
	p := c.Paper // a copy; its slices are replaced, never changed
	p.Rules.Left = append([]float64(nil), p.Rules.Left...)
	t := &p.Text
	if f.Left != 0 {
		d := f.Left - t.Left
		oldWidth := t.Right - t.Left
		t.Left = f.Left
		p.Signature.Left += d
		p.Caption.LeftWidth *= (t.Right - t.Left) / oldWidth
		for i := range p.Rules.Left {
			p.Rules.Left[i] += d
		}
		if f.Numbers == 0 {
			p.Numbers.Right += d
		}
	}
	if f.Right != 0 {
		oldWidth := t.Right - t.Left
		t.Right = p.Page.Width - f.Right
		p.Caption.LeftWidth *= (t.Right - t.Left) / oldWidth
		if p.Rules.Right != 0 {
			p.Rules.Right = min(p.Page.Width-f.Right/2, t.Right+7.2)
		}
	}
	if f.Numbers != 0 {
		p.Numbers.Right = f.Numbers
	}
	width := t.Right - t.Left
	p.Signature.Left = min(p.Signature.Left, t.Right-width/4)
	p.FirstPage.CounselWidth = min(p.FirstPage.CounselWidth, width)
	switch f.Rules {
	case "double":
		p.Rules.Left = []float64{t.Left - 8.64, t.Left - 5.76}
	case "single":
		p.Rules.Left = []float64{t.Left - 7.2}
	case "none":
		p.Rules.Left = nil
	}
	if f.RightRule == "none" {
		p.Rules.Right = 0
	} else if f.RightRule == "single" && p.Rules.Right == 0 {
		p.Rules.Right = min(p.Page.Width-(p.Page.Width-t.Right)/2, t.Right+7.2)
	}
	if f.Size != 0 {
		t.Size = f.Size
	}
	if f.FooterPage != "" {
		p.Footer.Page = f.FooterPage
	}
	if err := c.Limits.check(&p); err != nil {
		return nil, err
	}
	if err := p.check(); err != nil {
		return nil, err
	}
	return &p, nil
}
