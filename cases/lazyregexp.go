package cases

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles a pattern the first time it is used, so that a run
// that never needs it does not pay for it at start.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}
