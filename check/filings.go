package check

// checkTimeChange checks that a stipulation that changes time the Court
// set names the declaration that supports it, as the rule the court file
// cites asks: the reasons, the earlier changes of time, and the effect on
// the schedule.
func checkTimeChange(k *checker, r *Rule) {
	f := k.c.Filing
	changes, given := f.Fields["changes_time"]
	dates, table := f.Fields["dates"]
	if !(given && changes.Bool) && !(table && len(dates.Rows) > 0) {
		return
	}
	if !given || !changes.Bool {
		changes = dates
	}
	if decl, ok := f.Fields["declaration"]; ok && decl.Text != "" {
		k.add(Info, decl.Pos, "filing.declaration", r.Rule, "supported by %s", decl.Text)
		return
	}
	k.add(r.Severity, changes.Pos, "filing.changes_time", r.Rule,
		"a stipulation that changes time is accompanied by a declaration giving the reasons, the earlier changes of time and the effect on the schedule: name it under filing.declaration")
}

// checkDraft reports that a draft is not ready to file.
func checkDraft(k *checker, r *Rule) {
	if !k.c.Filing.Draft {
		return
	}
	at, field := k.c.Filing.Pos, "filing"
	if p, ok := k.c.At("filing.draft"); ok {
		at, field = p, "filing.draft"
	}
	k.add(r.Severity, at, field, r.Rule, "this is a draft, marked DRAFT on every page: render it without draft (and with its date) to file it")
}
