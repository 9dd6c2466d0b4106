package markup

import (
	"strconv"
	"strings"
	"time"
)

// meta reads the key: value lines of a ::: document block.
func (p *parser) meta(lines []string, first int) error {
	m := &p.doc.Meta
	fields := map[string]*string{
		"profile": &m.Profile, "title": &m.Title, "footer": &m.Footer,
		"case": &m.Case, "author": &m.Author, "date": &m.Date, "document_id": &m.DocumentID,
		"footnotes": &m.Footnotes, "quotes": &m.Quotes, "tables": &m.Tables, "paper": &m.Paper,
	}
	var widows, draft string
	fields["widows"] = &widows // parsed into m.Widows by checkSetting
	fields["draft"] = &draft   // parsed into m.Draft by checkSetting
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			return p.errorf(first+i, 1, "want \"key: value\" in a document block")
		}
		dst, known := fields[strings.TrimSpace(key)]
		if !known {
			return p.errorf(first+i, 1, "unknown document field %q (known: author, case, date, document_id, draft, footer, footnotes, paper, profile, quotes, tables, title, widows)", strings.TrimSpace(key))
		}
		*dst = strings.TrimSpace(value)
		if err := p.checkSetting(strings.TrimSpace(key), *dst, first+i); err != nil {
			return err
		}
	}
	return nil
}

// checkSetting validates the document fields that are settings.
func (p *parser) checkSetting(key, value string, line int) error {
	switch key {
	case "footnotes", "quotes", "tables":
		if value != "single" && value != "double" {
			return p.errorf(line, 1, "%s: want single or double, not %q", key, value)
		}
	case "widows":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 || n > 10 {
			return p.errorf(line, 1, "widows: want a number of lines from 0 to 10, not %q", value)
		}
		p.doc.Meta.Widows = &n
	case "draft":
		if value != "true" && value != "false" {
			return p.errorf(line, 1, "draft: want true or false, not %q", value)
		}
		p.doc.Meta.Draft = value == "true"
	}
	return nil
}

// Dated is the date the document is dated, which fixes the dates its PDF
// and Word document record: the document block's, else a fixed epoch, so
// that the same markup makes the same bytes.
func (m Meta) Dated() time.Time {
	if d, err := time.Parse("2006-01-02", m.Date); err == nil {
		return d
	}
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
}
