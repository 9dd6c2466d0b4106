package cases

import (
	"embed"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"
)

// courtFiles are the courts a case file may name, as data: a court is
// added with a file, not with code.
//
//go:embed courts/*.json
var courtFiles embed.FS

// court is what the schema knows of a court: the office codes of its case
// numbers, the division each belongs to, and the case types it numbers.
type court struct {
	Name      string   `json:"name"`
	Short     string   `json:"short"`
	Default   bool     `json:"default"`
	Offices   []office `json:"offices"`
	CaseKinds []string `json:"case_kinds"`
}

type office struct {
	Code     int    `json:"code"`
	Division string `json:"division"`
	Place    string `json:"place"` // where it sits, when not the division's name
}

// courts are the embedded courts, read once; they never change.
var courts = loadCourts()

func loadCourts() map[string]*court {
	out := map[string]*court{}
	entries, _ := courtFiles.ReadDir("courts")
	for _, e := range entries {
		data, _ := courtFiles.ReadFile(path.Join("courts", e.Name()))
		c := new(court)
		if err := json.Unmarshal(data, c); err != nil {
			panic(fmt.Sprintf("embedded court %s: %v", e.Name(), err))
		}
		out[c.Name] = c
	}
	return out
}

// courtNames lists the courts, default first, then by name.
func courtNames() []string {
	names := make([]string, 0, len(courts))
	for n := range courts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if courts[names[i]].Default != courts[names[j]].Default {
			return courts[names[i]].Default
		}
		return names[i] < names[j]
	})
	return names
}

// DivisionOf returns the division an office code belongs to in a court.
func DivisionOf(courtName string, code int) (string, bool) {
	c, ok := courts[courtName]
	if !ok {
		return "", false
	}
	return c.division(code)
}

// division returns the division of an office code.
func (c *court) division(code int) (string, bool) {
	for _, o := range c.Offices {
		if o.Code == code {
			return o.Division, true
		}
	}
	return "", false
}

// divisions lists the court's divisions in office-code order.
func (c *court) divisions() []string {
	var out []string
	for _, o := range c.Offices {
		out = append(out, o.Division)
	}
	return out
}

// checkNumber says what is wrong with a case number for this court, or "".
func (c *court) checkNumber(n CaseNumber) string {
	if _, ok := c.division(n.Office); !ok {
		return fmt.Sprintf("unknown office code %d in case number %q (%s uses %s)", n.Office, n.String(), c.Short, c.officeList())
	}
	if indexOf(c.CaseKinds, n.Kind) < 0 {
		return fmt.Sprintf("unknown case type %q in case number %q (want %s)", n.Kind, n.String(), strings.Join(c.CaseKinds, ", "))
	}
	return ""
}

// officeList writes the office codes and places: "1 Eureka–McKinleyville,
// 3 San Francisco, …".
func (c *court) officeList() string {
	var parts []string
	for _, o := range c.Offices {
		place := o.Place
		if place == "" {
			place = o.Division
		}
		parts = append(parts, fmt.Sprintf("%d %s", o.Code, place))
	}
	return strings.Join(parts, ", ")
}
