package redline

import (
	"strings"

	"pleadgen/render/markup"
)

// contextOf names the part of the filing that block (1 + its index) is
// in, as a lawyer would: "8. Discovery — Defendants' Statement", "the
// caption", "the signatures".
func contextOf(doc *markup.Doc, block int) string {
	if block < 1 || block > len(doc.Blocks) {
		return "the paper"
	}
	if name := blockName(doc.Blocks[block-1]); name != "" {
		return name
	}
	if opensSignatures(doc, block-1) {
		return "the signatures"
	}
	label := ""
	for i := block - 1; i >= 0; i-- {
		switch b := doc.Blocks[i].(type) {
		case *markup.Heading:
			if b.Level != 1 {
				continue
			}
			if label != "" {
				return runsText(b.Runs) + " — " + label
			}
			return runsText(b.Runs)
		case *markup.Paragraph:
			if l := labelOf(b); label == "" && l != "" {
				label = l
			}
		case *markup.LineBlock:
			if b.Kind == markup.Signature || b.Kind == markup.Attestation {
				return after(doc, block)
			}
		}
	}
	return "the opening"
}

// opensSignatures reports whether block i is the lines before the
// signatures ("Respectfully submitted,", the date).
func opensSignatures(doc *markup.Doc, i int) bool {
	b, ok := doc.Blocks[i].(*markup.LineBlock)
	if !ok || b.Kind != markup.Plain || i+1 >= len(doc.Blocks) {
		return false
	}
	next, ok := doc.Blocks[i+1].(*markup.LineBlock)
	return ok && next.Kind == markup.Signature
}

// blockName names a block that is a part of the filing by itself.
func blockName(b markup.Block) string {
	switch b := b.(type) {
	case *markup.Caption:
		return "the caption"
	case *markup.Heading:
		return "the heading " + runsText(b.Runs)
	case *markup.LineBlock:
		switch b.Kind {
		case markup.Counsel:
			return "the counsel block"
		case markup.Court:
			return "the court's title"
		case markup.Signature:
			return "the signatures"
		case markup.Attestation:
			return "the attestation"
		}
	}
	return ""
}

// after names a part that follows the signatures by its centred heading:
// "the CASE MANAGEMENT ORDER", "the CERTIFICATE OF SERVICE".
func after(doc *markup.Doc, block int) string {
	for i := block - 1; i >= 0; i-- {
		if b, ok := doc.Blocks[i].(*markup.LineBlock); ok && b.Kind == markup.Plain && b.Align == markup.Center && len(b.Lines) > 0 {
			return "the " + runsText(b.Lines[0].Runs)
		}
	}
	return "after the signatures"
}

// labelOf is a paragraph's run-in label without its colon: "Defendants'
// Statement"; "" for none.
func labelOf(p *markup.Paragraph) string {
	var b strings.Builder
	for _, r := range p.Runs {
		if r.Style&markup.Underline == 0 {
			break
		}
		b.WriteString(r.Text)
	}
	return strings.TrimSuffix(strings.TrimSpace(b.String()), ":")
}

// runsText is the text of runs.
func runsText(rs []markup.Run) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Text)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
