// Command pleadgen turns YAML case files into court filings on
// line-numbered pleading paper.
package main

import "os"

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
