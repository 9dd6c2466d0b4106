package layout

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// firm returns a "::: counsel" block (the filer's when more is "") for
// firm n with two attorneys.
func firm(n int, option string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "::: counsel%s\n", option)
	if option != "" {
		b.WriteString("\n")
	}
	for a := 1; a <= 2; a++ {
		fmt.Fprintf(&b, "ATTORNEY %d-%d (SBN %d)\nlawyer%d@firm%d.example\n", n, a, 100000+10*n+a, a, n)
	}
	fmt.Fprintf(&b, "FIRM%d LLP\n%d Main Street\nSan Francisco, CA 94105\nTelephone: 415-555-01%02d\n", n, 100*n, n)
	if option == "" {
		b.WriteString("\nAttorneys for Plaintiffs\n")
	}
	b.WriteString(":::\n")
	return b.String()
}

const (
	noticeBlock = "::: counsel notice\n\n[Additional counsel listed on signature page]\n:::\n"
	courtBlock  = "::: court\nUNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nOAKLAND DIVISION\n:::\n"
)

// captionBlock returns a caption with n lines of parties on the left.
func captionBlock(n int) string {
	var b strings.Builder
	b.WriteString("::: caption\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "PARTY %d,\n", i)
	}
	b.WriteString("|||\nCase No. 4:21-cv-02632-DMR\n\n**JOINT CASE MANAGEMENT STATEMENT**\n:::\n")
	return b.String()
}

// TestCounselMovesOffFirstPage lays out twelve attorneys of six firms, the
// filer's firm first: the last firms' blocks leave the first page, the
// notice shows, the court's title stands on line 8 or below, and the
// caption ends on the first page.
func TestCounselMovesOffFirstPage(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	src := firm(1, "")
	for n := 2; n <= 6; n++ {
		src += firm(n, " more")
	}
	src += noticeBlock + courtBlock + captionBlock(8) + "\nThe body.\n"
	d := layoutText(t, p, src)
	checkGrid(t, d)
	if d.MovedCounsel < 1 || d.MovedCounsel > 4 {
		t.Fatalf("%d counsel blocks moved, want 1 to 4", d.MovedCounsel)
	}
	for n := 1; n <= 6; n++ {
		page, _ := findText(d, fmt.Sprintf("FIRM%d ", n))
		if shown := n <= 6-d.MovedCounsel; shown != (page == 0) {
			t.Errorf("firm %d on page %d, with %d blocks moved", n, page+1, d.MovedCounsel)
		}
	}
	if page, _ := findText(d, "[Additional counsel"); page != 0 {
		t.Errorf("the notice is on page %d, want 1", page+1)
	}
	checkFirstPage(t, d, 8)
	checkCounselStacked(t, d)
}

// TestFewCounselStay checks that counsel who fit all stay, without the
// notice.
func TestFewCounselStay(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	d := layoutText(t, p, firm(1, "")+firm(2, " more")+noticeBlock+courtBlock+captionBlock(4)+"\nThe body.\n")
	if d.MovedCounsel != 0 {
		t.Errorf("%d counsel blocks moved, want none", d.MovedCounsel)
	}
	for n := 1; n <= 2; n++ {
		if page, _ := findText(d, fmt.Sprintf("FIRM%d ", n)); page != 0 {
			t.Errorf("firm %d on page %d", n, page+1)
		}
	}
	if page, _ := findText(d, "[Additional"); page >= 0 {
		t.Errorf("the notice is drawn on page %d though no counsel moved", page+1)
	}
	checkFirstPage(t, d, 4)
	checkCounselStacked(t, d)
}

// TestFirstPageTooFull checks the errors when the first page cannot hold
// its parts: a filer's block too long, and, without counsel, a caption
// too tall to follow the court's title.
func TestFirstPageTooFull(t *testing.T) {
	p, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	long := "::: document\ntitle: T\n:::\n::: counsel\n" + strings.Repeat("ATTORNEY\n", 44) + ":::\n" + firm(2, " more") + noticeBlock
	tests := []struct {
		src   string
		block string
		line  int
		parts []string
	}{
		{long + courtBlock + captionBlock(8), "counsel", 4, []string{"counsel it must list (23 lines", "court's title (3 lines, from line 8", "caption (4 lines)", "in its 28 lines", "list fewer attorneys on page 1", "shorten the caption"}},
		{"::: document\ntitle: T\n:::\n::: counsel\n" + strings.Repeat("ATTORNEY\n", 20) + ":::\n" + courtBlock + captionBlock(36), "caption", 31,
			[]string{"cannot hold the caption (18 lines)", "counsel it must list (10 lines)", "in its 28 lines", "shorten the parties' names"}},
		{courtBlock + captionBlock(40), "caption", 6, []string{"court's title (3 lines, from line 8)", "caption (20 lines)", "holds 28 lines", "shorten the caption"}},
	}
	for _, tt := range tests {
		_, err := layoutErr(p, tt.src)
		var le *Error
		if !errors.As(err, &le) || le.Block != tt.block || le.Line != tt.line {
			t.Errorf("error %v, want a %q error at line %d", err, tt.block, tt.line)
			continue
		}
		for _, part := range tt.parts {
			if !strings.Contains(le.Msg, part) {
				t.Errorf("error %q does not say %q", le.Msg, part)
			}
		}
	}
}

// checkFirstPage asserts the court's title is on page 1 at line 8 or
// below and after the counsel, and the caption's n party lines and right
// column are wholly on page 1, at line 28 or above.
func checkFirstPage(t *testing.T, d *Document, parties int) {
	t.Helper()
	p := d.Profile
	page, court := findText(d, "UNITED STATES DISTRICT COURT")
	if page != 0 || court.Y < p.Baseline(2*(p.FirstPage.CourtTitleLine-1)) {
		t.Errorf("court title on page %d at y=%.1f", page+1, court.Y)
	}
	for _, tx := range d.Pages[0].Texts {
		if tx.Role == Body && tx.X < p.Text.Left+p.FirstPage.CounselWidth && strings.Contains(tx.S, "@") && tx.Y > court.Y {
			t.Errorf("counsel line %q below the court's title", tx.S)
		}
	}
	for _, s := range append(partyNames(parties), "Case No.", "JOINT CASE MANAGEMENT STATEMENT") {
		page, tx := findText(d, s)
		if page != 0 || tx.Y > p.Baseline(p.Halves()-2)+1e-6 {
			t.Errorf("caption text %q on page %d at y=%.1f", s, page+1, tx.Y)
		}
	}
}

func partyNames(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("PARTY %d,", i+1)
	}
	return out
}

// checkCounselStacked asserts the counsel lines on page 1 follow each
// other a half slot or a slot apart: the blocks stack as one.
func checkCounselStacked(t *testing.T, d *Document) {
	t.Helper()
	p := d.Profile
	_, court := findText(d, "UNITED STATES DISTRICT COURT")
	var ys []float64
	for _, tx := range d.Pages[0].Texts {
		if tx.Role == Body && tx.Y < court.Y {
			ys = append(ys, tx.Y)
		}
	}
	sort.Float64s(ys)
	half := p.Grid.Pitch / 2
	for i := 1; i < len(ys); i++ {
		if gap := ys[i] - ys[i-1]; gap > 1e-6 && math.Abs(gap-half) > 1e-6 && math.Abs(gap-2*half) > 1e-6 {
			t.Errorf("counsel lines %.1f apart at y=%.1f", gap, ys[i])
		}
	}
}

// layoutErr parses markup and lays it out, returning the layout's error.
func layoutErr(p *Profile, src string) (*Document, error) {
	doc, err := markup.Parse("in.md", []byte(src))
	if err != nil {
		return nil, err
	}
	return LayoutWith(doc, p, monoMeasurer{})
}
