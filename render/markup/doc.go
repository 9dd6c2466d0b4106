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
	3<sup>rd</sup>          a superscript: smaller and raised, as an ordinal
	                        or a mark like a footnote's
	\*  \_  \[  \<          a backslash keeps a character literal
	&amp;  &sect;  &#167;   character references
	Fed.&nbsp;R.            a no-break space: the line never breaks there
	well&#8209;known        a no-break hyphen: drawn as a hyphen the line
	                        never breaks at (U+2011 written as itself too)
	Dated:<TAB>July 14      a tab: the text after it starts at the next tab
	                        stop, every half inch from where the line starts

A line ending in a backslash or two spaces, or a <br>, breaks the line
there; <br> also breaks a line inside a table's cell. Other inline HTML is
printed as written. A line that holds a tab is set flush, not justified
(its text stands at the stops); a line may break at a tab. The fonts have
no small capitals: write the capitals
(or the words) as they should print.

# Paragraphs

A ::: paragraphs block gives the paragraphs inside it a form of their own,
in case-file text as in templates: flush (the first line at the margin,
as a sentence that continues after a list or a table), center (each line
centred, none justified), indent LENGTH (the first line indented LENGTH
instead of half an inch), hanging LENGTH (the first line at the margin,
or at indent's LENGTH, and the lines after it LENGTH in: a hanging
indent, as witness lists are set). A length carries its unit: 0.5in,
36pt, 1.27cm, 12.7mm; an indent is at most three inches, and never more
than half the measure. The block holds paragraphs only.

	::: paragraphs flush
	The parties otherwise agree.
	:::

	::: paragraphs hanging 0.5in
	Smith, Jane, M.D. — treating physician; expected to testify to the
	plaintiff's injuries and her prognosis.
	:::

A link prints its text and then, in parentheses, where it leads, since
paper has nowhere to click: [the ESI Guidelines](https://www.uscourts.gov/esi)
prints "the ESI Guidelines (https://www.uscourts.gov/esi)", and a link's
title, if any, follows the address in quotes. When the text is the address
itself, as in <https://www.uscourts.gov> or [clerk@x.org](mailto:clerk@x.org),
the address prints once. An image prints its description and its file
likewise. A long address breaks wherever it must to stay inside the
margins. There are no link reference definitions: "[1]: Id." is a
paragraph like any other, and [text][1] prints as written.

# Run-in labels

A ::: label block holds one line: a label that runs in at the start of the
paragraph after it, as in "Defendants' Statement: Defendants contend …".
The label's styles are kept and a space separates it from the text.

	::: label
	<u>Defendants' Statement:</u>
	:::
	Defendants contend that the request is overbroad.

When what follows the label is not a paragraph (a list, a table, a
quotation, a heading, a block of lines), the label is a paragraph of its
own, indented like any other, kept on the page where that block starts.
A page break after the label comes first: the label starts the new page
with what follows the break. At the end of the text it stands alone. A
blank line between the label and its block changes nothing.

# Headings

A Markdown heading is a bold heading on its own line, kept on the same page
as the line after it. Level 1 (#) is a topic and gets a bookmark; deeper
levels (##, ###) are sub-headings and get nested bookmarks. Headings carry
their numbers as text:

	# 1. Jurisdiction & Service

	## A. Subject-matter jurisdiction

A heading may carry inline styles (*italic*, <u>underlined</u>); its
bookmark holds its words, plain. A ::: heading block sets the headings
inside it as firms do: plain (not bold), underline, indent LENGTH (from
the margin), tab LENGTH (the distance between the heading's tab stops, at
least 1/8 inch), center; they stay kept with the line after them and in
the bookmarks at their level:

	::: heading plain underline indent 0.5in
	## A. Witnesses Each Side Expects to Call
	:::

	::: heading tab 1in
	# I.<TAB>JURISDICTION AND SERVICE
	:::

where <TAB> is a tab character: "JURISDICTION" starts one inch from the
margin, whatever the width of "I." or "IV.".

# Typography

Straight quotes become curly ones ("x" → “x”, it's → it’s), -- an en dash
and --- an em dash, ... an ellipsis, << and >> angle quotes (« »); a
backslash keeps the character after it as typed (\-- is two hyphens). A
no-break space joins § and ¶ (and §§, ¶¶) to what follows, "Hon." to the
name, and "Dkt. No." and "No." to their number, so that "§ 552", "¶ 47",
"Dkt. No. 3" never break across lines.

# Footnotes

A reference [^label] sets a raised number in the text; the definition, a
paragraph starting "[^label]:" anywhere in the document, becomes a note at
the foot of the page where the reference is: after a short rule, single
spaced on the half-slot grid (double spaced, on the numbered lines, with
"footnotes: double" in the document block). A label is up to 100
characters without spaces or brackets; "[^a b]" is text. Notes are
numbered 1, 2, 3 … in the order of their first reference, wherever their
definitions stand.

	Defendants answered on May 19, 2021.[^answer]

	[^answer]: ECF No. 16.

References may stand in paragraphs, headings, list items, quotations and
table cells. A note referred to again gets its number again, as Word
does, and is printed once, at the foot of its first reference's page. In
a block of lines (counsel, court, caption, signature, attestation, label,
lines) "[^label]" is printed as written. These are refused, at the line
and column of the fault:

	a reference to a label no paragraph defines
	    in.md:1:6: footnote [^typo] is not defined: no paragraph starts "[^typo]:"
	a reference inside a note (Word does not nest notes either)
	    in.md:3:15: footnote [^b] is referred to inside footnote [^a]: a footnote cannot hold another; refer to it from the text
	a label defined twice
	    in.md:5:1: footnote [^a] is defined twice, first on line 3
	a definition with nothing in it
	    in.md:3:1: footnote [^a] is empty

A note that nothing refers to is left out of the document, and Parse
reports it in Doc.Warnings, at its definition:
"in.md:6:1: footnote [^c] is defined but never referred to; it is left
out".

Each note starts on the page of its reference when its first line fits
there with the line that refers to it; otherwise that line moves to the
next page with it (a table row too tall to share even an empty page with
a line of its notes stays, and its notes start on the next page). What
does not fit of a long note, or of many notes
referred to from one line, continues at the foot of the following pages,
in order and before any later note, every line on the grid; a page whose
foot the continued notes fill holds only them.

A note is set as paragraphs, so other blocks in a note (indent their lines
four spaces under the definition) become paragraphs too, every word kept:
a list item is a paragraph that starts with its marker ("1. ", "(a) ",
"• "), nested lists likewise; a quotation's paragraphs are paragraphs; a
heading is a paragraph in bold; a table is a paragraph per row, the cells
joined by " — " (empty cells left out) and the header row in bold; each
line of a block of lines is a paragraph. A note cannot hold a caption, a
page break or a footer block.

	[^stips]: The parties stipulated to:
	    1. an extension of the deadline to answer;
	    2. a protective order.

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
A. i. (i) I. • or –. A list numbered from 3 starts with "3.", so that a
list interrupted by a paragraph continues its numbering (under "::: list
(a)", "3." is marked "(c)"). "::: list 1. flush" sets the markers at the
margin and wraps the items' lines back to it, as witness lists are set.

	::: list (a)
	1. that the Court set a production schedule;
	2. that the parties report every sixty days.
	:::

# Tables

A pipe table spans the measure. Its first row is the header, set in bold and
repeated at the top of every page the table continues on; the delimiter
row's colons align columns (:--- left, :---: centre, ---: right). Cell text
wraps inside its column, single spaced on the half-line grid (double,
each line on a numbered line, with "tables: double" in the document block
or the court's paper), and a word too long for its column
breaks inside it; every row starts on a numbered line and is never split
across pages. Column widths follow the content, unless a ::: table block
gives their proportions:

	::: table 2 1 1
	| Event | Plaintiffs' proposal | Defendants' proposal |
	|---|---|---|
	| Close of fact discovery | March 3, 2025 | May 1, 2025 |
	:::

Besides proportions, a ::: table block takes "borderless" (no rules, as a
service list or a row of signature blocks is set) and "headless" (the
first row is an ordinary row: not bold, not repeated). A <br> breaks a
line inside a cell, so that an address is one cell of several lines,
single spaced: a two-column service list of two seven-line addresses
takes four numbered lines.

	::: table borderless headless
	| Jane Doe<br>Doe & Roe LLP<br>1 Main Street | John Smith<br>Smith LLP<br>2 Market Street |
	|---|---|
	:::

A line of a left-aligned cell (its first, or one after a <br>) that starts
with a list marker and a space — "1.", "2)", "(a)", "(iv)", "a.", "iv.",
"-", "*", "•" — is a list item: the lines it wraps to stand under its
text, not under its marker. The marker prints as written.

	| May 1, 2025 | 1. Serve the initial disclosures<br>2. Exchange the lists of custodians |

The option "keep" keeps every row on the page of the row after it, so
that a short schedule stays on one page when it fits on one; "keep=2-4,7"
keeps rows 2 to 4 on one page and row 7 with row 8 (rows count from 1,
the header row aside, which always stays with the first row). A run of
kept rows taller than a page still breaks between rows.

	::: table 2 1 keep=1-2
	| Event | Date |
	|---|---|
	| Hearing on the motion | May 1, 2025 |
	| Further conference | May 8, 2025 |
	:::

Widths that follow the content give each column at least its longest
word, so that a date or an amount breaks between words, never inside one;
a column too narrow for its longest word (under proportions that leave it
so, or on a page too narrow for all the words) breaks the word and is
reported in Doc's layout warnings at the table's line: "column 2 of the
table is 43 pt wide, too narrow for "September" (55 pt), which breaks
inside: …".

A proportion is a positive number of up to six digits on either side of
an optional decimal point, with an optional "%": 2, 1.5, 25%. Zero,
negative numbers, exponents, NaN and infinities are refused, and so are
proportions that leave a column narrower than half an inch (36 pt) on the
court's paper: "::: table 40 1 1" gives "markup line 1: the table's
proportions 40 1 1 leave column 2 11.1 pt wide, less than the 36 pt (half
an inch) a column needs: make its proportion larger". A row with more
cells than the header is refused rather than cut short: "in.md:3:1: a
table row has 3 cells, but the table has 2 columns: add a column (a header
cell and a delimiter) or join the cells"; a row with fewer leaves the last
cells empty.

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
	                  whose paper it is, default the default court),
	                  paper (a firm's own paper: court.FirmPaper's form), title (PDF title and
	                  footer), footer (a shorter footer title), case (the
	                  case number in the footer and the subject), author,
	                  date (ISO; fixes the PDF's dates), document_id (a
	                  document-management number in every footer, see
	                  Footers); and settings that override the profile:
	                  footnotes, quotes and tables (single or double), widows
	                  (lines kept together at each end of a paragraph, 0
	                  for none); draft: true marks every page "DRAFT —
	                  NOT FOR FILING" in the top margin, moving no line
	::: footer        one line: the footer's title from the page on which
	                  the next block starts (a certificate of service)
	::: counsel       the counsel block: single spaced, upper left of the
	                  first page from line 1; options: more, notice (see
	                  The first page)
	::: court         the court's title: centred, from line 8 of the first
	                  page (or the first free line after a long counsel
	                  block)
	::: caption       the caption box: the left column's lines, a line
	                  holding "|||", the right column's lines; single
	                  spaced; the left column is closed by rules
	::: signature     a signature block in the right half of the page,
	                  double spaced, never split across pages; a "|||"
	                  line puts the lines before it in the left half;
	                  options: single, filer (marks the block of the
	                  person who files); see Signatures
	::: attestation   the filer's attestation of the other signatures
	                  (see Signatures)
	::: label         a run-in label (see Run-in labels)
	::: lines         any other block of lines; options: keep (never split,
	                  and kept with what follows), single, double (the
	                  default), center, right (the right half)
	::: list STYLE    Markdown lists numbered in STYLE (see Lists)
	::: paragraphs …  Markdown paragraphs in a form of their own (see
	                  Paragraphs)
	::: heading …     Markdown headings in a form of their own (see
	                  Headings)
	::: table W…      a pipe table with column proportions (see Tables)
	::: pagebreak     starts a new page; it has no body and no closing line

# The first page

The first page holds, in this order, the counsel block from line 1, the
court's title from line 8 (or the first free line after the counsel
block), and the whole caption, its last line on line 28 at the latest.
The counsel block may be several ::: counsel blocks in a row at the start
of the document; they stack as one. A plain block always stays; a block
with the option "more" (another firm's counsel) is left off when the page
cannot hold them all, the last one first, and the block with the option
"notice" is drawn only when one was left off. When the page cannot hold
them even with every "more" block left off, the layout says how many
lines each part needs.

	::: counsel
	VASUDHA TALLA (SBN 316219)
	…
	:::
	::: counsel more

	JANE DOE (SBN 123456)
	…
	:::
	::: counsel notice

	[Additional counsel listed on signature page]
	:::

# Footers

Every page's footer holds, below a rule, the page number (centred) and a
line with the footer title at the left and "Case No. …" at the right. A
title too long for the room beside the case number wraps to a second
line; the document_id, if given, goes on the line below the title, or at
the left of the page number's line when the title takes two lines. A
title that needs three lines is an error: give a shorter footer title.

	::: document
	title: SUPPLEMENTAL JOINT CASE MANAGEMENT STATEMENT & [PROPOSED] ORDER
	case: 4:21-cv-02632-DMR-JCS
	document_id: SF 4817-2210-9934 v.2
	:::

# Signatures and the attestation

A signature block is set in the right half of the page, never split
across pages, and kept on the page of at least two lines of the text
before it (counting from before any blocks kept with it, such as a
"::: lines keep" block with "Respectfully submitted,"). Signature blocks
in a row stay on one page when they fit on one, unless moving them whole
to the next page would leave more than four lines empty at the foot of
this one; then, or when they do not fit on one page, they break between
blocks. With a "|||" line, the lines before it stand in the left half,
beside the lines after it, row by row; the option "single" sets the
block single spaced on the half-slot grid.

	::: signature filer
	Dated: July 14, 2021
	|||
	/s/ Vasudha Talla
	VASUDHA TALLA

	*Attorney for Plaintiffs*
	:::

An ::: attestation block sets the attestation of the court's file, kept
on one page: a blank line, its
heading, its text, and then the block's lines, the filer's conformed
signature, in the right half. A profile without an attestation text
draws the lines only. Right after signature blocks, it stays with them
as they stay with each other. The templates decide when an attestation
is due, and the "filer" option only marks the filer's block: the layout
adds no attestation of its own.

	::: attestation
	/s/ Vasudha Talla
	:::

# Errors

Errors name the markup's line and column: "name:12:1: a thematic break
(---) is not supported in a pleading body". Parse stops at the first
error. What it accepts but a writer should hear about, it lists in
Doc.Warnings, each an Error with its line and column (today, footnotes
nothing refers to). The layout's errors name the markup line of the
block that cannot be laid out: "markup line 7: …".
*/
package markup
