package court

import (
	"fmt"
	"strings"
)

// Outline is the list of topics a statement of the court covers, in their
// order: the court's own (a standing order's, versioned by its name), or a
// judge's, made from another by renaming, adding and leaving out topics.
type Outline struct {
	Name string `yaml:"name"` // "standing-order-2023"
	// Title names the order the outline comes from, as messages and the
	// statement's opening cite it.
	Title string `yaml:"title"`
	// Short is what messages call it: "the Standing Order"; the title
	// when left out.
	Short string `yaml:"short"`
	// Rule is the citation of findings about the outline's topics.
	Rule string `yaml:"rule"`
	// SubmittedUnder is what a statement says it is submitted pursuant to.
	SubmittedUnder string `yaml:"submitted_under"`
	// Filings are the filing types the outline is for.
	Filings []string `yaml:"filings"`
	// Judges are the initials of the judges whose outline this is: their
	// cases use it unless the filing names another.
	Judges []string `yaml:"judges"`
	// Default: the outline a filing type uses when no judge's applies
	// (the first of the type's outlines when none says so).
	Default bool `yaml:"default"`
	// Topics are the outline's topics; or Base names the outline this one
	// changes, by Rename (a key to its new heading), Add and Remove.
	Topics []Topic           `yaml:"topics"`
	Base   string            `yaml:"base"`
	Rename map[string]string `yaml:"rename"`
	Add    []AddedTopic      `yaml:"add"`
	Remove []string          `yaml:"remove"`
	byKey  map[string]int    // index of each key in Topics
}

// Topic is one topic of an outline: the key a case file gives it under
// filing.topics, and its heading.
type Topic struct {
	Key     string `yaml:"key"`
	Heading string `yaml:"heading"`
}

// AddedTopic is a topic a judge's outline adds after one of its base's
// (or first, when After is empty).
type AddedTopic struct {
	Key     string `yaml:"key"`
	Heading string `yaml:"heading"`
	After   string `yaml:"after"`
}

// Called is what messages call the outline.
func (o *Outline) Called() string {
	if o.Short != "" {
		return o.Short
	}
	return o.Title
}

// Index returns the place of a key among the outline's topics, or −1.
func (o *Outline) Index(key string) int {
	if i, ok := o.byKey[key]; ok {
		return i
	}
	return -1
}

// Keys lists the outline's topic keys in order.
func (o *Outline) Keys() []string {
	out := make([]string, len(o.Topics))
	for i, t := range o.Topics {
		out[i] = t.Key
	}
	return out
}

// resolveOutlines makes each outline's topics from its base's, and checks
// names, keys and filings.
func (c *Court) resolveOutlines() error {
	byName := map[string]*Outline{}
	for i, o := range c.Outlines {
		if o == nil {
			return fmt.Errorf("outlines[%d] is empty", i)
		}
		if o.Name == "" || byName[o.Name] != nil {
			return fmt.Errorf("outline %q: give each outline a name of its own", o.Name)
		}
		byName[o.Name] = o
	}
	for _, o := range c.Outlines {
		if err := o.resolve(byName, 0); err != nil {
			return fmt.Errorf("%s: %w", o.Name, err)
		}
		if o.Title == "" || len(o.Filings) == 0 {
			return fmt.Errorf("%s: give its title and the filing types it is for", o.Name)
		}
	}
	return nil
}

// resolve fills in the topics of an outline made from a base.
func (o *Outline) resolve(byName map[string]*Outline, depth int) error {
	if o.byKey != nil {
		return nil
	}
	if depth > len(byName) {
		return fmt.Errorf("outlines based on each other in a circle")
	}
	if o.Base != "" {
		if len(o.Topics) > 0 {
			return fmt.Errorf("give topics or a base, not both")
		}
		b := byName[o.Base]
		if b == nil {
			return fmt.Errorf("base %q is not an outline of the court", o.Base)
		}
		if err := b.resolve(byName, depth+1); err != nil {
			return err
		}
		if o.Title == "" {
			o.Title = b.Title
		}
		if o.Rule == "" {
			o.Rule = b.Rule
		}
		if o.Short == "" && o.Title == b.Title {
			o.Short = b.Short
		}
		if o.SubmittedUnder == "" {
			o.SubmittedUnder = b.SubmittedUnder
		}
		if len(o.Filings) == 0 {
			o.Filings = b.Filings
		}
		topics, err := b.derive(o)
		if err != nil {
			return err
		}
		o.Topics = topics
	} else if len(o.Rename)+len(o.Add)+len(o.Remove) > 0 {
		return fmt.Errorf("rename, add and remove change a base: give base")
	}
	o.byKey = map[string]int{}
	for i, t := range o.Topics {
		if !validKey(t.Key) || t.Heading == "" {
			return fmt.Errorf("topic %d: give a key (lower-case letters, digits and _) and a heading", i+1)
		}
		if _, dup := o.byKey[t.Key]; dup {
			return fmt.Errorf("topic %q given twice", t.Key)
		}
		o.byKey[t.Key] = i
	}
	if len(o.Topics) == 0 {
		return fmt.Errorf("no topics")
	}
	return nil
}

// derive makes a changed outline's topics from b's.
func (b *Outline) derive(o *Outline) ([]Topic, error) {
	var out []Topic
	for _, t := range b.Topics {
		if contains(o.Remove, t.Key) {
			continue
		}
		if h, ok := o.Rename[t.Key]; ok {
			t.Heading = h
		}
		out = append(out, t)
	}
	for k := range o.Rename {
		if b.Index(k) < 0 {
			return nil, fmt.Errorf("rename: %q is not a topic of %s", k, b.Name)
		}
	}
	for _, k := range o.Remove {
		if b.Index(k) < 0 {
			return nil, fmt.Errorf("remove: %q is not a topic of %s", k, b.Name)
		}
	}
	for _, a := range o.Add {
		at := 0
		if a.After != "" {
			at = -1
			for i, t := range out {
				if t.Key == a.After {
					at = i + 1
				}
			}
			if at < 0 {
				return nil, fmt.Errorf("add %q: after %q, which is not a topic here", a.Key, a.After)
			}
		}
		out = append(out[:at], append([]Topic{{Key: a.Key, Heading: a.Heading}}, out[at:]...)...)
	}
	return out, nil
}

// validKey reports whether s can be a topic key: lower-case letters,
// digits and underscores, starting with a letter.
func validKey(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	return strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == ""
}

// ValidTopicKey reports whether s can be the key of a topic.
func ValidTopicKey(s string) bool { return validKey(s) }

// OutlineNamed returns the outline of that name.
func (c *Court) OutlineNamed(name string) (*Outline, bool) {
	for _, o := range c.Outlines {
		if o.Name == name {
			return o, true
		}
	}
	return nil, false
}

// OutlineNames lists the outlines for a filing type.
func (c *Court) OutlineNames(filingType string) []string {
	var out []string
	for _, o := range c.Outlines {
		if contains(o.Filings, filingType) {
			out = append(out, o.Name)
		}
	}
	return out
}

// OutlineFor returns the outline in force for a filing of a type before a
// judge: the judge's own, else the type's default, else the type's first;
// nil when the type has none.
func (c *Court) OutlineFor(filingType, judgeInitials string) *Outline {
	var first, def *Outline
	for _, o := range c.Outlines {
		if !contains(o.Filings, filingType) {
			continue
		}
		if judgeInitials != "" && contains(o.Judges, judgeInitials) {
			return o
		}
		if first == nil {
			first = o
		}
		if o.Default && def == nil {
			def = o
		}
	}
	if def != nil {
		return def
	}
	return first
}
