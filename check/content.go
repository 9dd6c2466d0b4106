package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"pleadgen/cases"
	"pleadgen/court"
)

// checkTopics checks the statement's topics against the outline in force
// (the court's, or its judge's): the statement prints them in its order,
// none is missing and none is empty. A topic the case file renames still
// counts, and topics of the filing's own (placed with after:) are its
// own; "None." is content, a text without a word is not.
func checkTopics(k *checker, r *Rule) {
	o := k.c.Outline()
	if o == nil {
		return
	}
	cite := r.Rule
	if o.Rule != "" {
		cite = o.Rule
	}
	topics := k.c.Filing.Topics
	given := map[string]cases.Topic{}
	for _, t := range topics {
		given[t.Key] = t
	}
	at := fileStart()
	if len(topics) > 0 {
		// The topics mapping starts where its first key does.
		at = topics[0].Pos
	}
	var missing []int
	for i, def := range o.Topics {
		t, ok := given[def.Key]
		switch {
		case !ok:
			missing = append(missing, i)
		case !hasWords(t):
			k.add(r.Severity, t.Pos, "filing.topics."+t.Key, cite, "topic %q is empty: say what the parties report, even if it is only \"None.\"", def.Heading)
		}
	}
	k.reportMissing(r, cite, o, at, missing)
}

// reportMissing reports the missing topics (indexes into the outline):
// each on its own line when there are a few, else all on one.
func (k *checker) reportMissing(r *Rule, cite string, o *court.Outline, at cases.Pos, missing []int) {
	const few = 3
	if len(missing) <= few {
		for _, i := range missing {
			def := o.Topics[i]
			k.add(r.Severity, at, "filing.topics", cite, "topic %d, %q, is missing: add %s under filing.topics", i+1, def.Heading, def.Key)
		}
		return
	}
	keys := make([]string, len(missing))
	for j, i := range missing {
		keys[j] = o.Topics[i].Key
	}
	k.add(r.Severity, at, "filing.topics", cite, "%d of %s's %d topics are missing: add %s",
		len(missing), o.Called(), len(o.Topics), strings.Join(keys, ", "))
}

// hasWords reports whether any text of a topic holds a letter or a digit.
func hasWords(t cases.Topic) bool {
	for _, p := range t.Positions {
		if strings.IndexFunc(p.Text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			return true
		}
	}
	return false
}

// checkMentions checks that a topic's texts mention, for each group of the
// rule's phrases, at least one phrase of the group, ignoring case and line
// breaks. A missing topic is the topics rule's to report.
func checkMentions(k *checker, r *Rule) {
	for _, t := range k.c.Filing.Topics {
		if t.Key != r.Topic {
			continue
		}
		var texts []string
		for _, p := range t.Positions {
			texts = append(texts, p.Text)
		}
		text := normalize(strings.Join(texts, " "))
		for _, group := range r.Mentions {
			if !mentionsAny(text, group) {
				k.add(r.Severity, t.Pos, "filing.topics."+t.Key, r.Rule, "%s", r.Message)
				return
			}
		}
	}
}

// mentionsAny reports whether normalized text holds one of the phrases.
func mentionsAny(text string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(text, normalize(p)) {
			return true
		}
	}
	return false
}

// normalize lowercases s and turns every run of spaces and line breaks
// into one space, dropping those at either end: in one pass, a page of
// text at a time.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next word
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && asciiSpace[r]:
			space = b.Len() > 0
			continue
		case r >= utf8.RuneSelf && unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// asciiSpace are the ASCII characters unicode.IsSpace holds spaces.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}
