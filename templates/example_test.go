package templates_test

import (
	"fmt"
	"os"
	"text/template"
	"time"

	"pleadgen/cases"
	"pleadgen/templates"
)

// exampleCase returns a small case for the examples to render.
func exampleCase() *cases.Case {
	return &cases.Case{
		Number: cases.CaseNumber{Office: 4, Year: 21, Kind: "cv", Seq: 2632},
		Judge:  cases.Judge{Name: "Donna M. Ryu", Initials: "DMR", Magistrate: true},
		Plaintiffs: []cases.Party{
			{Name: "Jane Doe"},
			{Name: "John Roe"},
			{Name: "Acme, Inc.", Description: "a Delaware corporation"},
		},
		Defendants: []cases.Party{
			{Name: "U.S. Immigration and Customs Enforcement", Short: "ICE"},
			{Name: "Smith & *Co* [LLC]"},
		},
		Filing: cases.Filing{
			Type: "joint-cmc-statement",
			Date: cases.Date{Year: 2021, Month: time.July, Day: 14},
			Topics: cases.Topics{{
				Key: "facts",
				Positions: []cases.Position{
					{Side: cases.Joint, Text: "The parties agree."},
					{Side: cases.Plaintiffs, Text: "First line.\nSecond line."},
					{Side: cases.Defendants, Text: "Denied."},
				},
			}},
		},
	}
}

// execExample renders text with the template functions and data and prints
// the result.
func execExample(text string, data any) {
	t, err := template.New("example").Funcs(templates.FuncMap()).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("execute:", err)
	}
}

func Example_parties() {
	execExample("{{ parties .Plaintiffs }}\n{{ parties .Defendants }}\n", exampleCase())
	// Output:
	// Jane Doe; John Roe; and Acme, Inc.
	// U.S. Immigration and Customs Enforcement and Smith & *Co* [LLC]
}

func Example_partyNames() {
	execExample("{{ range partyNames .Plaintiffs }}{{ . }}\n{{ end }}", exampleCase())
	// Output:
	// Jane Doe
	// John Roe
	// Acme, Inc.
}

func Example_joinList() {
	execExample(`{{ joinList (splitList "," .) }}`+"\n", "Motion to Dismiss")
	execExample(`{{ joinList (splitList "," .) }}`+"\n", "Answer,Counterclaim")
	execExample(`{{ joinList (splitList "," .) }}`+"\n", "Complaint,Answer,Reply")
	// Output:
	// Motion to Dismiss
	// Answer and Counterclaim
	// Complaint; Answer; and Reply
}

func Example_longDate() {
	execExample("Dated: {{ longDate .Filing.Date }}\n", exampleCase())
	// Output:
	// Dated: July 14, 2021
}

func Example_shortDate() {
	c := exampleCase()
	execExample("Dated: {{ shortDate .Filing.Date }}\n", c)
	c.Filing.Date = cases.Date{Year: 2006, Month: time.August, Day: 17}
	execExample("Dated: {{ shortDate .Filing.Date }}\n", c)
	// Output:
	// Dated: July 14, 2021
	// Dated: Aug. 17, 2006
}

func Example_numericDate() {
	execExample("Dated: {{ numericDate .Filing.Date }}\n", exampleCase())
	// Output:
	// Dated: 07/14/2021
}

// styledDate prints a date in the style the case file asks for
// (filing.date_style); a driver template, whose data holds the case as
// .Case, writes {{ styledDate .Case .Service.Date }}.
func Example_styledDate() {
	c := exampleCase()
	c.Filing.Date = cases.Date{Year: 2025, Month: time.September, Day: 5}
	for _, style := range cases.DateStyles() {
		c.Filing.DateStyle = style
		execExample("Dated: {{ styledDate . .Filing.Date }}\n", c)
	}
	// Output:
	// Dated: September 5, 2025
	// Dated: Sept. 5, 2025
	// Dated: 09/05/2025
}

func Example_caseNo() {
	c := exampleCase()
	execExample("Case No. {{ caseNo . }}\n", c)
	c.Judge = cases.Judge{Name: "Jon S. Tigar", Initials: "JST"}
	c.Referral = "DMR"
	execExample("Case No. {{ caseNo . }}\n", c)
	// Output:
	// Case No. 4:21-cv-02632-DMR
	// Case No. 4:21-cv-02632-JST-DMR
}

func Example_possessive() {
	execExample(`{{ possessive "Plaintiffs" }} / {{ possessive (index .Defendants 0).Short }}`+"\n", exampleCase())
	// Output:
	// Plaintiffs' / ICE's
}

func Example_judgeTitle() {
	c := exampleCase()
	execExample("{{ judgeTitle .Judge }}\n", c)
	c.Judge.Magistrate = false
	execExample("{{ judgeTitle .Judge }}\n", c)
	c.Judge.Title = "Chief United States District Judge"
	execExample("{{ judgeTitle .Judge }}\n", c)
	// Output:
	// United States Magistrate Judge
	// United States District Judge
	// Chief United States District Judge
}

func Example_hon() {
	execExample("Judge: {{ hon .Judge }}\n", exampleCase())
	// Output:
	// Judge: Hon. Donna M. Ryu
}

func Example_roman() {
	execExample("{{ range list 1 4 9 21 2021 }}{{ roman . }}\n{{ end }}", nil)
	// A loop index is an int; sprig's arithmetic returns int64, so convert
	// it back with int.
	execExample(`{{ range $i, $t := .Filing.Topics }}{{ roman (add1 $i | int) }}. {{ $t.Key }}{{ end }}`+"\n", exampleCase())
	// Output:
	// I
	// IV
	// IX
	// XXI
	// MMXXI
	// I. facts
}

func Example_alpha() {
	execExample("{{ range list 1 2 26 27 28 }}{{ alpha . }}\n{{ end }}", nil)
	// Output:
	// A
	// B
	// Z
	// AA
	// AB
}

func Example_mdEscape() {
	execExample("{{ mdEscape (index .Defendants 1).Name }}\n", exampleCase())
	execExample("{{ mdEscape . }}\n", "1. Not a list")
	// Output:
	// Smith & \*Co\* \[LLC\]
	// 1\. Not a list
}

func Example_sideName() {
	execExample("{{ range (index .Filing.Topics 0).Positions }}{{ sideName .Side }}\n{{ end }}", exampleCase())
	// Output:
	// Joint
	// Plaintiffs
	// Defendants
}

func Example_indentLines() {
	execExample(`{{ (index (index .Filing.Topics 0).Positions 1).Text | indentLines "| " }}`+"\n", exampleCase())
	// Output:
	// | First line.
	// | Second line.
}
