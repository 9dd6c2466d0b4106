package cases

import (
	"pleadgen/court"
)

// CourtDef is the case's court, once the case is decoded: all pleadgen
// knows of it.
func (c *Case) CourtDef() *court.Court {
	if c.court != nil && c.court.Name == c.Court {
		return c.court
	}
	if c.Court == "" {
		return court.Builtin().Default()
	}
	ct, _ := court.Builtin().Lookup(c.Court)
	return ct
}

// Outline is the outline of topics in force for the filing: the one it
// names, else its judge's, else its type's; nil when its type has none.
func (c *Case) Outline() *court.Outline {
	if c.outline != nil {
		return c.outline
	}
	ct := c.CourtDef()
	if ct == nil {
		return nil
	}
	if c.Filing.Outline != "" {
		o, _ := ct.OutlineNamed(c.Filing.Outline)
		return o
	}
	return ct.OutlineFor(c.Filing.Type, c.Judge.Initials)
}

// PaperOf is the paper the filing is drawn on: its court's, with the
// firm's changes validate allowed.
func (c *Case) PaperOf() *court.Paper {
	ct := c.CourtDef()
	if ct == nil {
		return nil
	}
	p, err := ct.Apply(c.firm)
	if err != nil {
		p, _ = ct.Apply(court.FirmPaper{})
	}
	return p
}
