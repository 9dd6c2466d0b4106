package layout

import "pleadgen/court"

// Profile is the pleading paper a document is laid out on: a court's, or
// a firm's own within the court's rules (package court owns both).
type Profile = court.Paper

// LoadProfile returns the built-in court's paper of that name, a copy of
// its own.
func LoadProfile(name string) (*Profile, error) {
	return court.Builtin().Paper(name, "")
}

// Profiles lists the built-in courts' names.
func Profiles() []string { return court.Builtin().Names() }
