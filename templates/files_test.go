package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFile writes a file for a test, failing it on error.
func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes a symbolic link, skipping the test where it cannot.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
}

// TestTemplatesDirectory checks how a --templates path is read: as
// written, as a directory, with each template a regular file inside it
// and of bounded size.
func TestTemplatesDirectory(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, root string) string // returns the --templates path
		want string                                 // in the error
	}{
		{"a file, not a directory", func(t *testing.T, root string) string {
			writeFile(t, filepath.Join(root, "court.tmpl"), "x")
			return filepath.Join(root, "court.tmpl")
		}, "court.tmpl: the templates directory is not a directory"},
		{"missing", func(t *testing.T, root string) string {
			return filepath.Join(root, "nope")
		}, "templates directory: stat "},
		{"a link outside", func(t *testing.T, root string) string {
			writeFile(t, filepath.Join(root, "secret"), "password")
			os.Mkdir(filepath.Join(root, "d"), 0o755)
			symlink(t, filepath.Join(root, "secret"), filepath.Join(root, "d", "court.tmpl"))
			return filepath.Join(root, "d")
		}, "court.tmpl: a symbolic link to "},
		{"a relative link outside", func(t *testing.T, root string) string {
			writeFile(t, filepath.Join(root, "secret"), "password")
			os.Mkdir(filepath.Join(root, "d"), 0o755)
			symlink(t, "../secret", filepath.Join(root, "d", "court.tmpl"))
			return filepath.Join(root, "d")
		}, "outside the templates directory"},
		{"a link to /dev/urandom", func(t *testing.T, root string) string {
			symlink(t, "/dev/urandom", filepath.Join(root, "court.tmpl"))
			return root
		}, "court.tmpl: a symbolic link to /dev/urandom, outside the templates directory"},
		{"a directory named *.tmpl", func(t *testing.T, root string) string {
			os.Mkdir(filepath.Join(root, "court.tmpl"), 0o755)
			return root
		}, "court.tmpl: a template must be a regular file, not a directory"},
		{"too large", func(t *testing.T, root string) string {
			writeFile(t, filepath.Join(root, "court.tmpl"), strings.Repeat("x", maxTemplateSize+1))
			return root
		}, "court.tmpl: a template may hold at most 1 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := tt.make(t, t.TempDir())
			start := time.Now()
			_, err := Load(Options{Dir: dir})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want %q", err, tt.want)
			}
			if took := time.Since(start); took > runaway {
				t.Errorf("took %s", took)
			}
		})
	}
}

// TestTemplatesDirectoryRead checks what is read: the directory named
// literally, even when its name looks like a pattern, and a link to a
// template inside it.
func TestTemplatesDirectoryRead(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"glob[1]", "glob1"} {
		if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(root, d, "court.tmpl"), "COURT FROM "+d+"\n")
	}
	writeFile(t, filepath.Join(root, "glob[1]", "shared.txt"), "SHARED COURT\n")
	out := render(t, filepath.Join(root, "glob[1]"))
	if !strings.Contains(out, "COURT FROM glob\\[1\\]") && !strings.Contains(out, "COURT FROM glob[1]") {
		t.Errorf("glob[1] was not read as written:\n%s", out)
	}
	os.Remove(filepath.Join(root, "glob[1]", "court.tmpl"))
	symlink(t, "shared.txt", filepath.Join(root, "glob[1]", "court.tmpl"))
	if out := render(t, filepath.Join(root, "glob[1]")); !strings.Contains(out, "SHARED COURT") {
		t.Errorf("a link inside the directory was not followed:\n%s", out)
	}
}

// render runs the example case with the templates of dir.
func render(t *testing.T, dir string) string {
	t.Helper()
	set, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	out, err := set.Execute(loadCase(t, "et-al.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return out
}
