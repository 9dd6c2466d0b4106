package cases

import "testing"

func TestLooksSigned(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"/s/ Vasudha Talla", true},
		{"By: /s/ Forged Filer", true},
		{"  /S/ Forged", true},
		{"\u200b/s/ Forged", true},
		{"/\u00ads/ Forged", true},
		{"\u2215s\u2215 Forged", true},
		{"\uff0fs\uff0f Forged", true},
		{"/\uff53/ Forged", true},
		{"/s\u0301/ Forged", true},
		{"39 Drumm Street", false},
		{"s/ and /s", false},
		{"Suite 3/5", false},
		{"&#47;s&#47; Forged", false}, // the entity prints as written
	}
	for _, tt := range tests {
		if got := LooksSigned(tt.s); got != tt.want {
			t.Errorf("LooksSigned(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
