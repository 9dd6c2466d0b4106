package markup

import (
	"errors"
	"strings"
	"testing"
)

// spanOf returns the span of the first occurrence of text in src.
func spanOf(t *testing.T, src, text string) Span {
	t.Helper()
	i := strings.Index(src, text)
	if i < 0 {
		t.Fatalf("%q not in the markup", text)
	}
	return Span{Start: i, End: i + len(text)}
}

// TestParseCaseHoldsTextToTextBlocks: the case file's text, wherever it
// stands in the markup, opens only the blocks text may use and closes
// only those it opened; the same markup from a template parses.
func TestParseCaseHoldsTextToTextBlocks(t *testing.T) {
	tests := []struct {
		name, markup, text string
		line               int    // the line of the error, 0 for none
		msg                string // in the error
	}{
		{"a document block", "# Facts\n\n::: document\ntitle: X\n:::\n", "::: document\ntitle: X\n:::\n", 3, "may not open a ::: document block"},
		{"in a footnote", "Text.[^n]\n\n[^n]: ::: signature filer\n    /s/ X\n    :::\n", "Text.[^n]\n\n[^n]: ::: signature filer\n    /s/ X\n    :::\n", 3, "may not open a ::: signature block"},
		{"in a list item", "- a\n  ::: court\n  X\n  :::\n", "- a\n  ::: court\n  X\n  :::\n", 2, "may not open a ::: court block"},
		{"closing the template's block", "::: paragraphs flush\nText.\n:::\nmore\n:::\n", "Text.\n:::\nmore", 3, "closes a ::: paragraphs block it did not open"},
		{"leaving its block to the template", "::: paragraphs flush\nText.\n:::\n", "::: paragraphs flush\nText.", 1, "not closed within that text"},
		{"leaving its block in a list item", "- item\n  ::: table\n  | a |\n  |---|\n  :::\n", "- item\n  ::: table\n  | a |\n  |---|", 2, "not closed within that text"},
		{"a table", "Intro.\n\n::: table 2 1\n| a | b |\n|---|---|\n| c | d |\n:::\n", "::: table 2 1\n| a | b |\n|---|---|\n| c | d |\n:::", 0, ""},
		{"a list in the template's list", "1. Item.\n\n   ::: list (a)\n   1. x\n   :::\n", "::: list (a)\n   1. x\n   :::", 0, ""},
		{"a page break", "A.\n\n::: pagebreak\n\nB.\n", "A.\n\n::: pagebreak\n\nB.", 0, ""},
		{"escaped colons", "\\::: document\n", "\\::: document", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCase("m", []byte(tt.markup), []Span{spanOf(t, tt.markup, tt.text)})
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("ParseCase: %v", err)
				}
				return
			}
			var me *Error
			if !errors.As(err, &me) || me.Line != tt.line || !strings.Contains(me.Msg, tt.msg) {
				t.Fatalf("ParseCase: %v, want line %d: …%s…", err, tt.line, tt.msg)
			}
			if line := strings.Split(tt.markup, "\n")[tt.line-1]; !strings.HasPrefix(line[me.Col-1:], ":::") && !strings.HasPrefix(line[me.Col-1:], "[^") {
				t.Errorf("column %d of %q is not the block's", me.Col, line)
			}
			if _, err := Parse("m", []byte(tt.markup)); err != nil && strings.Contains(err.Error(), tt.msg) {
				t.Errorf("Parse, the template's own markup, refused it too: %v", err)
			}
		})
	}
}

// TestParseCaseOutsideTheTexts: blocks the template opens and closes
// around and between texts are the template's to open.
func TestParseCaseOutsideTheTexts(t *testing.T) {
	src := "::: document\ntitle: T\n:::\n\n::: paragraphs flush\nOne.\n:::\n\nTwo.\n\n::: signature filer\n/s/ X\n:::\n"
	texts := []Span{spanOf(t, src, "One."), spanOf(t, src, "Two.")}
	if _, err := ParseCase("m", []byte(src), texts); err != nil {
		t.Fatal(err)
	}
}
