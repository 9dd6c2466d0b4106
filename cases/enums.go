package cases

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// enum reads a scalar that must be one of allowed; noun names the value in
// messages ("numbering", "spacing").
func (d *decoder) enum(n *yaml.Node, field, noun string, allowed ...string) (string, bool) {
	want := strings.Join(allowed, " or ")
	s, ok := d.text(n, field, want)
	if !ok {
		return "", false
	}
	if indexOf(allowed, s) < 0 {
		d.errorf(n, field, "unknown %s %q (want %s)", noun, clip(s), want)
		return "", false
	}
	return s, true
}

func (v *Numbering) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if s, ok := d.enum(n, field, "numbering", string(Arabic), string(Roman)); ok {
		*v = Numbering(s)
	}
}

func (v *Spacing) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if s, ok := d.enum(n, field, "spacing", string(Single), string(Double)); ok {
		*v = Spacing(s)
	}
}

func (v *CounselBlock) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if s, ok := d.enum(n, field, "counsel block", string(FilerSide), string(BothSides)); ok {
		*v = CounselBlock(s)
	}
}

func (v *DateStyle) decodeYAML(d *decoder, n *yaml.Node, field string) {
	if s, ok := d.enum(n, field, "date style", string(LongDate), string(ShortDate), string(NumericDate)); ok {
		*v = DateStyle(s)
	}
}
