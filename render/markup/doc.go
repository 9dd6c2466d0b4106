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

Lists, block quotations, tables, code blocks and thematic breaks are not
part of the language yet; Parse reports them with their line.

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
	                  date (ISO; fixes the PDF's dates)
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
	::: pagebreak     starts a new page; it has no body and no closing line

# Signatures and the attestation

A signature block whose first text line starts with "/s/" is a conformed
signature. When any block other than the filer's is signed that way, the
layout adds the attestation of the court profile (N.D. Cal.: Civil L.R.
5-1(i)(3)) after the last block, signed with the filer's "/s/" line.

	::: signature filer
	/s/ Vasudha Talla
	VASUDHA TALLA

	*Attorney for Plaintiffs*
	:::

# Errors

Errors name the markup's line and column: "name:12:1: a list is not
supported in a pleading body".
*/
package markup
