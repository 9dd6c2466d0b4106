package cases

import (
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"pleadgen/court"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// The schema's descriptions are the Go comments of the types a case file
// decodes into, read from this package's source when the schema is
// generated (Schema, writeSchemaFiles). A binary has no source to read:
// it serves the schema generated then and committed (SchemaJSON).

// sourceDocs are the comments of the package's types, their fields and
// their constants.
type sourceDocs struct {
	types  map[string]string            // type → its doc
	fields map[string]map[string]string // type → Go field → its doc, else its line comment
	consts map[string]map[string]string // type → constant's value → its comment
}

// loadSourceDocs reads the comments of the package's source in dir.
func loadSourceDocs(dir string) (*sourceDocs, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading the source of package cases for the schema's descriptions: %w", err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if f.Name.Name == "cases" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no source of package cases in %s", dir)
	}
	pkg, err := doc.NewFromFiles(fset, files, "pleadgen/cases")
	if err != nil {
		return nil, err
	}
	d := &sourceDocs{types: map[string]string{}, fields: map[string]map[string]string{}, consts: map[string]map[string]string{}}
	for _, t := range pkg.Types {
		d.types[t.Name] = oneParagraph(t.Doc)
		for _, spec := range t.Decl.Specs {
			ts, ok := spec.(*ast.TypeSpec)
			if !ok || ts.Name.Name != t.Name {
				continue
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			fields := map[string]string{}
			for _, f := range st.Fields.List {
				text := commentText(f.Doc)
				if text == "" {
					text = commentText(f.Comment)
				}
				for _, name := range f.Names {
					fields[name.Name] = text
				}
			}
			d.fields[t.Name] = fields
		}
		consts := map[string]string{}
		for _, v := range t.Consts {
			for _, spec := range v.Decl.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Values) != 1 {
					continue
				}
				lit, ok := vs.Values[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				val, err := strconv.Unquote(lit.Value)
				if err != nil {
					continue
				}
				text := commentText(vs.Comment)
				if text == "" {
					text = commentText(vs.Doc)
				}
				consts[val] = text
			}
		}
		d.consts[t.Name] = consts
	}
	return d, nil
}

// commentText is a comment group's text as one paragraph.
func commentText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	return oneParagraph(g.Text())
}

// oneParagraph joins a comment's lines, and its paragraphs, with spaces.
func oneParagraph(s string) string { return strings.Join(strings.Fields(s), " ") }

// field returns the doc of a Go field.
func (d *sourceDocs) field(typ, field string) string { return d.fields[typ][field] }

var (
	// onlyQuotes is a comment that is nothing but examples: "DMR".
	onlyQuotes = regexp.MustCompile(`^("[^"]*")(?:,? (?:or )?"[^"]*")*\.?$`)
	// quotesAfterColon is a comment that ends with examples after a colon:
	// what set it: "Order, Dkt. No. 80".
	quotesAfterColon = regexp.MustCompile(`: ((?:"[^"]*"(?:,? (?:or )?)?)+)\.?$`)
	quoted           = regexp.MustCompile(`"([^"]*)"`)
)

// splitExamples takes the examples out of a field's comment: a comment
// that is only quoted strings gives examples and no description; one that
// ends in quoted strings after a colon keeps its words and gives them as
// examples too.
func splitExamples(text string) (desc string, examples []string) {
	var list string
	switch {
	case onlyQuotes.MatchString(text):
		list, desc = text, ""
	case quotesAfterColon.MatchString(text):
		list, desc = quotesAfterColon.FindStringSubmatch(text)[1], text
	default:
		return text, nil
	}
	for _, m := range quoted.FindAllStringSubmatch(list, -1) {
		examples = append(examples, m[1])
	}
	return desc, examples
}

// fieldDocs describe the fields whose comments do not: those that have
// none, or share one with the fields beside them. Keyed by Go type and
// field.
var fieldDocs = map[string]string{
	"Case.Number":               "the case number, without the judge's initials (they go in judge.initials): the office code, the two-digit year, the case type and the sequence number",
	"Case.Division":             "the division; left out, the division of the case number's office code",
	"Case.Plaintiffs":           "the plaintiffs, in the caption's order",
	"Case.Defendants":           "the defendants, in the caption's order",
	"Case.ThirdPartyDefendants": "the parties a defendant brought in by a third-party complaint (Fed. R. Civ. P. 14)",
	"Case.Intervenors":          "the parties that joined the action under Fed. R. Civ. P. 24",
	"Case.Counsel":              "the attorneys, in the order they are listed: each represents a side, a party or parties (for), and one files the document (files: true) unless a party that represents itself does",
	"Judge.Name":                "the judge's full name",
	"Judge.Initials":            "the judge's initials, which the caption adds to the case number",
	"Judge.Title":               "the judge's title, instead of the one magistrate gives",
	"Party.Name":                "the party's name as the caption gives it",
	"Party.Description":         "what the party is, after its name in the caption",
	"Party.Address":             "the address of a party that represents itself (pro_se), a line an entry",
	"Party.Phone":               "the telephone number of a party that represents itself (pro_se)",
	"Party.Email":               "the email address of a party that represents itself (pro_se)",
	"Counsel.Name":              "the attorney's name",
	"Counsel.Title":             "the attorney's title",
	"Counsel.Address":           "the attorney's address, a line an entry",
	"Counsel.Phone":             "the attorney's telephone number",
	"Counsel.Fax":               "the attorney's fax number",
	"Counsel.Email":             "the attorney's email address",
	"Counsel.Signs":             "whether the attorney signs the filing",
	"Supervisor.Name":           "the office head's name",
	"Supervisor.Title":          "the office head's title",
	"Filing.Type":               "the filing type: the document this is, and the keys of filing: it adds (see docs/filing-types.md)",
	"Filing.FiledBy":            "the side that files a cmc-statement, which one side files alone",
	"Filing.Reason":             "why a cmc-statement is not joint (Markdown)",
	"Filing.Conference":         "the case management conference a statement is filed for",
	"Filing.Topics":             "the statement's topics, by the Standing Order's keys, in the order the statement gives them",
	"Filing.Intro":              "the opening paragraph (Markdown)",
	"Filing.Numbering":          "how the topic headings are numbered",
	"Filing.FooterTitle":        "a shorter title for every page's footer",
	"Filing.DocumentID":         "a firm's document number printed in the footer",
	"Filing.ProposedOrder":      "the short form of order: an order with no choices and no text of its own; a case file gives one or the other",
	"Filing.BodyOnNewPage":      "start the body on page 2",
	"Filing.Footnotes":          "the line spacing of footnotes; left out, the court profile's",
	"Filing.Quotations":         "the line spacing of block quotations; left out, the court profile's",
	"Filing.Tables":             "the line spacing of the lines inside a table's cells (rows still start on numbered lines); left out, the court profile's",
	"Filing.Widows":             "lines kept together at the end and the start of a page; 0 turns the control off; left out, the court profile's",
	"Conference.Date":           "the conference's date, which a statement's caption shows",
	"Conference.Time":           "the conference's time, which a statement's caption shows; a shared case file may give it alone",
	"Conference.Courtroom":      "the courtroom",
	"RelatedCase.Number":        "the related case's number, without its judge's initials",
	"RelatedCase.Label":         "the words before the related case's number",
	"Order.Choices":             "choices for the judge, each printed with a box to tick",
	"Due.Date":                  "the due date",
	"Service.Date":              "the date of service",
}

// requiredNotes say when a field is required that its required tag
// does not.
func requiredNotes() map[string]string {
	statement := "in a statement (" + strings.Join(statementTypes(), ", ") + ")"
	return map[string]string{
		"Case.Counsel":      "unless every party represents itself",
		"Filing.Date":       "unless draft: true",
		"Filing.Conference": statement,
		"Filing.Topics":     statement + ", unless positions is given",
		"Filing.FiledBy":    "in a " + CMCStatement,
		"Conference.Date":   statement,
		"Conference.Time":   statement,
		"Service.Served":    "unless method is " + ServiceMethods()[0],
	}
}

// statementTypes are the built-in types of case management statements.
func statementTypes() []string {
	var out []string
	for _, name := range builtinNames() {
		if builtinType(name).Statement {
			out = append(out, name)
		}
	}
	return out
}

// fieldDefaults are the values that stand for a field left out, besides
// false for a bool.
func fieldDefaults() map[string]any {
	return map[string]any{
		"Case.Court":            court.Builtin().Default().Name,
		"Party.Appeared":        true,
		"Counsel.Signs":         true,
		"Filing.Numbering":      string(Arabic),
		"Filing.PositionLabel":  "Statement",
		"Filing.CounselBlock":   string(FilerSide),
		"Filing.SignatureDates": false,
		"Filing.SignatureStyle": string(PlainSignature),
		"Filing.DateStyle":      string(LongDate),
		"RelatedCase.Label":     "Related Case No.",
		"Order.Heading":         "[PROPOSED] ORDER",
		"Order.Marker":          OrderMarkers()[0],
		"Service.Method":        ServiceMethods()[0],
	}
}

// fieldExamples are examples of fields, where their comments give none
// or give words rather than values.
func fieldExamples() map[string][]any {
	divisions := strs(court.Builtin().Default().Divisions()...)
	return map[string][]any{
		"Case.Division":        divisions,
		"Case.County":          {"Los Angeles"},
		"Judge.Department":     {"14"},
		"Filing.Outline":       {"standing-order-2023"},
		"Case.Referral":        {"KAW"},
		"Judge.Title":          {"Chief Magistrate Judge"},
		"Party.ID":             {"marsh", "marsh-freight"},
		"Party.Name":           {"U.S. Immigration and Customs Enforcement"},
		"Party.Also":           {[]any{string(CounterClaimant)}},
		"Party.Address":        {[]any{"1 Main Street", "Oakland, CA 94612"}},
		"Party.Phone":          {"510-555-0100"},
		"Party.Email":          {"pro.se@example.com"},
		"Counsel.Name":         {"Vasudha Talla"},
		"Counsel.Bar":          {"123456"},
		"Counsel.Firm":         {"Hale & Whitcomb LLP"},
		"Counsel.Address":      {[]any{"39 Drumm Street", "San Francisco, CA 94111"}},
		"Counsel.Phone":        {"415-621-2493"},
		"Counsel.Fax":          {"415-555-0162"},
		"Counsel.Email":        {"vtalla@aclunc.org"},
		"Counsel.For":          {string(Plaintiffs), "orchard", []any{"marsh", "marsh-freight"}},
		"Supervisor.Name":      {"Stephanie M. Hinds"},
		"Supervisor.Title":     {"Acting United States Attorney"},
		"Filing.Type":          {JointCMCStatement},
		"Filing.Title":         {"Stipulation and [Proposed] Order to Continue the Case Management Conference"},
		"Filing.FiledBy":       {string(Plaintiffs)},
		"Filing.FooterTitle":   {"Joint CMC Statement"},
		"Filing.DocumentID":    {"2931-004"},
		"Filing.Widows":        {2},
		"RelatedCase.Initials": {"JST"},
		"Order.Choices":        {[]any{"Plaintiffs' schedule", "Defendants' schedule"}},
		"Service.Method":       strs(ServiceMethods()...),
		"Service.Served":       {[]any{"Savith Iyengar\nAssistant United States Attorney\n450 Golden Gate Avenue\nSan Francisco, CA 94102"}},
		"Service.Signer":       {"Vasudha Talla"},
	}
}

// schemaFiles are the files generated from the package's types, whose
// source is in dir: the schema beside them and the key reference in the
// repository's docs.
func schemaFiles(dir string) (map[string][]byte, error) {
	g, err := generateSchema(dir)
	if err != nil {
		return nil, err
	}
	return map[string][]byte{
		filepath.Join(dir, "schema.json"):                g.json,
		filepath.Join(dir, "..", "docs", "case-file.md"): g.markdown(),
	}, nil
}

// writeSchemaFiles writes the files generated from the package's types,
// whose source is in dir (go test ./cases -run TestSchemaFiles -update).
func writeSchemaFiles(dir string) error {
	files, err := schemaFiles(dir)
	if err != nil {
		return err
	}
	for path, data := range files {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// markdown writes the key reference.
func (g *schemaGen) markdown() []byte {
	var b strings.Builder
	b.WriteString(`# Case file reference

<!-- Generated by "go test ./cases -run TestSchemaFiles -update" from the Go types of package cases; do not edit. -->

Every key a case file may hold, generated from the Go types pleadgen decodes a
case file into (package ` + "`cases`" + `), their comments, and the built-in filing
types (` + "`cases/types/*.yaml`" + `). The same data makes the JSON Schema
` + "`cases/schema.json`" + ` (draft 2020-12), which an editor can check a case file
with: for the YAML language server, a first line
` + "`# yaml-language-server: $schema=../cases/schema.json`" + ` (the path from the case
file).

- **Key**: ` + "`a.b`" + ` is key b of mapping a; ` + "`a[]`" + ` an item of list a; ` + "`TOPIC`" + `,
  ` + "`SIDE`" + ` and ` + "`ID`" + ` stand for a topic's key, a side and a party's id.
- **Type**: text is one line (a block scalar's last line break is dropped), and
  a number given for it is read as its digits; Markdown is prose; a date is
  written YYYY-MM-DD.
- **Required**: what a whole case file must hold. A file that names a shared
  case file (` + "`case:`" + `) is whole once laid over it, so it may leave those keys
  to the shared file.
- Beyond what the schema says, validation checks what ties keys together: the
  ids that for, topics and party keys name, that one person files the
  document, that dates exist, and the like.

`)
	b.WriteString("## Contents\n\n")
	for _, s := range g.sections {
		fmt.Fprintf(&b, "- [%s](#%s)\n", s.Title, anchor(s.Title))
	}
	for _, s := range g.sections {
		fmt.Fprintf(&b, "\n## %s\n", s.Title)
		if s.Intro != "" {
			b.WriteString("\n" + s.Intro + "\n")
		}
		if len(s.Rows) == 0 {
			continue
		}
		b.WriteString("\n| Key | Type | Required | Default | Description | Example |\n")
		b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
		for _, r := range s.Rows {
			cells := []string{"`" + r.Path + "`", r.Type, r.Required, r.Default, r.Desc, r.Example}
			for i, c := range cells {
				cells[i] = strings.ReplaceAll(strings.ReplaceAll(c, "|", `\|`), "\n", "<br>")
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	return []byte(b.String())
}

// anchor is the link target GitHub gives a heading.
func anchor(title string) string {
	var out strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r == ' ':
			out.WriteRune('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			out.WriteRune(r)
		}
	}
	return out.String()
}
