package redline

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Cite writes a place range as lawyers cite it: "p. 3:12", "p. 3:12–18",
// "pp. 3:27–4:2".
func Cite(from, to Place) string {
	switch {
	case from == to:
		return fmt.Sprintf("p. %d:%d", from.Page, from.Line)
	case from.Page == to.Page:
		return fmt.Sprintf("p. %d:%d–%d", from.Page, from.Line, to.Line)
	}
	return fmt.Sprintf("pp. %d:%d–%d:%d", from.Page, from.Line, to.Page, to.Line)
}

// Summary is a change's line: "p. 3:12–18 (8. Discovery — Defendants'
// Statement): 2 words deleted, 14 inserted".
func (c Change) Summary() string {
	var counts []string
	if c.Deleted > 0 {
		counts = append(counts, words(c.Deleted)+" deleted")
	}
	if c.Inserted > 0 {
		n := words(c.Inserted)
		if c.Deleted > 0 {
			n = fmt.Sprint(c.Inserted)
		}
		counts = append(counts, n+" inserted")
	}
	return fmt.Sprintf("%s (%s): %s", Cite(c.From, c.To), c.Context, strings.Join(counts, ", "))
}

// words counts words: "1 word", "14 words".
func words(n int) string {
	if n == 1 {
		return "1 word"
	}
	return fmt.Sprintf("%d words", n)
}

// WriteText writes the report as text: each change with its old and new
// words, then the moves.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, c := range r.Changes {
		b.WriteString(c.Summary() + "\n")
		if c.Old != "" {
			b.WriteString("  - " + c.Old + "\n")
		}
		if c.New != "" {
			b.WriteString("  + " + c.New + "\n")
		}
	}
	for _, m := range r.Moves {
		fmt.Fprintf(&b, "%s moved from p. %d to p. %d\n", upperFirst(m.What), m.From, m.To)
	}
	if r.Pages[0] != r.Pages[1] {
		fmt.Fprintf(&b, "%d pages, were %d\n", r.Pages[1], r.Pages[0])
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// upperFirst capitalises the first letter.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// jsonChange is a change as --json writes it.
type jsonChange struct {
	Cite     string `json:"cite"`
	Page     int    `json:"page"`
	Line     int    `json:"line"`
	EndPage  int    `json:"end_page"`
	EndLine  int    `json:"end_line"`
	Context  string `json:"context"`
	Deleted  int    `json:"deleted"`
	Inserted int    `json:"inserted"`
	Old      string `json:"old"`
	New      string `json:"new"`
}

// WriteJSON writes the report as JSON.
func (r *Report) WriteJSON(w io.Writer) error {
	out := struct {
		Changes []jsonChange `json:"changes"`
		Moves   []Move       `json:"moves"`
		Pages   [2]int       `json:"pages"`
	}{Changes: []jsonChange{}, Moves: r.Moves, Pages: r.Pages}
	if out.Moves == nil {
		out.Moves = []Move{}
	}
	for _, c := range r.Changes {
		out.Changes = append(out.Changes, jsonChange{Cite(c.From, c.To), c.From.Page, c.From.Line, c.To.Page, c.To.Line,
			c.Context, c.Deleted, c.Inserted, c.Old, c.New})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
