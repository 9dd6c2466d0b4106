// Package court owns all that pleadgen knows of a court, as data: one file
// per court under courts/, strictly decoded (an unknown key is an error at
// its line and column). A court file gives the court's names and title
// lines, its divisions or counties and the forms of its case numbers, its
// pleading paper (geometry, type sizes, first page, caption, footer), the
// limits a firm's own paper must keep to, the attestation of signatures,
// the outlines of its statements, and the rules check holds filings to,
// each with the rule it cites.
//
// cases, templates, layout and check read courts through this package
// alone; adding a court is adding a file (or, for one's own courts, a file
// in a directory given to Load).
package court
