//go:build unix

package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputThroughSymlink writes to outputs that are symbolic links: the
// link stays a link, its target gets the new PDF, written atomically in the
// target's directory, and neither directory keeps a temporary file.
func TestOutputThroughSymlink(t *testing.T) {
	tests := []struct {
		name   string
		link   string // the link's content; "shared" is a directory beside the output's
		exists bool   // whether the target holds an earlier PDF
		target string // the file the link leads to, relative to the temporary directory
	}{
		{"to a PDF in another directory", "SHARED/x.pdf", true, "shared/x.pdf"},
		{"relative", "../shared/x.pdf", true, "shared/x.pdf"},
		{"through a second link", "SHARED/link.pdf", true, "shared/x.pdf"},
		{"dangling", "SHARED/new.pdf", false, "shared/new.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			shared := filepath.Join(dir, "shared")
			writeTree(t, dir, map[string][]byte{"out/keep": nil})
			if err := os.Mkdir(shared, 0o755); err != nil {
				t.Fatal(err)
			}
			if tt.exists {
				writeFile(t, filepath.Join(shared, "x.pdf"), []byte("%PDF-earlier"))
			}
			if err := os.Symlink("x.pdf", filepath.Join(shared, "link.pdf")); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out", "out.pdf")
			linkText := strings.Replace(tt.link, "SHARED", shared, 1)
			if err := os.Symlink(linkText, out); err != nil {
				t.Fatal(err)
			}
			if err := writePDF(out, []byte(newPDF)); err != nil {
				t.Fatal(err)
			}
			if got, err := os.Readlink(out); err != nil || got != linkText {
				t.Errorf("the output is now %q, %v; want the link to %q", got, err, linkText)
			}
			if got := string(readFile(t, filepath.Join(dir, tt.target))); got != newPDF {
				t.Errorf("the target holds %q, want the new PDF", got)
			}
			want := []string{"link.pdf", filepath.Base(tt.target)}
			if tt.exists {
				want = []string{"link.pdf", "x.pdf"}
			}
			assertDirHolds(t, shared, want...)
			assertDirHolds(t, filepath.Join(dir, "out"), "keep", "out.pdf")
		})
	}
}

// TestOutputLinkErrors writes through links that lead nowhere a PDF can
// go: the error names the output, and nothing is created.
func TestOutputLinkErrors(t *testing.T) {
	tests := []struct {
		name string
		link func(dir string) string
		want string
	}{
		{"its target's directory missing", func(dir string) string { return filepath.Join(dir, "gone", "x.pdf") },
			"(a link to "},
		{"a loop", func(dir string) string { return "out.pdf" }, "more than 40 symbolic links in a row"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.pdf")
			if err := os.Symlink(tt.link(dir), out); err != nil {
				t.Fatal(err)
			}
			err := writePDF(out, []byte(newPDF))
			if err == nil || !strings.Contains(err.Error(), "writing "+out) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one naming %s and saying %q", err, out, tt.want)
			}
			assertDirHolds(t, dir, "out.pdf")
		})
	}
}

// TestOutputRefusesSpecialFiles writes over outputs that are not regular
// files, directly or through a link: each is refused with an error naming
// the output and what it is, and is left as it was.
func TestOutputRefusesSpecialFiles(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string) // makes the special file at path
		want string
	}{
		{"a character device like /dev/null", mknodNull, "it is a character device, not a regular file"},
		{"a FIFO", mkfifo, "it is a FIFO, not a regular file"},
		{"a socket", mksocket, "it is a socket, not a regular file"},
		{"a directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "it is a directory, not a regular file"},
		{"a link to a FIFO", func(t *testing.T, path string) {
			mkfifo(t, path+".fifo")
			if err := os.Symlink(filepath.Base(path)+".fifo", path); err != nil {
				t.Fatal(err)
			}
		}, ".fifo is a FIFO, not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "out.pdf")
			tt.make(t, out)
			before := dirModes(t, dir)
			err := writePDF(out, []byte(newPDF))
			want := "writing " + out + ": "
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), tt.want) ||
				!strings.HasSuffix(err.Error(), "pleadgen writes PDFs only to regular files") {
				t.Errorf("error %v, want %q…%q", err, want, tt.want)
			}
			if after := dirModes(t, dir); after != before {
				t.Errorf("the directory went from %s to %s", before, after)
			}
		})
	}
}

// TestOutputRefusesDescriptors refuses outputs that lead to an open file
// descriptor, as /dev/stdout does: pleadgen has no -o - and writes files.
func TestOutputRefusesDescriptors(t *testing.T) {
	for _, path := range []string{"/dev/stdout", "/dev/fd/2", "/proc/self/fd/1"} {
		if _, err := os.Lstat(path); err != nil {
			t.Logf("skipping %s: %v", path, err)
			continue
		}
		err := writePDF(path, []byte(newPDF))
		if err == nil || !strings.Contains(err.Error(), "writing "+path+": it leads to ") ||
			!strings.Contains(err.Error(), "an open file descriptor, not a file") {
			t.Errorf("%s: error %v, want a refusal", path, err)
		}
	}
}

// An output in /proc that is no descriptor is refused as the kernel's.
func TestOutputRefusesProc(t *testing.T) {
	err := writePDF("/proc/pleadgen-none.pdf", []byte(newPDF))
	if err == nil || !strings.Contains(err.Error(), "in the kernel's /proc, not a file") {
		t.Errorf("error %v, want a refusal naming /proc", err)
	}
}

// TestRenderRefusesSpecialOutputs renders a case to a private copy of
// /dev/null and to a FIFO: exit 1, the error on stderr, the special file
// left as it was. The FIFO is rendered with --force, so that the test is
// of the writing alone; a FIFO named as a Word document, without, so that
// reading its digest must not hang on it either.
func TestRenderRefusesSpecialOutputs(t *testing.T) {
	tests := []struct {
		name  string
		make  func(t *testing.T, path string)
		flags []string
		want  string
		file  string
	}{
		{"a device", mknodNull, nil, "it is a character device, not a regular file", "special"},
		{"a FIFO", mkfifo, []string{"--force"}, "it is a FIFO, not a regular file", "special"},
		{"a FIFO for a Word document", mkfifo, nil, "it is a FIFO, not a regular file", "special.docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, tt.file)
			tt.make(t, out)
			before := dirModes(t, dir)
			args := append([]string{"render", "testdata/good.yaml", "-o", out}, tt.flags...)
			code, _, stderr := runApp(args...)
			want := "writing " + out + ": " + tt.want
			if code != exitBad || !strings.Contains(stderr, want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, want)
			}
			if after := dirModes(t, dir); after != before {
				t.Errorf("the directory went from %s to %s", before, after)
			}
		})
	}
}

// TestOutputHardLinks refuses to replace an output with other hard links,
// directly or through a symbolic link: both names keep the earlier PDF and
// stay one file.
func TestOutputHardLinks(t *testing.T) {
	for _, viaSymlink := range []bool{false, true} {
		dir := t.TempDir()
		pdf, other := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
		writeFile(t, pdf, []byte("%PDF-earlier"))
		if err := os.Link(pdf, other); err != nil {
			t.Skipf("cannot make a hard link here: %v", err)
		}
		out, want := pdf, "writing "+pdf+": it has 2 hard links, and replacing it would break them"
		if viaSymlink {
			out = filepath.Join(dir, "link.pdf")
			if err := os.Symlink("a.pdf", out); err != nil {
				t.Fatal(err)
			}
			want = "writing " + out + ": its link target " + pdf + " has 2 hard links"
		}
		err := writePDF(out, []byte(newPDF))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want %q", err, want)
		}
		if same, _ := samePath(pdf, other); !same || string(readFile(t, pdf)) != "%PDF-earlier" {
			t.Errorf("the hard links were broken or the PDF changed")
		}
	}
}

// mknodNull makes a character device like /dev/null at path, or skips.
func mknodNull(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, int(mkdev(1, 3))); err != nil {
		t.Skipf("cannot make a device node (needs root and CAP_MKNOD): %v", err)
	}
}

// mkdev is a Linux device number.
func mkdev(major, minor uint64) uint64 {
	return major<<8&0xfff00 | minor&0xff | minor<<12&0xfff00000
}

// mkfifo makes a FIFO at path, or skips.
func mkfifo(t *testing.T, path string) {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}
}

// mksocket makes a listening Unix socket at path, or skips.
func mksocket(t *testing.T, path string) {
	t.Helper()
	l, err := net.Listen("unix", path)
	if err != nil {
		t.Skipf("cannot make a Unix socket: %v", err)
	}
	l.(*net.UnixListener).SetUnlinkOnClose(false)
	t.Cleanup(func() { l.Close() })
}

// dirModes describes the entries of dir and their kinds.
func dirModes(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, name := range dirNames(t, dir) {
		st, err := os.Lstat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + ":" + st.Mode().Type().String() + " ")
	}
	return b.String()
}

// samePath reports whether two paths name the same existing file.
func samePath(a, b string) (bool, error) {
	sa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	sb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(sa, sb), nil
}
