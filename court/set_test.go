package court

import (
	"os"
	"path/filepath"
	"testing"
)

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

// A court directory that is not there, or is a file, is named as such.
func TestLoadNamesWhatIsNoDirectory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "courts.yaml")
	if err := os.WriteFile(file, []byte("name: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "none")
	for dir, want := range map[string]string{
		missing: "court directory " + missing + ": no such file or directory",
		file:    "court directory " + file + ": not a directory",
	} {
		if _, err := Load(dir); err == nil || err.Error() != want {
			t.Errorf("Load(%s): %v, want %s", dir, err, want)
		}
	}
}
