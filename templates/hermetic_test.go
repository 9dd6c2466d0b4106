package templates

import (
	"strings"
	"testing"
	"time"
)

// TestHermetic checks that what a template prints cannot depend on the
// machine's time zone, on addresses, or on the path the case was read from.
func TestHermetic(t *testing.T) {
	_, err, _ := runCourt(t, `{{ .Case.Filing.Conference.Date.Time.Local.Format "MST" }}`, 0)
	if want := "court.tmpl:1:8: .Local would read the machine's time zone; dates are in UTC, the same on every machine"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}
	_, err, _ = runCourt(t, `{{ with .Case.Filing.Conference.Date.Time }}{{ .Zone }}{{ end }}`, 0)
	if err == nil || !strings.Contains(err.Error(), ".Zone would read the machine's time zone") {
		t.Errorf("error = %v", err)
	}
	_, err, _ = runCourt(t, `{{ printf "%p" .Case }}`, 0)
	if want := "error calling printf: printf: %p would print a memory address, which differs on every run"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want %q", err, want)
	}

	body := `ZONE[{{ .Case.Filing.Conference.Date.Time.Format "2006-01-02 15:04 MST" }}]FILE[{{ .Case.File }}]`
	utc, err, _ := runCourt(t, body, 0)
	if err != nil {
		t.Fatal(err)
	}
	saved := time.Local
	time.Local = time.FixedZone("XST", 5*3600)
	defer func() { time.Local = saved }()
	elsewhere, err, _ := runCourt(t, body, 0)
	if err != nil {
		t.Fatal(err)
	}
	if elsewhere != utc || !strings.Contains(utc, "00:00 UTC]") {
		t.Errorf("the date depends on the time zone:\n%s\n%s", utc, elsewhere)
	}
	if !strings.Contains(utc, "FILE[]") {
		t.Errorf("the case file's path is visible to templates:\n%s", utc)
	}
}
