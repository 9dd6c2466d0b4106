/*
Package markup owns the syntax of pleadgen's markup: the text that the
templates produce and the layout consumes. It is Markdown, parsed with
goldmark, plus a few block directives for the parts of a pleading that
Markdown has no words for. Parse turns it into a Doc: a closed set of plain
block and run structs.

This comment is the manual for template authors.

# Body text

Paragraphs are separated by blank lines. Each becomes a justified,
double-spaced paragraph whose first line is indented half an inch; lines
within a paragraph are joined with a space.

	Plaintiffs brought this action under the Freedom of Information Act,
	5 U.S.C. § 552 *et seq.* All parties have been served.

Inline styles:

	*italic*  _italic_      **bold**  __bold__      ***bold italic***
	<u>underlined</u>       `code` (set in the body font)
	\*  \_  \[  \<          a backslash keeps a character literal
	&amp;  &sect;  &#167;   character references

A line ending in a backslash or two spaces breaks the line there. Links keep
their text only. Other inline HTML is printed as written.

# Headings

A Markdown heading is a bold heading on its own line, kept on the same page
as the line after it. Level 1 (#) is a topic and gets a bookmark; deeper
levels (##, ###) are sub-headings and get nested bookmarks. Headings carry
their numbers as text:

	# 1. Jurisdiction & Service

	## A. Subject-matter jurisdiction

# Typography

Straight quotes become curly ones ("x" → “x”, it's → it’s), -- an en dash
and --- an em dash, ... an ellipsis. A no-break space joins § and ¶ (and §§,
¶¶) to what follows, "Hon." to the name, and "Dkt. No." and "No." to their
number, so that "§ 552", "¶ 47", "Dkt. No. 3" never break across lines.

# Footnotes

A reference [^label] sets a raised number in the text; the definition, a
paragraph starting "[^label]:" anywhere in the document, becomes a note at
the foot of the page where the reference is: after a short rule, single
spaced on the half-slot grid (double spaced with "footnotes: double" in the
document block). Notes are numbered 1, 2, 3 … in the order of their first
reference; a note too long for its page continues on the next.

	Defendants answered on May 19, 2021.[^answer]

	[^answer]: ECF No. 16.

# Block quotations

Lines starting with ">" make a block quotation: indented half an inch on
both sides, justified, single spaced on the half-slot grid (double spaced
with "quotes: double"). It starts and ends on a numbered line. A line with
only ">" separates its paragraphs.

	> The court may limit discovery where the burden outweighs the benefit.

# Lists

Bulleted (- or *) and numbered (1.) lists, nested by indenting the inner
list under its item's text. Markers stand half an inch in, the text an inch
in, and lines wrap under the text (a hanging indent). Numbered lists are
marked 1., then (a), then (i) as they nest; bullets •, then –, then ◦. A
::: list block names the numbering of the lists inside it: 1. (1) a. (a)
A. i. (i) I. • or –. A list numbered from 3 starts with "3.".

	::: list (a)
	1. that the Court set a production schedule;
	2. that the parties report every sixty days.
	:::

# Tables

A pipe table spans the measure. Its first row is the header, set in bold and
repeated at the top of every page the table continues on; the delimiter
row's colons align columns (:--- left, :---: centre, ---: right). Cell text
wraps inside its column, single spaced; every row starts on a numbered line
and is never split across pages. Column widths follow the content, unless a
::: table block gives their proportions:

	::: table 2 1 1
	| Event | Plaintiffs' proposal | Defendants' proposal |
	|---|---|---|
	| Close of fact discovery | March 3, 2025 | May 1, 2025 |
	:::

Code blocks, thematic breaks (---) and HTML blocks are not part of the
language; Parse reports them with their line and column.

# Directives

A directive block opens with a line ":::" followed by its name and options,
and closes with a line holding only ":::". Its lines are not Markdown
paragraphs: each source line is one output line (wrapped when it is too
long for its column), with inline styles as above. A line that starts with
">" is indented half an inch for each ">"; an empty line is an empty line.

	::: counsel
	VASUDHA TALLA (SBN 123456)
	vtalla@aclunc.org
	39 Drumm Street

	Attorneys for Plaintiffs
	:::

The blocks:

	::: document      metadata, as "key: value" lines: profile (the court
	                  profile, default cand), title (PDF title and
	                  footer), footer (a shorter footer title), case (the
	                  case number in the footer and the subject), author,
	                  date (ISO; fixes the PDF's dates); and settings that
	                  override the profile: footnotes and quotes (single
	                  or double), widows (lines kept together at each end
	                  of a paragraph, 0 for none)
	::: footer        one line: the footer's title from the page on which
	                  the next block starts (a certificate of service)
	::: counsel       the counsel block: single spaced, upper left of the
	                  first page from line 1
	::: court         the court's title: centred, from line 8 of the first
	                  page (or the first free line after a long counsel
	                  block)
	::: caption       the caption box: the left column's lines, a line
	                  holding "|||", the right column's lines; single
	                  spaced; the left column is closed by rules
	::: signature     a signature block in the right half of the page,
	                  double spaced, never split across pages; the option
	                  "filer" marks the block of the person who files
	::: lines         any other block of lines; options: keep (never split,
	                  and kept with what follows), single, double (the
	                  default), center, right (the right half)
	::: list STYLE    Markdown lists numbered in STYLE (see Lists)
	::: table W…      a pipe table with column proportions (see Tables)
	::: pagebreak     starts a new page; it has no body and no closing line

# Signatures and the attestation

A signature block with a line that starts with "/s/" is a conformed
signature. When any block other than the filer's is signed that way, the
layout adds the attestation of the court profile (N.D. Cal.: Civil L.R.
5-1(i)(3)) after the last block so signed, in the filer's name.

	::: signature filer
	/s/ Vasudha Talla
	VASUDHA TALLA

	*Attorney for Plaintiffs*
	:::

# Errors

Errors name the markup's line and column: "name:12:1: a thematic break
(---) is not supported in a pleading body".
*/
package markup
