package pdffile

import "testing"

func TestLengthField(t *testing.T) {
	tests := []struct {
		dict       string
		start, end int
		n          int
		ok         bool
	}{
		{"<</Length 42", 2, 12, 42, true},
		{"<</Length 7 /Filter /FlateDecode /Length1 19452", 2, 11, 7, true},
		{"<</Type /Page", 0, 0, 0, false},
		{"<</Length x", 0, 0, 0, false},
	}
	for _, tt := range tests {
		s, e, n, ok := lengthField([]byte(tt.dict))
		if ok != tt.ok || (ok && (s != tt.start || e != tt.end || n != tt.n)) {
			t.Errorf("lengthField(%q) = %d, %d, %d, %v", tt.dict, s, e, n, ok)
		}
	}
}
