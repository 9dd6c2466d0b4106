// Package pleadgen turns YAML case files into court filings on
// line-numbered pleading paper — joint case management statements and the
// papers filed beside them, in each court package court describes — and
// checks them against the court's rules. It is the library the pleadgen
// command is built on: a firm's own service renders and checks filings
// through an Engine.
//
// An Engine reads a filing (and the files it includes: a shared case file,
// a people directory, a side's texts), runs its filing type's templates,
// lays the markup out on the court's paper and draws the PDF, or checks
// it. Every problem is a cases.Problem that names the file, line and
// column of its cause; a filing with errors returns them all as
// cases.Errors.
package pleadgen
