package layout

import "pleadgen/render/markup"

// attestationPlace finds where the filer's attestation goes when anyone
// but the filer signs with a conformed "/s/" signature: after the last
// signature block so signed. It returns that block's index and the filer's
// "/s/" line, or −1.
func attestationPlace(blocks []markup.Block) (int, markup.Line) {
	var filer *markup.Line
	others, last := 0, -1
	for i, b := range blocks {
		lb, ok := b.(*markup.LineBlock)
		if !ok || lb.Kind != markup.Signature {
			continue
		}
		l, signed := conformed(lb)
		switch {
		case !signed:
			continue
		case lb.Filer || (filer == nil && others == 0 && !anyFiler(blocks)):
			filer = &l
		default:
			others++
		}
		last = i
	}
	if filer == nil || others == 0 {
		return -1, markup.Line{}
	}
	return last, *filer
}

// attest adds the attestation: the profile's heading and text, then the
// filer's own conformed signature.
func (f *flow) attest(filer markup.Line) {
	if f.p.Attestation.Text == "" {
		return
	}
	f.lineBlock(&markup.LineBlock{Kind: markup.Plain, Align: markup.Center, Keep: true,
		Lines: []markup.Line{{}, {Runs: []markup.Run{{Text: f.p.Attestation.Heading, Style: markup.Bold}}}}})
	f.paragraph([]markup.Run{{Text: f.p.Attestation.Text}}, f.p.Text.Indent)
	f.rows[len(f.rows)-1].keepNext = true
	f.lineBlock(&markup.LineBlock{Kind: markup.Signature, Column: markup.RightHalf, Keep: true,
		Lines: []markup.Line{filer}})
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
