package layout

import "pleadgen/render/markup"

// attestation adds the filer's attestation when anyone but the filer signs
// with a conformed "/s/" signature: the profile's heading and text, then
// the filer's own conformed signature.
func (f *flow) attestation(blocks []markup.Block) {
	var filer *markup.Line
	others := 0
	for _, b := range blocks {
		lb, ok := b.(*markup.LineBlock)
		if !ok || lb.Kind != markup.Signature {
			continue
		}
		l, signed := conformed(lb)
		switch {
		case !signed:
		case lb.Filer || (filer == nil && others == 0 && !anyFiler(blocks)):
			filer = &l
		default:
			others++
		}
	}
	if filer == nil || others == 0 || f.p.Attestation.Text == "" {
		return
	}
	f.lineBlock(&markup.LineBlock{Kind: markup.Plain, Align: markup.Center, Keep: true,
		Lines: []markup.Line{{}, {Runs: []markup.Run{{Text: f.p.Attestation.Heading, Style: markup.Bold}}}}})
	f.paragraph([]markup.Run{{Text: f.p.Attestation.Text}}, f.p.Text.Indent)
	f.rows[len(f.rows)-1].keepNext = true
	f.lineBlock(&markup.LineBlock{Kind: markup.Signature, Column: markup.RightHalf, Keep: true,
		Lines: []markup.Line{*filer}})
}

// anyFiler reports whether some signature block is marked as the filer's.
func anyFiler(blocks []markup.Block) bool {
	for _, b := range blocks {
		if lb, ok := b.(*markup.LineBlock); ok && lb.Filer {
			return true
		}
	}
	return false
}
