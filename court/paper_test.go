package court

import "testing"

// TestProfileFooterChecked checks that a profile whose footer lines would
// collide or leave the page is refused.
func TestProfileFooterChecked(t *testing.T) {
	p, err := Builtin().Paper("cand", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.checkFooter(); err != nil {
		t.Fatalf("cand: %v", err)
	}
	for name, spoil := range map[string]func(*Paper){
		"no pitch":         func(q *Paper) { q.Footer.Pitch = 0 },
		"number on rule":   func(q *Paper) { q.Footer.Number = q.Footer.Rule },
		"bottom off paper": func(q *Paper) { q.Footer.Bottom = q.Page.Height },
		"bottom too high":  func(q *Paper) { q.Footer.Bottom = q.Footer.Rule + 10 },
	} {
		q := *p
		spoil(&q)
		if q.checkFooter() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
