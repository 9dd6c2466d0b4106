package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// cmcHeadings are the 21 headings of the Standing Order for All Judges of the
// Northern District of California, in their required order (SPEC.md, 3).
var cmcHeadings = []string{
	"Jurisdiction & Service", "Facts", "Legal Issues", "Motions", "Amendment of Pleadings",
	"Evidence Preservation", "Disclosures", "Discovery", "Class Actions", "Related Cases",
	"Relief", "Settlement and ADR", "Consent to Magistrate Judge For All Purposes",
	"Other References", "Narrowing of Issues", "Expedited Trial Procedure", "Scheduling",
	"Trial", "Disclosure of Non-party Interested Entities or Persons", "Professional Conduct",
	"Other",
}

// numberedHeadings returns the headings as the statement prints them.
func numberedHeadings() []string {
	var hs []string
	for i, h := range cmcHeadings {
		hs = append(hs, strconv.Itoa(i+1)+". "+h)
	}
	return hs
}

const firstSentence = "The parties jointly submit this Case Management Statement and Proposed Order " +
	"pursuant to Civil Local Rule 16-9 and the Standing Order for All Judges of the Northern " +
	"District of California- Contents of Joint Case Management Statement."

// TestRealPDF checks the example's PDF with the tools a court's system or a
// reader would use on it.
func TestRealPDF(t *testing.T) {
	pdf := renderPDF(t, examplePath, "statement.pdf")
	t.Run("fonts", func(t *testing.T) { checkFonts(t, tool(t, "pdffonts", pdf)) })
	t.Run("qpdf check", func(t *testing.T) {
		out := tool(t, "qpdf", "--check", pdf)
		if !strings.Contains(out, "No syntax or stream encoding errors found") {
			t.Errorf("qpdf --check:\n%s", out)
		}
	})
	t.Run("text", func(t *testing.T) { checkText(t, tool(t, "pdftotext", pdf, "-")) })
	t.Run("info", func(t *testing.T) { checkInfo(t, tool(t, "pdfinfo", pdf)) })
	t.Run("bookmarks", func(t *testing.T) { checkBookmarks(t, tool(t, "qpdf", "--json", pdf)) })
	t.Run("size", func(t *testing.T) {
		// The fonts are cut down to the characters the statement uses.
		if n := len(readFile(t, pdf)); n > 45<<10 {
			t.Errorf("the 8-page statement is %d bytes, more than 45 KB", n)
		}
	})
}

// fontRow is one font listed by `pdffonts`.
type fontRow struct{ name, emb, sub string }

// pdffontsRows reads `pdffonts` output. A row ends with five fixed fields
// (emb, sub, uni, object number, generation); a long name or a type with
// spaces shifts the columns, so the row is read from both ends.
func pdffontsRows(out string) []fontRow {
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	var rows []fontRow
	for _, line := range lines[min(2, len(lines)):] {
		f := strings.Fields(line)
		if len(f) < 6 {
			continue
		}
		rows = append(rows, fontRow{name: f[0], emb: f[len(f)-5], sub: f[len(f)-4]})
	}
	return rows
}

// fontFace names the Liberation Serif face of a PostScript font name, such as
// "utf8liberationserifBI" or "ABCDEF+LiberationSerif-Bold", or returns "".
func fontFace(name string) string {
	_, name, ok := strings.Cut(strings.ToLower(name), "liberationserif")
	if !ok {
		return ""
	}
	switch strings.TrimPrefix(name, "-") {
	case "", "regular":
		return "regular"
	case "b", "bold":
		return "bold"
	case "i", "italic":
		return "italic"
	case "bi", "bolditalic":
		return "bold italic"
	}
	return ""
}

func checkFonts(t *testing.T, out string) {
	faces := make(map[string]bool)
	for _, row := range pdffontsRows(out) {
		if row.emb != "yes" || row.sub != "yes" {
			t.Errorf("font %s is not embedded as a subset (emb %s, sub %s)", row.name, row.emb, row.sub)
		}
		face := fontFace(row.name)
		if face == "" {
			t.Errorf("font %s is not Liberation Serif", row.name)
		}
		faces[face] = true
	}
	for _, face := range []string{"regular", "bold", "italic"} {
		if !faces[face] {
			t.Errorf("no Liberation Serif %s among the fonts:\n%s", face, out)
		}
	}
	t.Logf("faces: %v", faces)
}

func checkText(t *testing.T, out string) {
	lines := strings.Split(out, "\n")
	next := 0
	for _, h := range numberedHeadings() {
		for next < len(lines) && lines[next] != h {
			next++
		}
		if next == len(lines) {
			t.Errorf("heading %q missing or out of order", h)
			return
		}
	}
	// Line numbers stand on lines of their own; leave them out to read the
	// body's sentences whole.
	var words []string
	for _, line := range lines {
		if _, err := strconv.Atoi(strings.TrimSpace(line)); err != nil {
			words = append(words, strings.Fields(line)...)
		}
	}
	if !strings.Contains(strings.Join(words, " "), firstSentence) {
		t.Errorf("the text lacks the first sentence %q", firstSentence)
	}
}

func checkInfo(t *testing.T, out string) {
	info := make(map[string]string)
	for _, line := range strings.Split(out, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	if got, want := info["Title"], "JOINT CASE MANAGEMENT STATEMENT"; got != want {
		t.Errorf("Title = %q, want %q", got, want)
	}
	if got, want := info["Author"], "Vasudha Talla"; got != want {
		t.Errorf("Author = %q, want %q", got, want)
	}
	if got := info["Subject"]; !strings.Contains(got, "4:21-cv-02632-DMR") {
		t.Errorf("Subject = %q, want the case number 4:21-cv-02632-DMR", got)
	}
	if n, err := strconv.Atoi(info["Pages"]); err != nil || n < 1 || n > 8 {
		t.Errorf("Pages = %q, want 1 to 8", info["Pages"])
	}
	if info["Encrypted"] != "no" || info["JavaScript"] != "no" || info["Form"] != "none" {
		t.Errorf("want no encryption, JavaScript or form:\n%s", out)
	}
}

// outline is one bookmark in `qpdf --json` output.
type outline struct {
	Title string    `json:"title"`
	Kids  []outline `json:"kids"`
}

// titles lists the titles of the outlines and their kids, depth first.
func titles(list []outline) []string {
	var ts []string
	for _, o := range list {
		ts = append(ts, o.Title)
		ts = append(ts, titles(o.Kids)...)
	}
	return ts
}

func checkBookmarks(t *testing.T, out string) {
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got, want := titles(doc.Outlines), numberedHeadings()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bookmarks:\n%s\nwant one per topic:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPdffontsRows(t *testing.T) {
	out := "name                 type              encoding         emb sub uni object ID\n" +
		"-------------------- ----------------- ---------------- --- --- --- ---------\n" +
		"ABCDEF+LiberationSerif-Bold CID TrueType Identity-H       yes yes yes     26  0\n" +
		"Helvetica            Type 1            WinAnsi          no  no  no       9  0\n"
	rows := pdffontsRows(out)
	want := []fontRow{{"ABCDEF+LiberationSerif-Bold", "yes", "yes"}, {"Helvetica", "no", "no"}}
	if fmt.Sprint(rows) != fmt.Sprint(want) {
		t.Errorf("pdffontsRows = %v, want %v", rows, want)
	}
	faces := map[string]string{
		"utf8liberationserif": "regular", "utf8liberationserifBI": "bold italic",
		"ABCDEF+LiberationSerif-Italic": "italic", "Helvetica": "",
	}
	for name, want := range faces {
		if got := fontFace(name); got != want {
			t.Errorf("fontFace(%q) = %q, want %q", name, got, want)
		}
	}
}
