package docx

import (
	"strings"

	"pleadgen/pdffile"
	"pleadgen/render/markup"
)

// settingsXML writes word/settings.xml: Word's half-inch tab stops, the
// two footnote separators, and the compatibility of current Word.
func settingsXML() string {
	return xmlHeader + `<w:settings` + wordNamespaces + `>` +
		`<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>` +
		`<w:characterSpacingControl w:val="doNotCompress"/>` +
		`<w:footnotePr><w:footnote w:id="` + itoa(separatorID) + `"/><w:footnote w:id="` + itoa(continuationID) + `"/></w:footnotePr>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="en-US"/></w:settings>`
}

// fontTableXML writes word/fontTable.xml: the one typeface.
func fontTableXML() string {
	return xmlHeader + `<w:fonts` + wordNamespaces + `>` +
		`<w:font w:name="` + font + `"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>` +
		`<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`
}

// coreXML writes docProps/core.xml: the title, the case number as the
// subject, the filer as the author, and the document's date.
func coreXML(m markup.Meta) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	element := func(name, value string) {
		if value != "" {
			b.WriteString("<" + name + ">")
			escape(&b, value)
			b.WriteString("</" + name + ">")
		}
	}
	element("dc:title", m.Title)
	element("dc:subject", m.Case)
	element("dc:creator", m.Author)
	if m.Digest != "" {
		// The digest of the inputs, as a PDF's keywords record it, so that
		// a run finds the document up to date.
		element("cp:keywords", pdffile.Keywords(m.Digest))
	}
	element("cp:lastModifiedBy", m.Author)
	date := m.Dated().Format("2006-01-02T15:04:05Z")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + date + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + date + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}

// appXML writes docProps/app.xml.
func appXML() string {
	return xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
		` xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
		`<Application>pleadgen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
		`<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
		`</Properties>`
}
