package layout

import (
	"strings"
	"testing"

	"pleadgen/render/markup"
)

// TestAttestation checks the ::: attestation block: with the profile's
// text, a blank line, the heading centred in bold, the text, then the
// filer's signature in the signature column, in that order on one page;
// without it, the signature only; and no attestation where the markup has
// no attestation block, however many sign with "/s/".
func TestAttestation(t *testing.T) {
	cand, err := LoadProfile("cand")
	if err != nil {
		t.Fatal(err)
	}
	bare := *cand
	bare.Attestation.Text = ""
	signed := "Text.\n\n::: signature filer\n/s/ Ada Lovelace\n:::\n::: signature\n/s/ Charles Babbage\n:::\n"
	attest := "::: attestation\n/s/ ATT Ada Lovelace\n:::\n"
	tests := []struct {
		name    string
		p       *Profile
		src     string
		want    []string // the texts after the last signature, in order
		heading bool
	}{
		{"with the profile's text", cand, signed + attest, []string{"ATTESTATION OF SIGNATURES", "Pursuant to Civil L.R. 5-1(i)(3)", "/s/ ATT Ada Lovelace"}, true},
		{"without a text in the profile", &bare, signed + attest, []string{"/s/ ATT Ada Lovelace"}, false},
		{"no attestation block", cand, signed, nil, false},
	}
	for _, tt := range tests {
		doc, err := markup.Parse("in.md", []byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		d, err := LayoutWith(doc, tt.p, monoMeasurer{})
		if err != nil {
			t.Fatal(err)
		}
		checkGrid(t, d)
		var after []Text
		seen := false
		for _, tx := range sortedTexts(pick(d.Pages[len(d.Pages)-1].Texts, Body)) {
			if seen {
				after = append(after, tx)
			}
			seen = seen || strings.HasPrefix(tx.S, "/s/ Charles")
		}
		if (len(after) == 0) != (tt.want == nil) || (!tt.heading && len(after) > len(tt.want)) {
			t.Fatalf("%s: %d texts after the signatures, want %d", tt.name, len(after), len(tt.want))
		}
		k := 0
		for _, tx := range after {
			if k < len(tt.want) && strings.HasPrefix(tx.S, tt.want[k]) {
				k++
			}
		}
		if k < len(tt.want) {
			t.Errorf("%s: %q is missing or out of order after the signatures", tt.name, tt.want[k])
		}
		if tt.heading {
			h := after[0]
			mid := (d.Profile.Text.Left + d.Profile.Text.Right) / 2
			if !h.Style.Has(markup.Bold) || abs(h.X+h.W/2-mid) > 0.01 {
				t.Errorf("%s: heading %+v is not bold and centred", tt.name, h)
			}
		}
		if n := len(after); n > 0 && (after[n-1].X != d.Profile.Signature.Left || !strings.HasPrefix(after[n-1].S, "/s/ ATT")) {
			t.Errorf("%s: the last text is %q at %.1f, not the filer's signature in the signature column", tt.name, after[n-1].S, after[n-1].X)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
