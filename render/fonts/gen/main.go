// Command gen writes fpdf's font definitions (.json) and compressed font
// programs (.z) for the subset Liberation Serif faces; generate.sh runs it.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"codeberg.org/go-pdf/fpdf"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: gen ENCODING.map FONTDIR OUTDIR")
		os.Exit(2)
	}
	fonts, _ := filepath.Glob(filepath.Join(os.Args[2], "*.ttf"))
	for _, f := range fonts {
		if err := fpdf.MakeFont(f, os.Args[1], os.Args[3], nil, true); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
