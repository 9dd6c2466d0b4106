package cases

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// idPattern is the shape of a party's id.
var idPattern = lazyRegexp(`^[a-z][a-z0-9_-]{0,39}$`)

// reservedIDs are the words a party id may not be: they are keys of their
// own where ids are used.
var reservedIDs = []string{"heading", string(Joint), string(Plaintiffs), string(Defendants), string(ThirdPartyDefendants), string(Intervenors)}

func (r *Role) decodeYAML(d *decoder, n *yaml.Node, field string) {
	names := make([]string, 0, len(Roles()))
	for _, x := range Roles() {
		names = append(names, string(x))
	}
	if s, ok := d.enum(n, field, "role", names...); ok {
		*r = Role(s)
	}
}

func (v *SignatureStyle) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if s, ok := d.enum(n, field, "signature style", string(PlainSignature), string(FirmSignature)); ok {
		*v = SignatureStyle(s)
	}
}

// decodeYAML reads true or false (a date in each block, or once above
// them all), or the place of the date: above or beside.
func (v *SignatureDates) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool" {
		if n.Value == "true" || n.Value == "True" || n.Value == "TRUE" {
			*v = DatedAbove
		} else {
			*v = DatedOnce
		}
		return
	}
	if s, ok := d.enum(n, field, "place of the dates", "true", "false", string(DatedAbove), string(DatedBeside)); ok {
		*v = SignatureDates(s)
	}
}

// decodeYAML reads whom an attorney represents: a side, a party's id, or
// a sequence of party ids. Ids are checked once every party is read.
func (r *Represents) decodeYAML(d *decoder, n *yaml.Node, field string) {
	r.Pos = d.nodePos(n)
	const want = "a side (plaintiffs, defendants …), a party's id or a list of party ids"
	if n.Kind == yaml.SequenceNode {
		if len(n.Content) == 0 {
			d.errorf(n, field, "expected %s, got an empty sequence", want)
		}
		for i, item := range n.Content {
			f := fmt.Sprintf("%s[%d]", field, i)
			d.pos[f] = d.nodePos(item)
			if item = d.visit(item, f); item == nil {
				return
			}
			if s, ok := d.text(item, f, "a party's id"); ok && d.checkID(item, f, s) {
				r.IDs = append(r.IDs, s)
			}
		}
		return
	}
	s, ok := d.text(n, field, want)
	switch {
	case !ok:
	case isSide(Side(s)):
		r.Side = Side(s)
	case d.checkID(n, field, s):
		r.IDs = []string{s}
	}
}

// checkID reports whether s has the shape of a party id, and says why not.
func (d *decoder) checkID(n *yaml.Node, field, s string) bool {
	if !idPattern().MatchString(s) {
		d.errorf(n, field, "%q is neither a side (%s) nor a party's id (lower-case letters, digits, - and _, starting with a letter)", clip(s), sideList())
		return false
	}
	return true
}

// groupIDs splits a topic key that names parties: "marsh" or a group,
// "marsh, marsh-freight". It returns nil when the key is not of that shape.
func groupIDs(key string) []string {
	var ids []string
	for _, part := range strings.Split(key, ",") {
		id := strings.TrimSpace(part)
		if !idPattern().MatchString(id) || indexOf(reservedIDs, id) >= 0 {
			return nil
		}
		ids = append(ids, id)
	}
	return ids
}
