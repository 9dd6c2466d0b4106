package main

import (
	"fmt"
	"regexp"
	"strings"
)

// typstPreamble sets the page as texgen's LaTeX does: Letter paper, the
// 1.5-inch margin, 28 numbers a page on a 24-pt grid in the background
// with the double rule left of the text and the single one right of it,
// the footer, and double-spaced justified paragraphs.
const typstPreamble = `#set page(paper: "us-letter", margin: (left: 1.5in, right: 0.5in, top: 1in, bottom: 0.75in),
  background: {
    for i in range(28) {
      place(top + left, dx: 0.7in, dy: 1in + 5pt + i * 24pt, box(width: 0.5in, align(right)[#(i + 1)]))
    }
    place(top + left, dx: 1.38in, line(start: (0pt, 0pt), end: (0pt, 11in), stroke: 0.5pt))
    place(top + left, dx: 1.42in, line(start: (0pt, 0pt), end: (0pt, 11in), stroke: 0.5pt))
    place(top + left, dx: 8.1in, line(start: (0pt, 0pt), end: (0pt, 11in), stroke: 0.5pt))
  },
  footer: [#align(center, counter(page).display()) #text(size: 10pt)[JOINT CASE MANAGEMENT STATEMENT #h(1fr) Case No. 4:21-cv-02632-DMR]])
#set text(size: 12pt)
#set par(justify: true, leading: 12pt, first-line-indent: 0.5in)
#show par: set block(spacing: 12pt)

VASUDHA TALLA \ vtalla\@aclunc.org \ AMERICAN CIVIL LIBERTIES UNION FOUNDATION OF NORTHERN CALIFORNIA \
39 Drumm Street \ San Francisco, CA 94111 \ Telephone: 415-621-2493 \ Attorneys for Plaintiffs

#align(center)[UNITED STATES DISTRICT COURT \ NORTHERN DISTRICT OF CALIFORNIA \ OAKLAND DIVISION]

#grid(columns: (3.1in, 3in), gutter: 12pt,
  [AMERICAN CIVIL LIBERTIES UNION OF NORTHERN CALIFORNIA; MIJENTE SUPPORT COMMITTEE; JUST FUTURES LAW; and IMMIGRANT DEFENSE PROJECT, #h(1fr) Plaintiffs, \ v. \ U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT; U.S. CUSTOMS AND BORDER PROTECTION; and U.S. DEPARTMENT OF HOMELAND SECURITY, #h(1fr) Defendants.],
  [Case No. 4:21-cv-02632-DMR \ *JOINT CASE MANAGEMENT STATEMENT* \ Case Management Conference \ Date: July 21, 2021 \ Time: 1:30 P.M. \ Judge: Hon. Donna M. Ryu])

#pagebreak()
`

const typstSignatures = `
Respectfully submitted,

Dated: July 14, 2021

#align(right, box(width: 3.2in, align(left)[/s/ Vasudha Talla \ VASUDHA TALLA \ American Civil Liberties Union Foundation of Northern California \ 39 Drumm Street \ San Francisco, CA 94111 \ Telephone: 415-621-2493 \ vtalla\@aclunc.org \ _Attorney for Plaintiffs_]))

#align(right, box(width: 3.2in, align(left)[STEPHANIE M. HINDS \ Acting United States Attorney \ /s/ Savith Iyengar \ SAVITH IYENGAR \ Assistant United States Attorney \ _Attorneys for Defendants_]))

*ATTESTATION OF SIGNATURES*

Pursuant to Civil L.R. 5-1(i)(3), I attest that concurrence in the filing of this document has been obtained from each of the other signatories.
`

// typstSource writes the pleading: the preamble's first page, then the
// body's paragraphs, headings in bold, then the signatures.
func typstSource(paras []string) string {
	var b strings.Builder
	b.WriteString(typstPreamble)
	for _, p := range paras {
		if heading.MatchString(p) {
			fmt.Fprintf(&b, "\n#par(first-line-indent: 0pt)[*%s*]\n", typstEscape(p))
		} else {
			fmt.Fprintf(&b, "\n%s\n", typstEscape(p))
		}
	}
	b.WriteString(typstSignatures)
	return b.String()
}

// typstMarkup are the characters Typst's markup reads as syntax.
var typstMarkup = strings.NewReplacer(`\`, `\\`, "#", `\#`, "*", `\*`, "_", `\_`, "$", `\$`, "@", `\@`,
	"<", `\<`, ">", `\>`, "[", `\[`, "]", `\]`, "`", "\\`", "~", `\~`, "/", `\/`)

// numberStart matches what would open a numbered item at a paragraph's
// start.
var numberStart = regexp.MustCompile(`^(\d+)\.`)

// typstEscape writes text as Typst markup that prints it.
func typstEscape(s string) string {
	s = numberStart.ReplaceAllString(typstMarkup.Replace(s), `$1\.`)
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "=") {
		s = `\` + s
	}
	return s
}
