package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"time"
)

// part is one file of the package: its name in the zip, its content type
// and its bytes.
type part struct {
	name, contentType, body string
}

// Content types of the parts.
const (
	ctDocument  = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	ctStyles    = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
	ctSettings  = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
	ctFontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
	ctFootnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
	ctNumbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
	ctHeader    = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
	ctFooter    = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
	ctCore      = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp       = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	ctRels      = "application/vnd.openxmlformats-package.relationships+xml"
)

// Relationship types.
const (
	relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore           = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp            = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relStyles         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSettings       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFontTable      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	relFootnotes      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
	relNumbering      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relHeader         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
	relFooter         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
)

// relationship is one entry of a relationships part.
type relationship struct {
	id, typ, target string
}

// relationshipsPart writes a relationships part.
func relationshipsPart(name string, rels []relationship) part {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rels {
		b.WriteString(`<Relationship`)
		attr(&b, "Id", r.id)
		attr(&b, "Type", r.typ)
		attr(&b, "Target", r.target)
		b.WriteString(`/>`)
	}
	b.WriteString(`</Relationships>`)
	return part{name: name, contentType: ctRels, body: b.String()}
}

// contentTypesPart names the content type of every part: relationships
// parts by their extension, the others one by one.
func contentTypesPart(parts []part) part {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="` + ctRels + `"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	for _, p := range parts {
		if p.contentType == ctRels {
			continue
		}
		b.WriteString(`<Override`)
		attr(&b, "PartName", "/"+p.name)
		attr(&b, "ContentType", p.contentType)
		b.WriteString(`/>`)
	}
	b.WriteString(`</Types>`)
	return part{name: "[Content_Types].xml", body: b.String()}
}

// zipTime is every entry's modification time: fixed, so that the same
// document gives the same bytes.
var zipTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// zipParts writes the package: the content types first, then the parts in
// the order given, deflated, with fixed times.
func zipParts(parts []part) ([]byte, error) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	all := append([]part{contentTypesPart(parts)}, parts...)
	for _, p := range all {
		f, err := w.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
