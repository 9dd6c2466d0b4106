package court

import "testing"

func TestSaysDefault(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"name: x\ndefault: true\n", true},
		{"default: true", true},
		{"default:true # the district's\n", true},
		{"default: true\r\nname: x\r\n", true},
		{"default: false\n", false},
		{"default: truer\n", false},
		{"  default: true\n", false}, // nested, not the court's own key
		{"# default: true\n", false},
		{"name: x\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := saysDefault([]byte(tt.in)); got != tt.want {
			t.Errorf("saysDefault(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
