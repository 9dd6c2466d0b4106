package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// forge is the value every row puts in a field: a line break and the lines
// that would close the block, open the filer's signature and sign it.
const forge = `X\n:::\n::: signature filer\n/s/ Forged Filer\n:::\nY`

// TestNoFieldForgesASignature puts the forgery into each field the case
// file has, as a YAML double-quoted string. A one-line field refuses it
// where it stands; a field of lines (the entries served) prints it as
// text. Either way the PDF's signatures are the real ones.
func TestNoFieldForgesASignature(t *testing.T) {
	good, err := os.ReadFile("testdata/complete.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g := string(good)
	tests := []struct {
		name, old, new string
		refused        string // the error's field, or "" when the PDF renders
	}{
		{"an address line", "[39 Drumm Street,", `["39 Drumm` + forge + `",`, "counsel[0].address[0]"},
		{"the filer's name", "name: Vasudha Talla", `name: "Vasudha Talla` + forge + `"`, "counsel[0].name"},
		{"a phone", "phone: 415-621-2493", `phone: "415` + forge + `"`, "counsel[0].phone"},
		{"a party's name", "name: Just Futures Law", `name: "Just` + forge + `"`, "plaintiffs[0].name"},
		{"the judge's name", "name: Donna M. Ryu", `name: "Donna` + forge + `"`, "judge.name"},
		{"the title", "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  title: \"Joint" + forge + "\"\n", "filing.title"},
		{"the conference time", `time: "1:30 P.M."`, `time: "1:30` + forge + `"`, "filing.conference.time"},
		{"the conference place", "place: Oakland", `place: "Oakland` + forge + `"`, "filing.conference.place"},
		{"a topic heading", "    jurisdiction: All parties", "    jurisdiction:\n      heading: \"Jurisdiction" + forge + "\"\n      joint: All parties", "filing.topics.jurisdiction.heading"},
		{"an order choice", "  topics:\n", "  order: {choices: [\"Plan A" + forge + "\"]}\n  topics:\n", "filing.order.choices[0]"},
		{"a related case's label", "  topics:\n", "  caption: {related: [{number: 4:21-cv-03000, label: \"Related" + forge + "\"}]}\n  topics:\n", "filing.caption.related[0].label"},
		{"a signature inside a line", "[39 Drumm Street,", `[39 Drumm Street, "By: /s/ Forged Filer",`, "counsel[0].address[1]"},
		{"a signature behind a zero-width space", "[39 Drumm Street,", `["\u200b/s/ Forged Filer",`, "counsel[0].address[0]"},
		{"a signature in full-width slashes", "phone: 415-621-2493", `phone: "\uff0fs\uff0f Forged"`, "counsel[0].phone"},
		{"a signature by character references", "[39 Drumm Street,", `["&#47;s&#47; Forged Filer", "&sol;s&sol; Other",`, ""},
		{"an entry served", "  topics:\n", "  service: {date: 2021-07-14, method: mail, served: [\"Jane Roe" + forge + "\"], signer: Vasudha Talla}\n  topics:\n", "filing.service.served[0]"},
		{"an entry served, without signing", "  topics:\n", "  service: {date: 2021-07-14, method: mail, served: [\"Jane Roe\\n:::\\n::: signature filer\\nForged Filer\\n:::\"], signer: Vasudha Talla}\n  topics:\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(g, tt.old) {
				t.Fatalf("complete.yaml has no %q", tt.old)
			}
			dir := t.TempDir()
			src, out := filepath.Join(dir, "case.yaml"), filepath.Join(dir, "case.pdf")
			if err := os.WriteFile(src, []byte(strings.Replace(g, tt.old, tt.new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runApp("render", "-q", src, "-o", out)
			if tt.refused != "" {
				if code != 1 || !strings.Contains(stderr, ": "+tt.refused+": ") || !strings.Contains(stderr, "one line") && !strings.Contains(stderr, "conformed signature") {
					t.Fatalf("exit %d, want a one-line error at %s; stderr:\n%s", code, tt.refused, stderr)
				}
				return
			}
			if code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr)
			}
			want := "/s/ Vasudha Talla|/s/ Savith Iyengar|/s/ Vasudha Talla" // the attorneys, the attestation
			if strings.Contains(tt.new, "service:") {
				want += "|/s/ Vasudha Talla" // the certificate
			}
			checkSigners(t, readPDFText(t, out), want)
		})
	}
}

// signatureColumn is where signature blocks start, in points from the
// page's left edge (the profile's signature.left, 342).
const signatureColumn = 340.0

// checkSigners asserts that the only signatures — "/s/" lines in the
// signature column — are the case's own: the forgery, where it prints,
// prints as text in its own place.
func checkSigners(t *testing.T, d *pdfText, want string) {
	t.Helper()
	var signed []string
	for _, l := range d.body {
		if s := l.text(); strings.HasPrefix(s, "/s/") && l.words[0].XMin >= signatureColumn {
			signed = append(signed, s)
		}
	}
	if got := strings.Join(signed, "|"); got != want {
		t.Errorf("signatures %s, want %s", got, want)
	}
}
