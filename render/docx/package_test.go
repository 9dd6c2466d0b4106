package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// readZip returns a package's parts by name, in the zip's order.
func readZip(t *testing.T, data []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		parts[f.Name] = b
		names = append(names, f.Name)
	}
	return parts, names
}

// wellFormed reads an XML document to its end.
func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	depth, roots := 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if roots != 1 || depth != 0 {
		return errors.New("not one root element")
	}
	return nil
}

// examplePackages writes every example, and the proposed order of those
// that have one.
func examplePackages(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range allExamples(t) {
		doc := exampleDoc(t, name)
		data, err := Write(doc, paperOf(t, doc), Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = data
		if _, _, _, ok := orderPart(doc.Blocks); ok {
			data, err := Write(doc, paperOf(t, doc), Options{OrderOnly: true})
			if err != nil {
				t.Fatalf("%s order: %v", name, err)
			}
			out[name+"-order"] = data
		}
	}
	return out
}

type relsXML struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type typesXML struct {
	Defaults []struct {
		Extension string `xml:"Extension,attr"`
	} `xml:"Default"`
	Overrides []struct {
		PartName    string `xml:"PartName,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Override"`
}

// TestPackageIsComplete checks each example's package: every part is
// well-formed XML, every relationship's target is a part of the zip,
// every relationship id a part refers to exists, and every part has a
// content type.
func TestPackageIsComplete(t *testing.T) {
	pkgs := examplePackages(t)
	for _, name := range sortedKeys(pkgs) {
		data := pkgs[name]
		t.Run(name, func(t *testing.T) {
			parts, names := readZip(t, data)
			if names[0] != "[Content_Types].xml" {
				t.Errorf("the first part is %s, want [Content_Types].xml", names[0])
			}
			for _, n := range names {
				if err := wellFormed(parts[n]); err != nil {
					t.Errorf("%s is not well-formed: %v", n, err)
				}
			}
			var types typesXML
			if err := xml.Unmarshal(parts["[Content_Types].xml"], &types); err != nil {
				t.Fatal(err)
			}
			typed := map[string]bool{}
			for _, d := range types.Defaults {
				typed["."+d.Extension] = true
			}
			for _, o := range types.Overrides {
				if _, ok := parts[strings.TrimPrefix(o.PartName, "/")]; !ok {
					t.Errorf("content type for %s, which the package lacks", o.PartName)
				}
				typed[o.PartName] = true
			}
			for _, n := range names[1:] {
				switch {
				case strings.HasSuffix(n, ".rels"):
					if !typed[".rels"] {
						t.Errorf("%s: no default content type for .rels", n)
					}
				case !typed["/"+n]:
					t.Errorf("%s has no content type of its own", n)
				}
			}
			ids := map[string]bool{}
			for _, n := range names {
				if !strings.HasSuffix(n, ".rels") {
					continue
				}
				var rels relsXML
				if err := xml.Unmarshal(parts[n], &rels); err != nil {
					t.Fatal(err)
				}
				base := path.Dir(path.Dir(n)) // word/_rels/document.xml.rels → word
				for _, r := range rels.Rels {
					target := path.Join(base, r.Target)
					if _, ok := parts[target]; !ok {
						t.Errorf("%s: %s's target %s is not in the package", n, r.ID, target)
					}
					if n == "word/_rels/document.xml.rels" {
						ids[r.ID] = true
					}
				}
			}
			for _, n := range names {
				if !strings.HasPrefix(n, "word/") || strings.Contains(n, "_rels") {
					continue
				}
				for _, id := range referredIDs(parts[n]) {
					if !ids[id] {
						t.Errorf("%s refers to %s, which word/_rels/document.xml.rels lacks", n, id)
					}
				}
			}
			for _, must := range []string{"_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/fontTable.xml",
				"word/footnotes.xml", "word/numbering.xml", "word/header1.xml", "word/footer1.xml", "word/_rels/document.xml.rels",
				"docProps/core.xml", "docProps/app.xml"} {
				if _, ok := parts[must]; !ok {
					t.Errorf("the package lacks %s", must)
				}
			}
		})
	}
}

// referredIDs returns the relationship ids (r:id attributes) a part uses.
func referredIDs(data []byte) []string {
	var out []string
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "id" && a.Name.Space == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" {
					out = append(out, a.Value)
				}
			}
		}
	}
}

// TestUnzipTestsClean has unzip test each example's package.
func TestUnzipTestsClean(t *testing.T) {
	unzip, err := exec.LookPath("unzip")
	if err != nil {
		t.Skip("unzip is not on PATH")
	}
	dir := t.TempDir()
	pkgs := examplePackages(t)
	for _, name := range sortedKeys(pkgs) {
		data := pkgs[name]
		file := filepath.Join(dir, strings.ReplaceAll(name, "/", "-")+".docx")
		writeFile(t, file, data)
		out, err := exec.Command(unzip, "-t", file).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "No errors detected") {
			t.Errorf("unzip -t %s: %v\n%s", name, err, out)
		}
	}
}

// TestDeterministic writes each example twice and compares the bytes.
func TestDeterministic(t *testing.T) {
	first := examplePackages(t)
	second := examplePackages(t)
	for _, name := range sortedKeys(first) {
		if data := first[name]; !bytes.Equal(data, second[name]) {
			t.Errorf("%s: two writes of the same document differ", name)
		}
	}
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// BenchmarkWrite writes the eight-page example statement.
func BenchmarkWrite(b *testing.B) {
	doc := exampleDoc(b, "aclu")
	paper := paperOf(b, doc)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(doc, paper, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
