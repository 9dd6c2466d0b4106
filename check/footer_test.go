package check

import (
	"strings"
	"testing"

	"pleadgen/pdffile"
)

func TestFooterWrapWarns(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(string) string
		wrapped bool
		want    string
	}{
		{"one footer line", nil, false, ""},
		{"the title wrapped", nil, true,
			"warning: filing: the title is too long for one footer line beside the case number, so the footer wraps it to a second line; give filing.footer_title a shorter title"},
		{"the footer title wrapped", func(s string) string {
			return strings.Replace(s, "  type: joint-cmc-statement\n", "  type: joint-cmc-statement\n  footer_title: A Title Far Too Long\n", 1)
		}, true, "warning: filing.footer_title: the title is too long for one footer line beside the case number, so the footer wraps it to a second line; give filing.footer_title a shorter title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := baseYAML()
			if tt.edit != nil {
				y = tt.edit(y)
			}
			k := &checker{c: parseCase(t, y), rules: loadCand(t), facts: &pdffile.Facts{FooterWrapped: tt.wrapped}}
			checkFooter(k)
			if got := messages(k.out); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestMovedCounselIsReported(t *testing.T) {
	fs := runRule(t, "counsel", parseCase(t, baseYAML()), &pdffile.Facts{MovedCounsel: 2})
	if got := messages(fs); !strings.Contains(got, "info: counsel: page 1 refers to the signature page for 2 more group(s) of counsel") {
		t.Errorf("got\n%s", got)
	}
}
