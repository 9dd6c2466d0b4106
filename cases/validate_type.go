package cases

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// checkTypeKeys checks the filing against its type: the keys it adds,
// each decoded by its kind, those it requires, and the keys only a case
// management statement has.
func (d *decoder) checkTypeKeys(c *Case) {
	f := &c.Filing
	t := d.types.get(f.Type)
	if t == nil {
		return // an unknown type is reported already
	}
	c.ftype = t
	if f.Date.IsZero() && !f.Draft && !d.failed["filing.date"] {
		d.add(f.Pos, "filing.date", "missing required field (a draft, draft: true, may leave it out)")
	}
	if t.Statement {
		d.requireStatementKeys(c)
	} else if p, given := d.pos["filing.topics"]; given {
		d.add(p, "filing.topics", fmt.Sprintf("topics belong to a case management statement, not a %s", t.Name))
	}
	if f.ProposesOrder() && t.Order != "proposed" {
		field := "filing.order"
		if f.Order == nil {
			field = "filing.proposed_order"
		}
		d.add(d.at(field), field, fmt.Sprintf("a %s does not end with a proposed order of its own type", t.Name))
	}
	f.Fields = map[string]Field{}
	for _, r := range d.rest {
		spec, ok := t.Key(r.name)
		if !ok {
			d.errorf(r.key, "filing."+r.name, "unknown key %q%s", clip(r.name), suggest(r.name, "key", d.filingKeys(t)))
			continue
		}
		if fv, ok := d.decodeField(spec, r.val); ok {
			f.Fields[spec.Name] = fv
		}
	}
	for _, k := range t.Keys {
		if _, given := f.Fields[k.Name]; k.Required && !given && !d.failed["filing."+k.Name] {
			msg := "missing required field of a " + t.Name
			if k.About != "" {
				msg += ": " + k.About
			}
			d.add(f.Pos, "filing."+k.Name, msg)
		}
	}
	d.checkPartyFields(c, t)
}

// refuseOneSidedKeys refuses reason, which only a cmc-statement has, and
// filed_by on a filing every side signs.
func (d *decoder) refuseOneSidedKeys(c *Case, ft *FilingType) {
	if p, given := d.pos["filing.reason"]; given {
		d.add(p, "filing.reason", fmt.Sprintf("reason belongs to a cmc-statement, which one side files alone, not to a %s", ft.Name))
	}
	if p, given := d.pos["filing.filed_by"]; given && ft.Signers != "filer" {
		d.add(p, "filing.filed_by", fmt.Sprintf("filed_by names the side that signs a paper one side files; a %s is signed by %s", ft.Name, signersWords[ft.Signers]))
	}
}

// signersWords say who signs a filing, by its type's signers.
var signersWords = map[string]string{"": "every side", "sides": "every side", "declarant": "its declarant", "filer": "the filing side"}

// requireStatementKeys reports the keys a case management statement must
// have that the filing leaves out.
func (d *decoder) requireStatementKeys(c *Case) {
	for _, key := range []string{"conference", "topics"} {
		if _, given := d.pos["filing."+key]; !given && !d.failed["filing."+key] {
			d.add(c.Filing.Pos, "filing."+key, "missing required field")
		}
	}
	conf := c.Filing.Conference
	if _, given := d.pos["filing.conference"]; !given || d.failed["filing.conference"] {
		return
	}
	for _, k := range []struct {
		key     string
		missing bool
	}{{"date", conf.Date.IsZero()}, {"time", conf.Time == ""}} {
		if k.missing && !d.failed["filing.conference."+k.key] {
			d.add(conf.Pos, "filing.conference."+k.key, "missing required field")
		}
	}
}

// filingKeys lists the keys filing: may hold for type t.
func (d *decoder) filingKeys(t *FilingType) []string {
	var out []string
	for _, f := range fieldsOf(filingType) {
		out = append(out, f.name)
	}
	for _, k := range t.Keys {
		out = append(out, k.Name)
	}
	return out
}

// decodeField decodes the value of a key a filing type adds, by its kind.
func (d *decoder) decodeField(spec KeySpec, n *yaml.Node) (Field, bool) {
	kind := keyKinds[spec.Kind]
	field := "filing." + spec.Name
	v := reflect.New(kind.typ).Elem()
	before := d.errorCount()
	outer := d.textKind
	d.textKind = kind.text
	d.decodeValue(v, n, field)
	d.textKind = outer
	if d.errorCount() > before {
		d.failed[field] = true
		return Field{}, false
	}
	fv := Field{Kind: spec.Kind, Pos: d.at(field)}
	switch x := v.Interface().(type) {
	case string:
		fv.Text = x
	case []string:
		fv.List = x
	case [][]string:
		fv.Rows = x
		d.checkRows(spec, x, field)
	case Date:
		fv.Date = x
	case bool:
		fv.Bool = x
	}
	for i := 0; ; i++ {
		p, ok := d.pos[fmt.Sprintf("%s[%d]", field, i)]
		if !ok {
			break
		}
		fv.Item = append(fv.Item, p)
	}
	return fv, true
}

// checkRows checks that each row of a table has a cell for each column.
func (d *decoder) checkRows(spec KeySpec, rows [][]string, field string) {
	for i, row := range rows {
		if len(row) != len(spec.Columns) {
			f := fmt.Sprintf("%s[%d]", field, i)
			d.add(d.at(f), f, fmt.Sprintf("a row of %s has a cell for each of its %d columns (%s), got %d",
				spec.Name, len(spec.Columns), strings.Join(spec.Columns, ", "), len(row)))
		}
	}
}

// checkPartyFields checks that each party key names a party.
func (d *decoder) checkPartyFields(c *Case, t *FilingType) {
	var ids []string
	for _, p := range c.AllParties() {
		if p.ID != "" {
			ids = append(ids, p.ID)
		}
	}
	for _, k := range t.Keys {
		fv, ok := c.Filing.Fields[k.Name]
		if !ok || k.Kind != KindParty || slices.Contains(ids, fv.Text) {
			continue
		}
		d.add(fv.Pos, "filing."+k.Name, fmt.Sprintf("no party has the id %q%s", clip(fv.Text), suggest(fv.Text, "party id", ids)))
	}
}
