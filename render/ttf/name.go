package ttf

import (
	"strings"
	"unicode/utf16"
)

// postScriptName reads the font's PostScript name (name 6) from its name
// table: the Windows record, in UTF-16, or else the Macintosh one; only
// the characters a PostScript name may hold are kept. It is empty when the
// font has none.
func (f *font) postScriptName() string {
	t := f.tables["name"]
	if len(t) < 6 {
		return ""
	}
	n, strings0 := int(be.Uint16(t[2:])), int(be.Uint16(t[4:]))
	var mac string
	for i := 0; i < n; i++ {
		rec := t[6+12*i:]
		if len(rec) < 12 {
			break
		}
		platform, nameID := be.Uint16(rec), be.Uint16(rec[6:])
		length, off := int(be.Uint16(rec[8:])), strings0+int(be.Uint16(rec[10:]))
		if nameID != 6 || off+length > len(t) {
			continue
		}
		b := t[off : off+length]
		switch platform {
		case 3, 0:
			u := make([]uint16, len(b)/2)
			for j := range u {
				u[j] = be.Uint16(b[2*j:])
			}
			return postScriptChars(string(utf16.Decode(u)))
		case 1:
			mac = postScriptChars(string(b))
		}
	}
	return mac
}

// postScriptChars keeps of s the printable ASCII characters a PostScript
// name may hold.
func postScriptChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r <= ' ' || r > '~' || strings.ContainsRune("[](){}<>/%", r) {
			return -1
		}
		return r
	}, s)
}
