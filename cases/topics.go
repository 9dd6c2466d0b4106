package cases

import (
	"fmt"
	"strings"

	"pleadgen/court"
)

// TopicDef is one topic of an outline: the key a case file uses for it
// under filing.topics, and its heading.
type TopicDef = court.Topic

// checkTopics checks the filing's topics against the outline in force: a
// key the outline lacks is a topic of the filing's own only when it says
// where it goes (after:) and gives its heading.
func (d *decoder) checkTopics(c *Case) {
	ct := c.court
	if ct == nil {
		return
	}
	o := d.outlineOf(c, ct)
	c.outline = o
	if len(c.Filing.Topics) == 0 {
		return
	}
	if o == nil {
		if ft := c.FilingType(); ft != nil && ft.Statement && c.Filing.Outline == "" {
			d.add(d.at("filing.topics"), "filing.topics", fmt.Sprintf("%s has no outline of topics for a %s (its outlines are for: %s)", ct.Short, c.Filing.Type, outlineTypes(ct)))
		}
		return // a type that is not a statement refuses topics itself
	}
	placed := map[string]bool{"start": true}
	var keys []string
	if o != nil {
		keys = o.Keys()
		for _, k := range keys {
			placed[k] = true
		}
	}
	for _, t := range c.Filing.Topics {
		if o != nil && o.Index(t.Key) >= 0 {
			if t.After != "" {
				d.add(d.at("filing.topics."+t.Key+".after"), "filing.topics."+t.Key+".after", fmt.Sprintf("%q is a topic of %s, which places it: leave after out", t.Key, o.Called()))
			}
			continue
		}
		placed[t.Key] = true
	}
	before := d.errorCount()
	for _, t := range c.Filing.Topics {
		field := "filing.topics." + t.Key
		switch {
		case o != nil && o.Index(t.Key) >= 0:
		case t.After == "":
			d.add(t.Pos, field, fmt.Sprintf("unknown topic %q%s", clip(t.Key), suggest(t.Key, "topic", keys)))
		case t.Heading == "":
			d.add(t.Pos, field, fmt.Sprintf("topic %q is the filing's own: give its heading", clip(t.Key)))
		case !placed[t.After] || t.After == t.Key:
			d.add(d.at(field+".after"), field+".after", fmt.Sprintf("after %q: not a topic of the outline or of the filing%s", clip(t.After), suggest(t.After, "topic", keys)))
		}
	}
	if d.errorCount() == before {
		d.checkReached(c, o)
	}
}

// checkReached reports the topics of the filing's own that no chain of
// after: leads to from the outline: placed after one another in a circle,
// they would be printed nowhere.
func (d *decoder) checkReached(c *Case, o *court.Outline) {
	after := map[string][]string{}
	for _, t := range c.Filing.Topics {
		if t.After != "" && o.Index(t.Key) < 0 {
			after[t.After] = append(after[t.After], t.Key)
		}
	}
	reached := map[string]bool{}
	var reach func(key string)
	reach = func(key string) {
		for _, k := range after[key] {
			if !reached[k] {
				reached[k] = true
				reach(k)
			}
		}
	}
	reach("start")
	for _, k := range o.Keys() {
		reach(k)
	}
	var lost []string
	var first Topic
	for _, t := range c.Filing.Topics {
		if t.After != "" && o.Index(t.Key) < 0 && !reached[t.Key] {
			if len(lost) == 0 {
				first = t
			}
			lost = append(lost, t.Key)
		}
	}
	if len(lost) > 0 {
		d.add(first.Pos, "filing.topics."+first.Key, fmt.Sprintf("topics of the filing's own placed after each other in a circle: %s", strings.Join(lost, ", ")))
	}
}

// outlineOf finds the outline in force: the one the filing names, else its
// judge's, else its type's.
func (d *decoder) outlineOf(c *Case, ct *court.Court) *court.Outline {
	name := c.Filing.Outline
	if name == "" {
		return ct.OutlineFor(c.Filing.Type, c.Judge.Initials)
	}
	o, ok := ct.OutlineNamed(name)
	if !ok || !containsString(o.Filings, c.Filing.Type) {
		known := ct.OutlineNames(c.Filing.Type)
		d.add(d.at("filing.outline"), "filing.outline", fmt.Sprintf("unknown outline %q for a %s in %s%s", clip(name), c.Filing.Type, ct.Short, suggest(name, "outline", known)))
		return nil
	}
	return o
}

func containsString(list []string, s string) bool { return indexOf(list, s) >= 0 }

// outlineTypes lists the filing types a court has outlines for.
func outlineTypes(ct *court.Court) string {
	var out []string
	for _, o := range ct.Outlines {
		for _, f := range o.Filings {
			if indexOf(out, f) < 0 {
				out = append(out, f)
			}
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}
