// Command casegen writes a case file of about the number of pages asked
// for, for the size curve of bench/compare.sh: the example statement with
// paragraphs of ordinary prose added to its first topic.
//
//	go run ./bench/casegen -pages 500 examples/aclu-v-ice-joint-cmc.yaml big.yaml
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
)

// parasPerPage is how many of the paragraphs below fill a page: each is
// some five lines, and a page holds 28.
const parasPerPage = 5.48

// basePages is the example's own length.
const basePages = 8

func main() {
	pages := flag.Int("pages", 10, "about how many pages the case file makes")
	flag.Parse()
	if flag.NArg() != 2 {
		fmt.Fprintln(os.Stderr, "usage: casegen [-pages N] EXAMPLE.yaml OUT.yaml")
		os.Exit(2)
	}
	src, err := os.ReadFile(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	key := []byte("    jurisdiction: |\n")
	if !bytes.Contains(src, key) {
		fmt.Fprintln(os.Stderr, "casegen: the example has no jurisdiction text")
		os.Exit(1)
	}
	para := strings.TrimSpace(strings.Repeat("The parties met and conferred about the schedule and the discovery plan in good faith. ", 5))
	var b bytes.Buffer
	for i := 0; i < int(float64(max(0, *pages-basePages))*parasPerPage); i++ {
		fmt.Fprintf(&b, "      %s\n\n", para)
	}
	out := bytes.Replace(src, key, append(key, b.Bytes()...), 1)
	if err := os.WriteFile(flag.Arg(1), out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
