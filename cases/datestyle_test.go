package cases

import (
	"strings"
	"testing"
)

// TestDateStyleDecode reads each date style, and the default when
// date_style is left out.
func TestDateStyleDecode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want DateStyle
	}{
		{base, ""},
		{edit("  topics:", "  date_style: long\n  topics:"), LongDate},
		{edit("  topics:", "  date_style: short\n  topics:"), ShortDate},
		{edit("  topics:", "  date_style: numeric\n  topics:"), NumericDate},
		{edit("  topics:", "  date_style: \"short\"\n  topics:"), ShortDate},
	} {
		c, warns, err := Parse("case.yaml", []byte(tc.in))
		if err != nil || len(warns) != 0 {
			t.Fatalf("%v, warnings %v", err, warns)
		}
		if c.Filing.DateStyle != tc.want {
			t.Errorf("date style %q, want %q", c.Filing.DateStyle, tc.want)
		}
	}
	if got := DateStyles(); len(got) != 3 || got[0] != LongDate {
		t.Errorf("DateStyles() = %q, want long (the default) first of three", got)
	}
}

// TestDateStyleErrors refuses what is not a date style at the value's line
// and column (the base's lines: filing.date_style is line 15).
func TestDateStyleErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"unknown", edit("  topics:", "  date_style: medium\n  topics:"),
			`case.yaml:15:15: filing.date_style: unknown date style "medium" (want long or short or numeric)`},
		{"capitals", edit("  topics:", "  date_style: Short\n  topics:"),
			`case.yaml:15:15: filing.date_style: unknown date style "Short" (want long or short or numeric)`},
		{"a boolean", edit("  topics:", "  date_style: true\n  topics:"),
			`case.yaml:15:15: filing.date_style: expected long or short or numeric, got a boolean`},
		{"a list", edit("  topics:", "  date_style: [short]\n  topics:"),
			`case.yaml:15:15: filing.date_style: expected long or short or numeric, got a sequence`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _, err := Parse("case.yaml", []byte(tc.in))
			if c != nil || err == nil {
				t.Fatalf("got a case, want the error %s", tc.want)
			}
			errs, ok := err.(Errors)
			if !ok {
				t.Fatalf("error = %v (%T), want Errors", err, err)
			}
			if got := errs.Error(); got != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// TestDateStyleMessageNamesEveryStyle keeps the message's list of styles
// the list DateStyles gives.
func TestDateStyleMessageNamesEveryStyle(t *testing.T) {
	_, _, err := Parse("case.yaml", []byte(edit("  topics:", "  date_style: x\n  topics:")))
	if err == nil {
		t.Fatal("date_style: x was accepted")
	}
	for _, s := range DateStyles() {
		if !strings.Contains(err.Error(), string(s)) {
			t.Errorf("%v does not name %s", err, s)
		}
	}
}
