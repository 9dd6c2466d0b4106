package pleadgen

import (
	"fmt"

	"pleadgen/cases"
	"pleadgen/court"
	"pleadgen/redline"
	"pleadgen/render"
)

// Comparison is two versions of a filing compared: the report of what
// changed, by page and line of the new one, and what its redline needs.
type Comparison struct {
	Report   *redline.Report
	new      redline.Version
	old, cur string // the versions' names, for the redline's legend
	courts   *court.Set
	files    []string // the files on disk the versions were read from
}

// Files are the files on disk the two versions were read from: the case
// files and the files they include (an old version read from a revision
// has none).
func (c *Comparison) Files() []string { return c.files }

// Compare reads and lays out two versions of a filing and compares them.
// readOld, when not nil, reads the old version's files (a git revision's,
// say), and oldName then names it in the redline's legend.
func (e *Engine) Compare(oldPath, newPath string, readOld func(string) ([]byte, error), oldName string) (*Comparison, error) {
	old, name, oldFiles, err := e.version(oldPath, readOld)
	if err != nil && oldName != "" {
		// The problems name the file's lines as the old version has them.
		return nil, fmt.Errorf("in %s, the old version:\n%w", oldName, err)
	}
	if err != nil {
		return nil, err
	}
	if oldName != "" {
		name = oldName + ", " + name
	}
	new, newName, newFiles, err := e.version(newPath, nil)
	if err != nil {
		return nil, err
	}
	if readOld != nil {
		oldFiles = nil // the revision's, not the disk's
	}
	return &Comparison{Report: redline.Compare(old, new), new: new, old: name, cur: newName, courts: e.courts,
		files: append(oldFiles, newFiles...)}, nil
}

// Redline draws the new version with the changes marked: the redline PDF.
func (c *Comparison) Redline() ([]byte, error) {
	r := render.Renderer{Courts: c.courts}
	pdf, err := r.PDFWith(c.new.Doc, c.Report.Marker(redline.Legend{Old: c.old, New: c.cur}))
	if err != nil {
		return nil, fmt.Errorf("drawing the redline: %w", err)
	}
	return pdf, nil
}

// version reads a filing, with read for its files when not nil, and lays
// it out; it returns the version and its name for a legend: the file, its
// date and its inputs' digest.
func (e *Engine) version(path string, read func(string) ([]byte, error)) (redline.Version, string, []string, error) {
	opts := e.CaseOptions()
	opts.ReadFile = read
	var in *cases.Input
	if read == nil {
		var err error
		if in, err = e.readWith(path, opts); err != nil {
			return redline.Version{}, "", nil, err
		}
	} else {
		data, err := read(path)
		if err != nil {
			return redline.Version{}, "", nil, err
		}
		in = cases.ReadBytes(path, data, opts)
	}
	r, err := e.MarkupInput(in)
	if err != nil {
		return redline.Version{}, "", nil, err
	}
	doc, d, err := e.Layout(in.Path, r)
	sum := in.Digest()
	name := fmt.Sprintf("%s (dated %s; inputs %x)", path, longDateOf(r.Case.Filing.Date), sum[:6])
	files := make([]string, len(in.Files))
	for i, f := range in.Files {
		files[i] = f.Path
	}
	return redline.Version{Doc: doc, Layout: d}, name, files, err
}

// longDateOf writes a filing's date, or says it has none.
func longDateOf(d cases.Date) string {
	if d.IsZero() {
		return "no date"
	}
	return d.Long()
}
