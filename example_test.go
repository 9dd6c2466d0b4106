package pleadgen_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"pleadgen"
	"pleadgen/render"
)

// Render a filing to PDF bytes, with the warnings the court's rules give.
func ExampleEngine_Render() {
	e, err := pleadgen.New(pleadgen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := e.Render(context.Background(), "examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.HasPrefix(r.PDF, []byte("%PDF-")), r.Case.Filing.Type)
	for _, w := range r.Warnings {
		fmt.Println(w.Pos.Line, w.Field)
	}
	// Output:
	// true joint-cmc-statement
	// 29 counsel[0].bar
	// 38 counsel[1].bar
}

// A filing with errors returns every one of them, each at its place.
func ExampleEngine_RenderBytes() {
	e, err := pleadgen.New(pleadgen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = e.RenderBytes(context.Background(), "case.yaml", []byte("number: 4:21-cv-2632\njudge: [Ryu]\n"))
	fmt.Println(err)
	// Output:
	// case.yaml:1:1: plaintiffs: missing required field
	// case.yaml:1:1: defendants: missing required field
	// case.yaml:1:1: filing: missing required field
	// case.yaml:1:9: number: malformed case number "4:21-cv-2632" (want e.g. 4:21-cv-02632)
	// case.yaml:2:8: judge: expected a mapping, got a sequence
}

// Check a filing against the court's rules, writing nothing.
func ExampleEngine_Check() {
	e, err := pleadgen.New(pleadgen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range e.Check("examples/aclu-v-ice-joint-cmc.yaml") {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s %s %s", f.Severity, f.Field, f.Rule)))
	}
	// Output:
	// warning counsel[0].bar Civil L.R. 3-4(a)(1)
	// warning counsel[1].bar
	// info  Standing Order for All Judges of the N.D. Cal., Contents of Joint Case Management Statement
	// info  Civil L.R. 16-9(a)
}

// A problem placed in the case file keeps its cause: here the character
// the fonts cannot draw, which errors.As finds.
func ExampleProblem_cause() {
	e, err := pleadgen.New(pleadgen.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := os.ReadFile("cmd/pleadgen/testdata/complete.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	data = bytes.Replace(data, []byte("All parties have been served."), []byte("All parties 😀 have been served."), 1)
	_, err = e.RenderBytes(context.Background(), "case.yaml", data)
	fmt.Println(err)
	var ce *render.CharError
	fmt.Println(errors.As(err, &ce), ce != nil && ce.Char == '😀')
	// Output:
	// case.yaml:34:31: character U+1F600 '😀' is not in the embedded fonts; write it another way
	// true true
}
