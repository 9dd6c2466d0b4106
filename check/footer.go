package check

// checkFooter warns when the document's title did not fit one footer line
// beside the case number and wrapped to a second: no court rule forbids
// it, but a shorter footer title reads better and leaves the page its room.
func checkFooter(k *checker) {
	if k.facts == nil || !k.facts.FooterWrapped {
		return
	}
	field := "filing.title"
	pos, given := k.c.At("filing.footer_title")
	if given {
		field = "filing.footer_title"
	} else if pos, given = k.c.At(field); !given {
		pos, field = k.c.Filing.Pos, "filing"
	}
	k.add(Warning, pos, field, "", "the title is too long for one footer line beside the case number, so the footer wraps it to a second line; give filing.footer_title a shorter title")
}
