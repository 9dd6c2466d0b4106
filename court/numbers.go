package court

import (
	"fmt"
	"regexp"
	"strings"
)

// Numbers is the form of the court's case numbers.
type Numbers struct {
	// Form is "federal" (office:year-type-sequence, "4:21-cv-02632") or
	// "county" (as each county writes them: a county's pattern when the
	// court file gives one, else any one line).
	Form string `yaml:"form"`
	// Kinds are a federal court's case types ("cv", "cr", …).
	Kinds []string `yaml:"kinds"`
	// Example is a case number of the court, for messages.
	Example string `yaml:"example"`
}

// Federal reports whether the court numbers its cases in the federal form.
func (n Numbers) Federal() bool { return n.Form == "federal" }

// compile checks the form and compiles each county's pattern.
func (n *Numbers) compile(c *Court) error {
	switch n.Form {
	case "federal":
		if len(n.Kinds) == 0 || len(c.Offices) == 0 {
			return fmt.Errorf("a federal court needs kinds and offices")
		}
	case "county":
		if len(c.Counties) == 0 {
			return fmt.Errorf("a court numbering by county needs counties")
		}
	default:
		return fmt.Errorf("form %q (want federal or county)", n.Form)
	}
	if n.Example == "" {
		return fmt.Errorf("give an example case number")
	}
	for i := range c.Counties {
		k := &c.Counties[i]
		if k.Number == "" {
			continue
		}
		re, err := regexp.Compile(`^(?:` + k.Number + `)$`)
		if err != nil {
			return fmt.Errorf("county %s: number: %w", k.Name, err)
		}
		k.re = re
		if k.Example != "" && !re.MatchString(k.Example) {
			return fmt.Errorf("county %s: the example %q does not match the pattern", k.Name, k.Example)
		}
	}
	return nil
}

// CheckCountyNumber says what is wrong with a case number in a county's
// form, or "".
func (c *Court) CheckCountyNumber(county, number string) string {
	k, ok := c.County(county)
	if !ok || k.re == nil || k.re.MatchString(number) {
		return ""
	}
	ex := k.Example
	if ex == "" {
		ex = c.Numbers.Example
	}
	return fmt.Sprintf("case number %q is not in the form %s County gives its case numbers (e.g. %s)", number, k.Name, ex)
}

// CheckFederalNumber says what is wrong with an office code and case type
// of a federal case number, or "".
func (c *Court) CheckFederalNumber(number string, office int, kind string) string {
	if _, ok := c.Division(office); !ok {
		return fmt.Sprintf("unknown office code %d in case number %q (%s uses %s)", office, number, c.Short, c.officeList())
	}
	if !contains(c.Numbers.Kinds, kind) {
		return fmt.Sprintf("unknown case type %q in case number %q (want %s)", kind, number, strings.Join(c.Numbers.Kinds, ", "))
	}
	return ""
}

// officeList writes the office codes and places: "1 Eureka–McKinleyville,
// 3 San Francisco, …".
func (c *Court) officeList() string {
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
