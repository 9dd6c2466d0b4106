package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"pleadgen/court"
	"pleadgen/render"
	"pleadgen/render/markup"
)

// docxText is the text of a WordprocessingML part as a reader sees it:
// the words of its paragraphs in order, a tab or a line break a space, a
// no-break hyphen a hyphen. The marks of footnote references (Word
// numbers them) are left out, and so are the headings' styles, which
// docxText returns apart: the level of each heading paragraph, in order.
func docxText(t *testing.T, part []byte) (words []string, headings []int) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(part))
	var text strings.Builder
	inT, noteMark, depth := false, false, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			switch tok.Name.Local {
			case "t":
				inT = true
			case "tab", "br":
				text.WriteByte(' ')
			case "noBreakHyphen":
				text.WriteByte('-')
			case "r":
				noteMark = false
			case "rStyle":
				noteMark = attrValue(tok, "val") == "FootnoteReference"
			case "pStyle":
				if v := attrValue(tok, "val"); strings.HasPrefix(v, "Heading") {
					var n int
					fmt.Sscanf(v, "Heading%d", &n)
					headings = append(headings, n)
				}
			}
		case xml.EndElement:
			depth--
			switch tok.Name.Local {
			case "t":
				inT = false
			case "p":
				text.WriteByte(' ')
			}
		case xml.CharData:
			if inT && !noteMark {
				text.Write(tok)
			}
		}
	}
	return strings.Fields(text.String()), headings
}

func attrValue(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// oracle collects the words a document must show, in order.
type oracle struct {
	paper    *court.Paper
	words    []string
	headings []int
}

func (o *oracle) runs(runs []markup.Run) {
	var b strings.Builder
	for _, r := range runs {
		if r.Note == 0 {
			b.WriteString(r.Text)
		}
	}
	o.text(b.String())
}

func (o *oracle) text(s string) {
	o.words = append(o.words, strings.Fields(strings.ReplaceAll(s, "\u2011", "-"))...)
}

func (o *oracle) lines(lines []markup.Line) {
	for _, l := range lines {
		o.runs(l.Runs)
	}
}

// blocks adds the words of blocks: paragraphs, headings, every line of
// line blocks (signatures, the attestation with the paper's words),
// the caption's columns, quotations, list items (not their markers, which
// Word's numbering draws) and table cells.
func (o *oracle) blocks(blocks []markup.Block, omitted map[int]bool) {
	for i, b := range blocks {
		if omitted[i] {
			continue
		}
		switch b := b.(type) {
		case *markup.Paragraph:
			o.runs(b.Runs)
		case *markup.Heading:
			o.runs(b.Runs)
			o.headings = append(o.headings, min(b.Level, 6))
		case *markup.LineBlock:
			if b.Kind == markup.Attestation && o.paper.Attestation.Text != "" {
				o.text(o.paper.Attestation.Heading)
				o.text(o.paper.Attestation.Text)
			}
			o.lines(b.Beside)
			o.lines(b.Lines)
		case *markup.Caption:
			o.lines(b.Left)
			o.lines(b.Right)
		case *markup.Quote:
			for _, p := range b.Paras {
				o.runs(p)
			}
		case *markup.List:
			for _, it := range b.Items {
				o.blocks(it.Blocks, nil)
			}
		case *markup.Table:
			for _, c := range b.Header {
				o.runs(c)
			}
			for _, row := range b.Rows {
				for _, c := range row {
					o.runs(c)
				}
			}
		}
	}
}

// TestTextOracle checks that every word of each example's paragraphs,
// headings, line blocks, caption, quotations, lists and table cells is in
// the .docx's document part once and in order, every word of its
// footnotes in the footnotes part, and every heading in a Word heading
// style of its level.
func TestTextOracle(t *testing.T) {
	for _, name := range allExamples(t) {
		t.Run(name, func(t *testing.T) {
			doc := exampleDoc(t, name)
			paper := paperOf(t, doc)
			data, err := Write(doc, paper, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d, err := render.Layout(doc)
			if err != nil {
				t.Fatal(err)
			}
			want := &oracle{paper: paper}
			want.blocks(doc.Blocks, omittedCounsel(doc.Blocks, d.MovedCounsel))
			parts, _ := readZip(t, data)
			got, headings := docxText(t, parts["word/document.xml"])
			sameWords(t, "document.xml", got, want.words)
			if fmt.Sprint(headings) != fmt.Sprint(want.headings) {
				t.Errorf("heading styles %v, want the levels %v", headings, want.headings)
			}
			notes := &oracle{paper: paper}
			for _, n := range doc.Notes {
				for _, p := range n.Paras {
					notes.runs(p)
				}
			}
			gotNotes, _ := docxText(t, parts["word/footnotes.xml"])
			sameWords(t, "footnotes.xml", gotNotes, notes.words)
		})
	}
}

// sameWords reports where got and want first part.
func sameWords(t *testing.T, what string, got, want []string) {
	t.Helper()
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Errorf("%s: word %d is %q, want %q (after …%s)", what, i, got[i], want[i], strings.Join(want[max(0, i-6):i], " "))
			return
		}
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d words, want %d", what, len(got), len(want))
	}
}
