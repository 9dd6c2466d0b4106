package templates

import "pleadgen/cases"

// Origin is where a value the templates printed came from: the bytes
// Start to End of the markup hold, escaped, Text, a value of the case
// file; At is where the case file writes it, when known (the prose of a
// topic, the order or the intro), else zero.
type Origin struct {
	Start, End int
	Text       string
	At         cases.Pos
}

// Output is the markup the templates made of a case, and where in the
// case file each value printed in it came from, in the markup's order: the
// map from markup back to the case file that errors are reported by.
type Output struct {
	Markup  string
	Origins []Origin
}

// textSources maps each piece of the case file's prose to where the file
// writes it. Two texts of the same words are found at the first.
func textSources(c *cases.Case) map[string]cases.Pos {
	m := make(map[string]cases.Pos)
	add := func(text string, p cases.Pos) {
		if _, seen := m[text]; !seen && text != "" && p.Line > 0 {
			m[text] = p
		}
	}
	for _, t := range c.Filing.Topics {
		for _, p := range t.Positions {
			add(p.Text, p.Pos)
		}
	}
	for field, text := range map[string]string{"filing.intro": c.Filing.Intro, "filing.reason": c.Filing.Reason} {
		if p, ok := c.At(field); ok {
			add(text, p)
		}
	}
	for _, f := range c.Filing.Fields {
		switch f.Kind {
		case cases.KindMarkdown:
			add(f.Text, f.Pos)
		case cases.KindMarkdownList:
			for i, t := range f.List {
				if i < len(f.Item) {
					add(t, f.Item[i])
				}
			}
		}
	}
	if o := c.Filing.Order; o != nil {
		if p, ok := c.At("filing.order.text"); ok {
			add(o.Text, p)
		}
	}
	return m
}

// record notes, as the escaper for text returns it, where the value v it
// escaped to out is printed: text/template prints an action's value as
// soon as its pipeline, whose last call is the escaper, returns.
func (r *runner) record(v any, out Markup) {
	var text string
	switch v := v.(type) {
	case Markdown:
		text = string(v)
	case string:
		text = v
	default:
		return
	}
	if text == "" || r.budget.out == nil {
		return
	}
	start := r.budget.out.buf.Len()
	r.origins = append(r.origins, Origin{Start: start, End: start + len(out), Text: text, At: r.sources[text]})
}
