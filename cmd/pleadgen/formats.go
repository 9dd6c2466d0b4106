package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"pleadgen"
)

// format is a kind of file render writes of a filing.
type format string

const (
	formatPDF  format = "pdf"
	formatDOCX format = "docx" // Word, for chambers and co-counsel
)

// jobOutput is one file a job writes.
type jobOutput struct {
	format format
	path   string
}

// parseFormats reads --format ("pdf", "docx" or "pdf,docx"); with none
// given, the extension of one case file's -o chooses (a .docx is Word),
// else the PDF.
func parseFormats(flag, out string) ([]format, error) {
	if flag == "" {
		if strings.EqualFold(filepath.Ext(out), ".docx") {
			return []format{formatDOCX}, nil
		}
		return []format{formatPDF}, nil
	}
	var fs []format
	seen := map[format]bool{}
	for _, s := range strings.Split(flag, ",") {
		f := format(strings.ToLower(strings.TrimSpace(s)))
		if f != formatPDF && f != formatDOCX {
			return nil, fmt.Errorf("--format %s: want pdf, docx or pdf,docx", flag)
		}
		if !seen[f] {
			seen[f] = true
			fs = append(fs, f)
		}
	}
	return fs, nil
}

// parsePart reads --part: "" for the whole filing, "order" for its
// proposed order alone, which is written only as a Word document.
func parsePart(flag string, formats []format) (pleadgen.Part, error) {
	switch pleadgen.Part(flag) {
	case pleadgen.WholeFiling:
		return pleadgen.WholeFiling, nil
	case pleadgen.OrderPart:
		if len(formats) != 1 || formats[0] != formatDOCX {
			return "", fmt.Errorf("--part order writes the proposed order as a Word document for chambers: name a .docx with -o, or give --format docx")
		}
		return pleadgen.OrderPart, nil
	}
	return "", fmt.Errorf("--part %s: want order", flag)
}

// written names what a job writes, quoted where it would not print
// plainly.
func (j job) written() string {
	if j.shown != "" {
		return j.shown
	}
	return quoteName(j.out)
}

// showOutputs names, in each job, the files it writes when they are not
// its PDF alone.
func showOutputs(jobs []job, formats []format, part pleadgen.Part) {
	if len(formats) == 1 && formats[0] == formatPDF {
		return
	}
	for i, j := range jobs {
		var names []string
		for _, o := range outputsOf(j, formats, part) {
			names = append(names, quoteName(o.path))
		}
		jobs[i].shown = strings.Join(names, ", ")
	}
}

// outputsOf lists the files a job writes: its PDF at the path planned
// (NAME.pdf beside a -o NAME.docx), and a Word document at the planned
// path with .docx for its .pdf (NAME-order.docx for the order alone),
// unless the path planned is the Word document's own (-o NAME.docx).
func outputsOf(j job, formats []format, part pleadgen.Part) []jobOutput {
	ext := filepath.Ext(j.out)
	isDOCX, isPDF := strings.EqualFold(ext, ".docx"), strings.EqualFold(ext, ".pdf")
	base := j.out
	if isDOCX || isPDF {
		base = strings.TrimSuffix(j.out, ext)
	}
	outs := make([]jobOutput, 0, len(formats))
	for _, f := range formats {
		var path string
		switch {
		case f == formatPDF && isDOCX:
			path = base + ".pdf"
		case f == formatPDF:
			path = j.out
		case isDOCX:
			path = j.out
		case part == pleadgen.OrderPart:
			path = base + "-order.docx"
		default:
			path = base + ".docx"
		}
		outs = append(outs, jobOutput{format: f, path: path})
	}
	return outs
}
