package markup

import (
	"strings"
)

// meta reads the key: value lines of a ::: document block.
func (p *parser) meta(lines []string, first int) error {
	fields := map[string]*string{
		"profile": &p.doc.Meta.Profile, "title": &p.doc.Meta.Title, "footer": &p.doc.Meta.Footer,
		"case": &p.doc.Meta.Case, "author": &p.doc.Meta.Author, "date": &p.doc.Meta.Date,
	}
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			return p.errorf(first+i, 1, "want \"key: value\" in a document block")
		}
		dst, known := fields[strings.TrimSpace(key)]
		if !known {
			return p.errorf(first+i, 1, "unknown document field %q (known: author, case, date, footer, profile, title)", strings.TrimSpace(key))
		}
		*dst = strings.TrimSpace(value)
	}
	return nil
}

// lineBlock builds a counsel, court, signature or plain line block.
func (p *parser) lineBlock(name string, args []string, lines []string, line int) (*LineBlock, error) {
	b := &LineBlock{Line: line}
	switch name {
	case "counsel":
		b.Kind, b.Spacing = Counsel, Single
	case "court":
		b.Kind, b.Align, b.Keep = Court, Center, true
	case "signature":
		b.Kind, b.Column, b.Keep = Signature, RightHalf, true
	}
	if err := p.options(b, name, args, line); err != nil {
		return nil, err
	}
	var err error
	b.Lines, err = p.lines(lines, line+1)
	return b, err
}

// options applies a line block's options.
func (p *parser) options(b *LineBlock, name string, args []string, line int) error {
	for _, a := range args {
		switch a {
		case "keep":
			b.Keep = true
		case "single":
			b.Spacing = Single
		case "double":
			b.Spacing = Double
		case "center":
			b.Align = Center
		case "right":
			b.Column = RightHalf
		case "filer":
			if name != "signature" {
				return p.errorf(line, 1, "option \"filer\" belongs to signature blocks")
			}
			b.Filer = true
		default:
			return p.errorf(line, 1, "unknown option %q for %s (known: center, double, filer, keep, right, single)", a, name)
		}
	}
	return nil
}

// caption reads the two columns of a caption, separated by a "|||" line.
func (p *parser) caption(lines []string, line int) error {
	sep := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == "|||" {
			if sep >= 0 {
				return p.errorf(line+1+i, 1, "a caption has two columns: a second \"|||\" is one too many")
			}
			sep = i
		}
	}
	if sep < 0 {
		return p.errorf(line, 1, "a caption needs a \"|||\" line between its left and right columns")
	}
	left, err := p.lines(lines[:sep], line+1)
	if err != nil {
		return err
	}
	right, err := p.lines(lines[sep+1:], line+2+sep)
	if err != nil {
		return err
	}
	p.doc.Blocks = append(p.doc.Blocks, &Caption{Left: left, Right: right, Line: line})
	return nil
}

// lines reads the lines of a line block: leading ">" marks indent half an
// inch each, the rest is inline Markdown.
func (p *parser) lines(src []string, first int) ([]Line, error) {
	out := make([]Line, 0, len(src))
	for i, l := range src {
		indent := 0
		for strings.HasPrefix(l, ">") {
			indent++
			l = strings.TrimPrefix(l[1:], " ")
		}
		runs, err := p.inlineLine(strings.TrimSpace(l), first+i)
		if err != nil {
			return nil, err
		}
		out = append(out, Line{Runs: runs, Indent: indent, Line: first + i})
	}
	return out, nil
}
