package templates

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pleadgen/cases"
	"pleadgen/render/markup"
)

// hostileValues are fragments of the markup's structure: directives, line
// breaks of every kind, block starts, footnotes, columns, escapes.
var hostileValues = []string{
	"X\n:::\n::: signature filer\n/s/ Forged Filer\n:::\n",
	":::", "::: signature filer", "::: pagebreak", "::: document", "|||", "a ||| b",
	"# Forged heading", "> quoted", "- item", "1. item", "12) item", "+ item",
	"[^n]: a note", "see[^n]", "\\", "\\:::", "    indented code", "```", "---", "***",
	"X\u2028::: signature filer\u2028/s/ Forged", "X\r::: signature\r/s/ Forged", "X\u0085:::", "X\v\f:::",
	"| a | b |\n|---|---|\n| c | d |", "**bold** _it_ <u>u</u> &nbsp;", "{{ .Case.File }}",
	"title: forged\nwidows: 9\nfootnotes: double", "   ::: signature", "X\n\n\nY",
	"/s/ Forged Filer", "  /S/ Forged",
}

// TestBoundary sets every one-line string of a case to each hostile value
// and checks that the markup keeps its structure: the same blocks in the
// same order, the same signers and attestation, the same settings. Prose
// may make blocks, but only those case text may.
func TestBoundary(t *testing.T) {
	set, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	base := multiParty(t)
	for _, field := range stringFields(base) {
		want := structure(t, set, withValue(t, field, "Plain"))
		for i, v := range hostileValues {
			c := withValue(t, field, v)
			if got := structure(t, set, c); got != want && !(signs(v) && got == "refused: a signature") {
				t.Errorf("%s = value %d %q changes the structure:\n%s\nwant\n%s", field, i, v, got, want)
			}
		}
	}
}

// multiParty loads the multi-party case: several parties and firms a side.
func multiParty(tb testing.TB) *cases.Case {
	tb.Helper()
	c, _, err := cases.Load(filepath.Join("testdata", "multi-party.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// withValue returns a fresh copy of the multi-party case with one string,
// found by its path, set to v.
func withValue(t *testing.T, path, v string) *cases.Case {
	t.Helper()
	c := multiParty(t)
	for _, f := range stringPointers(reflect.ValueOf(c).Elem(), "") {
		if f.path == path {
			f.set(v)
			return c
		}
	}
	t.Fatalf("no field %s", path)
	return nil
}

type stringField struct {
	path string
	set  func(string)
}

// stringFields lists the paths of the case's one-line strings: every
// string but the prose the schema marks as Markdown or lines.
func stringFields(c *cases.Case) []string {
	var out []string
	for _, f := range stringPointers(reflect.ValueOf(c).Elem(), "") {
		out = append(out, f.path)
	}
	return out
}

// stringPointers walks a value for the strings it holds.
func stringPointers(v reflect.Value, path string) []stringField {
	switch v.Kind() {
	case reflect.String:
		return []stringField{{path, func(s string) { v.SetString(s) }}}
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return stringPointers(v.Elem(), path)
	case reflect.Slice:
		var out []stringField
		for i := 0; i < v.Len(); i++ {
			out = append(out, stringPointers(v.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return out
	case reflect.Struct:
		var out []stringField
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() || skipped(f) {
				continue
			}
			out = append(out, stringPointers(v.Field(i), path+"."+f.Name)...)
		}
		return out
	}
	return nil
}

// skipped are the fields whose values are not one-line text of the case:
// prose (text:"…"), identities the program keys on, and enumerations the
// loader checks (types, sides, roles, dates).
func skipped(f reflect.StructField) bool {
	if f.Tag.Get("text") != "" || f.Tag.Get("yaml") == "-" || f.Type == reflect.TypeFor[cases.Spacing]() {
		return true
	}
	switch f.Name {
	case "Type", "Court", "Division", "Kind", "Key", "ID", "IDs", "Parties", "Side", "FiledBy",
		"Also", "Marker", "Numbering", "CounselBlock", "SignatureDates",
		"SignatureStyle", "SignatureSpacing", "Signer", "Positions", "Text", "Initials":
		return true
	}
	return false
}

// structure describes the markup's structure: each block's kind and
// shape, the signature lines, the document's settings.
func structure(t *testing.T, set *Set, c *cases.Case) string {
	t.Helper()
	out, err := set.Execute(c)
	if err != nil && strings.Contains(err.Error(), "reads as a conformed signature") {
		return "refused: a signature"
	}
	if err != nil {
		t.Fatalf("execute: %v", err)
	}
	doc, err := markup.Parse("markup", []byte(out))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, out)
	}
	var b strings.Builder
	m := doc.Meta
	fmt.Fprintf(&b, "meta %s %s %s %v|", m.Profile, m.Footnotes, m.Quotes, m.Widows)
	for _, blk := range doc.Blocks {
		b.WriteString(shape(blk))
		b.WriteString("|")
	}
	fmt.Fprintf(&b, "notes %d", len(doc.Notes))
	return b.String()
}

// shape is one block's kind and shape; for a line block, how many of its
// lines are signatures ("/s/ …", "By: /s/ …").
func shape(blk markup.Block) string {
	switch b := blk.(type) {
	case *markup.LineBlock:
		signed := 0
		for _, l := range append(append([]markup.Line(nil), b.Beside...), b.Lines...) {
			if text := lineText(l); strings.HasPrefix(text, "/s/") || strings.HasPrefix(text, "By: /s/") {
				signed++
			}
		}
		return fmt.Sprintf("lines k%d p%d c%d a%d s%d keep%v filer%v n%d/%d signed %d",
			b.Kind, b.Part, b.Column, b.Align, b.Spacing, b.Keep, b.Filer, len(b.Beside), len(b.Lines), signed)
	case *markup.Caption:
		return fmt.Sprintf("caption %d %d", len(b.Left), len(b.Right))
	case *markup.Heading:
		return fmt.Sprintf("h%d", b.Level)
	case *markup.Paragraph:
		return fmt.Sprintf("p keep%v", b.Keep)
	case *markup.List:
		return "list"
	case *markup.Table:
		return "table"
	case *markup.Quote:
		return "quote"
	case *markup.PageBreak:
		return "break"
	case *markup.FooterTitle:
		return "footer " + b.Title
	}
	return fmt.Sprintf("%T", blk)
}

func lineText(l markup.Line) string {
	var s []string
	for _, r := range l.Runs {
		s = append(s, r.Text)
	}
	return strings.Join(s, "")
}

// The hostile values are also the seeds of the fuzz target, which replays
// them with every test run.
func FuzzBoundary(f *testing.F) {
	for _, v := range hostileValues {
		f.Add(v)
	}
	set, err := Load(Options{})
	if err != nil {
		f.Fatal(err)
	}
	base := map[string]string{}
	f.Fuzz(func(t *testing.T, v string) {
		// A value that is only blanks prints an empty line or none,
		// as the template has it: it must only parse.
		plain := "Plain"
		switch {
		case oneLine(v) == "":
			for _, field := range boundaryFields {
				structure(t, set, withValue(t, field, v))
			}
			return
		case signs(v):
			plain = "/s/ Plain" // refused, as every value so written
		}
		for _, field := range boundaryFields {
			key := field + "=" + plain
			if _, ok := base[key]; !ok {
				base[key] = structure(t, set, withValue(t, field, plain))
			}
			if got := structure(t, set, withValue(t, field, v)); got != base[key] {
				t.Errorf("%s = %q changes the structure:\n%s\nwant\n%s", field, v, got, base[key])
			}
		}
	})
}

// rawTemplate prints values in every context with no escaping of its own:
// the escapers Load adds must keep it safe.
const rawTemplate = `::: document
title: {{ .Case.Filing.Title }}
author: {{ (index .Case.Counsel 0).Name }}
:::
::: counsel
{{ (index .Case.Counsel 0).Name }}
{{ range (index .Case.Counsel 0).Address }}{{ . }}
{{ end -}}
:::
::: caption
{{ (index .Case.Plaintiffs 0).Name }}
|||
{{ .Case.Filing.Title }}
{{ .Case.Judge.Name }}
:::
{{ (index .Case.Plaintiffs 0).Name }} in a paragraph, at {{ .Case.Filing.Conference.Place }}.

# {{ .Case.Judge.Name }}

{{ (index .Case.Counsel 0).Phone }}

::: signature filer
/s/ {{ (index .Case.Counsel 0).Name }}
{{ (index .Case.Counsel 0).Phone }}
:::
{{- range .Case.Filing.Order.Choices }}

{{ . }}
{{- end }}
`

func TestBoundaryOfAnOverride(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "joint-cmc-statement.tmpl"), []byte(rawTemplate), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range boundaryFields {
		want := structure(t, set, withValue(t, field, "Plain"))
		for i, v := range hostileValues {
			if got := structure(t, set, withValue(t, field, v)); got != want && !(signs(v) && got == "refused: a signature") {
				t.Errorf("%s = value %d %q changes the structure:\n%s\nwant\n%s", field, i, v, got, want)
			}
		}
	}
}

// boundaryFields are the fields the fuzz target and the override print.
var boundaryFields = []string{".Counsel[0].Address[0]", ".Counsel[0].Name", ".Counsel[0].Phone", ".Filing.Title",
	".Filing.Order.Choices[0]", ".Plaintiffs[0].Name", ".Judge.Name", ".Filing.Conference.Place"}

// What the escapers refuse of a template, with its place.
func TestEscaperRefusals(t *testing.T) {
	tests := []struct{ tmpl, want string }{
		{"::: lines {{ .Title }}\nX\n:::\n", `court.tmpl:1:13: executing "court.tmpl" at <escHeader>: error calling escHeader: "JOINT CASE MANAGEMENT STATEMENT & [PROPOSED] ORDER" cannot stand in a directive's header line`},
		{"{{ if .Case.Referral }}::: document\ntitle: x\n{{ end }}\n", "court.tmpl:1:6: the branches of this action end in different blocks; close the ::: document block in each"},
		{"{{ if .Case.Filing.ProposedOrder }}Place: {{ else }}::: lines {{ end }}{{ .Case.Filing.Conference.Place }}\nX\n:::\n", "court.tmpl:1:6: the branches of this action end in different contexts (text, or a directive's header line), and a value follows on the same line; end them alike"},
		{"{{ define \"opts\" }}{{ . }}{{ end -}}\n::: lines {{ template \"opts\" .Case.Filing.Conference.Place }}\nX\n:::\n", "court.tmpl:2:22: a template called on a directive's header line could print anything among its options; print the values here"},
	}
	c := multiParty(t)
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(tt.tmpl), 0o644); err != nil {
			t.Fatal(err)
		}
		set, err := Load(Options{Dir: dir})
		if err == nil {
			_, err = set.Execute(c)
		}
		if err == nil || !strings.HasSuffix(err.Error(), tt.want) {
			t.Errorf("error %v, want one ending %s", err, tt.want)
		}
	}
}
