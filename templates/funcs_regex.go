package templates

import (
	"regexp"
	"text/template"
)

// matchFuncs are the regular expression functions that test, find or
// split (those that replace or find all are bounded, in guard_funcs.go).
// Each compiles its expression, RE2 syntax, on every call; a bad one is
// an error, but regexMatch reports no match.
func matchFuncs() template.FuncMap {
	match := func(expr, s string) (bool, error) { return regexp.MatchString(expr, s) }
	find := func(expr, s string) (string, error) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return "", err
		}
		return re.FindString(s), nil
	}
	split := func(expr, s string, n int) ([]string, error) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, err
		}
		return re.Split(s, n), nil
	}
	return template.FuncMap{
		"regexMatch": func(expr, s string) bool {
			ok, _ := match(expr, s)
			return ok
		},
		"mustRegexMatch": match,
		"regexFind":      find,
		"mustRegexFind":  find,
		"regexSplit":     split,
		"mustRegexSplit": split,
		"regexQuoteMeta": regexp.QuoteMeta,
	}
}
