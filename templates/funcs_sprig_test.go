package templates

// The functions of funcs_*.go are written anew on the standard library in
// place of sprig's. Sprig stays a test dependency: these tests hold the
// new functions to its behaviour, calling both on the same arguments.

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"
)

// differsFromSprig are the functions that differ from sprig's on purpose,
// for some arguments, and the arguments the oracle leaves out for them.
// The differences are in what a template cannot rely on: an address,
// Go's random map order, a panic deep in a library, or an arbitrary
// value for an argument that makes no sense.
var differsFromSprig = map[string]func(args []any) bool{
	// A negative chunk size is an error; sprig returns one chunk or none
	// for some lists and panics for others.
	"chunk":     negativeFirst,
	"mustChunk": negativeFirst,
	// until (bounded.go) counts up from 0 only, as it did before sprig was
	// replaced: "until -3" is empty; sprig's counts down, 0 -1 -2.
	"until": negativeFirst,
	// sortAlpha (guard_funcs.go) prints a list's items as toStrings does,
	// nil being no list and no item: "sortAlpha nil" is empty; sprig's
	// is [<nil>].
	"sortAlpha": func(args []any) bool { return args[0] == nil },
}

func negativeFirst(args []any) bool {
	n, ok := args[0].(int)
	return ok && n < 0
}

// compared are the functions both maps have, whose behaviour the oracle
// compares.
func compared() []string {
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	var names []string
	for name := range ours {
		if _, ok := theirs[name]; ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// TestFuncMapNamesUnchanged checks that the templates may call exactly the
// functions they could when FuncMap was sprig's hermetic map less
// removedFuncs, plus the legal helpers and the bounded functions.
func TestFuncMapNamesUnchanged(t *testing.T) {
	want := sprig.HermeticTxtFuncMap()
	for _, name := range removedFuncs {
		delete(want, name)
	}
	maps.Copy(want, legalFuncs())
	maps.Copy(want, boundedFuncs())
	got := FuncMap()
	for name := range want {
		if _, ok := got[name]; !ok {
			t.Errorf("FuncMap lacks %q", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("FuncMap has %q, which it did not have", name)
		}
	}
	if len(want) != 196 {
		t.Errorf("the old FuncMap had %d functions, want 196", len(want))
	}
}

// TestSignaturesMatchSprig checks that each function takes the arguments
// sprig's does, so that text/template converts and refuses the same
// arguments for both.
func TestSignaturesMatchSprig(t *testing.T) {
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	for _, name := range compared() {
		o, s := reflect.TypeOf(ours[name]), reflect.TypeOf(theirs[name])
		if o.NumIn() != s.NumIn() || o.IsVariadic() != s.IsVariadic() {
			t.Errorf("%s takes %s, sprig's %s", name, o, s)
			continue
		}
		for i := 0; i < o.NumIn(); i++ {
			if o.In(i) != s.In(i) {
				t.Errorf("%s takes %s, sprig's %s", name, o, s)
			}
		}
	}
}

// oracleCases are calls of every compared function, as template actions.
// The data (oracleData) gives .L, a list of mixed items; .S, a []string;
// .E, an empty list; .D and .D2, dicts; .T, a time.
var oracleCases = []string{
	`hello`,
	// Strings.
	`abbrev 5 "hello world"`, `abbrev 3 "hello"`, `abbrev 11 "hello world"`, `abbrev 4 ""`, `abbrev 6 "héllo wörld"`,
	`abbrevboth 5 10 "1234 5678 9123 4567"`, `abbrevboth 0 4 "hello world"`, `abbrevboth 3 6 "hello world"`,
	`abbrevboth 12 10 "the quick brown fox jumps"`, `abbrevboth 30 10 "the quick brown fox jumps"`, `abbrevboth -5 8 "the quick brown fox"`,
	`trunc 5 "hello world"`, `trunc -5 "hello world"`, `trunc 50 "hi"`, `trunc -50 "hi"`, `trunc 0 "x"`,
	`trim "  a b \n"`, `upper "Straße"`, `lower "ÀB"`,
	`title "hello wORLD of o'neil_x-ray 3rd ǆemal"`, `title ""`,
	`untitle "Hello World ÉCOLE\tTab"`, `untitle ""`,
	`substr 1 3 "hello"`, `substr -1 3 "hello"`, `substr 2 -1 "hello"`, `substr 2 99 "hello"`, `substr 4 2 "hello"`,
	`substr 9 99 "hello"`, `substr -1 9 "hello"`, `substr -1 -1 "hello"`,
	`repeat 3 "ab"`, `repeat 0 "ab"`, `repeat -1 "ab"`,
	`trimall "$" "$$5.00$"`, `trimAll "-_" "-_x_-"`, `trimSuffix ".go" "main.go"`, `trimPrefix "v" "v1.2"`,
	`nospace "a b\tc\nd"`, `nospace "café"`, `nospace "café au lait"`, `nospace ""`,
	`initials "John Ronald Reuel Tolkien"`, `initials "  many   spaces "`, `initials "Émile Zola"`, `initials ""`,
	`swapcase "Hello World ǅ ß 1a"`, `swapcase ""`,
	`snakecase "FirstName"`, `snakecase "HTTPServer"`, `snakecase "NoHTTPS"`, `snakecase "GO_PATH"`, `snakecase "GO PATH"`,
	`snakecase "http2xx"`, `snakecase "HTTP20xOK"`, `snakecase "Duration2m3s"`, `snakecase "Bld4Floor3rd"`,
	`snakecase "a__b--c  d"`, `snakecase "_leading"`, `snakecase "trailing_"`, `snakecase "été.Été, 中文Abc"`, `snakecase ""`,
	`kebabcase "FirstName"`, `kebabcase "HTTPStatus200OK"`, `kebabcase "x-Y_z"`,
	`camelcase "http_server"`, `camelcase "_complex__case_"`, `camelcase "GOLANG_IS_GREAT"`, `camelcase "some words"`,
	`camelcase "_"`, `camelcase "a"`, `camelcase "__a"`, `camelcase "ABC def"`, `camelcase ""`,
	`wrap 5 "the quick brown fox"`, `wrap 3 "abcdefgh ij"`, `wrap 0 "a b"`, `wrap 10 ""`, `wrap 4 "  lead  spaces"`,
	`wrapWith 5 "<br>" "the quick brown fox"`, `wrapWith 3 "" "abcdefgh ij"`, `wrapWith 4 "\n" "a verylongword here"`,
	`contains "ell" "hello"`, `hasPrefix "he" "hello"`, `hasSuffix "lo" "hello"`,
	`quote "a" 1 nil "b\"c"`, `squote "a" 1 nil`, `cat "a" 1 nil 2.5 true .L`,
	`indent 2 "a\nb"`, `nindent 2 "a\nb"`, `indent -1 "a"`,
	`replace "a" "bb" "banana"`, `replace "" "-" "abc"`,
	`plural "one" "many" 1`, `plural "one" "many" 2`, `plural "one" "many" 0`,
	`toString 42`, `toString nil`, `toString .L`, `toString .D`, `toString 2.50`, `toString .T`,
	`toStrings .L`, `toStrings .S`, `toStrings "x"`, `toStrings nil`, `toStrings 5`,
	`join ", " .L`, `join "-" .S`, `join "-" "x"`, `join "-" nil`,
	`sortAlpha .L`, `sortAlpha .S`, `sortAlpha "x"`, `sortAlpha 5`,
	`split "," "a,b,,c"`, `splitList "," "a,b,,c"`, `splitList "" "abc"`, `splitn "," 2 "a,b,c"`, `splitn "," 0 "a,b,c"`,
	// Encodings.
	`b64enc "hello"`, `b64dec "aGVsbG8="`, `b64dec "not base64!"`, `b32enc "hello"`, `b32dec "NBSWY3DP"`, `b32dec "x"`,
	`sha1sum "hello"`, `sha256sum "hello"`, `sha512sum ""`, `adler32sum "hello"`,
	`toJson .D`, `toJson .L`, `toJson nil`, `toJson "<a&b>"`, `toPrettyJson .D`, `toPrettyJson .E`, `toRawJson .D`, `toRawJson "<a&b>"`,
	`mustToJson .D`, `mustToPrettyJson .L`, `mustToRawJson "<&>"`,
	`fromJson "{\"a\":[1,2.5,null,true]}"`, `fromJson "[1,"`, `mustFromJson "{\"b\":1}"`, `mustFromJson "nope"`,
	`urlParse "https://user:pw@example.com:8080/p/a?q=1&r=2#frag"`, `urlParse "mailto:x@y"`, `urlParse "::bad"`,
	`urlJoin (dict "scheme" "https" "host" "example.com" "path" "/a b" "query" "q=1" "fragment" "f" "userinfo" "u:p")`,
	`urlJoin (dict "opaque" "x@y" "scheme" "mailto")`, `urlJoin (dict "host" 5)`, `urlJoin (dict "host" nil)`, `urlJoin .E2`,
	// Numbers.
	`add 1 2 "3" 4.9 true nil`, `add`, `add1 "41"`, `sub 10 "3"`, `div 7 2`, `div 7 0`, `div -7 2`, `mod 7 3`, `mod 7 0`,
	`mul 2 3 "4"`, `mul 5`, `max 1 "9" 3`, `biggest -1 -5`, `min 4 "2" 8`, `min 3`,
	`maxf 1.5 "2.5" 1`, `minf 1.5 "-2.5" 1`, `ceil 1.2`, `ceil "-1.2"`, `floor 1.8`, `floor "x"`,
	`round 3.14159 2`, `round 2.5 0`, `round -2.5 0`, `round 1.234 1 0.3`, `round "12.345" -1`,
	`int64 "0x1F"`, `int64 "1.000"`, `int64 "100."`, `int64 ".0"`, `int64 "1.0.0"`, `int64 "1_000"`, `int64 "1.5"`, `int64 3.99`, `int64 true`, `int64 nil`, `int64 "0b101"`, `int64 .T`,
	`int "0o17"`, `int "-12"`, `int " 5"`, `int .L`,
	`float64 "1.5e3"`, `float64 "x"`, `float64 "1e400"`, `float64 "-1e400"`, `float64 "1e-400"`, `int64 "99999999999999999999"`,
	`add 1 "-99999999999999999999"`, `maxf "1e400" 1`, `atoi "99999999999999999999"`, `float64 2`, `float64 false`, `float64 "NaN"`,
	`atoi "42"`, `atoi "4x"`, `atoi "-0"`,
	`toDecimal "0777"`, `toDecimal 755`, `toDecimal "9"`, `toDecimal nil`,
	`add1f 1.1`, `addf 0.1 0.2`, `addf 1 "2.5" true`, `subf 1 0.9`, `subf 5`, `mulf 1.1 3`, `mulf 0.1 0.1 0.1`,
	`divf 1 3`, `divf 2 3`, `divf 10 4 5`, `divf 1 0`, `divf -1 3`, `divf 1e300 1e-300`, `addf "NaN" 1`, `mulf 1e308 10`,
	`seq 3`, `seq 2 4`, `seq 5 2`, `seq 0 2 6`, `seq 6 -2 0`, `seq 6 2 0`, `seq`, `seq 1 2 3 4`,
	`until 3`, `untilStep 0 10 3`, `untilStep 10 0 -3`, `untilStep 0 10 0`, `untilStep 0 10 -1`,
	// Lists.
	`list 1 "a" nil`, `tuple`, `append .L "x"`, `push .S "w"`, `mustPush .S "w"`, `mustAppend .E 1`, `append "x" 1`, `append nil 1`,
	`prepend .L 0`, `mustPrepend .S "v"`, `prepend 5 1`,
	`first .L`, `first .E`, `first "ab"`, `mustFirst .S`, `last .L`, `last .E`, `mustLast nil`,
	`rest .L`, `rest .E`, `mustRest .S`, `initial .L`, `initial .E`, `mustInitial 3`,
	`reverse .L`, `reverse .E`, `mustReverse .S`, `reverse .D`,
	`uniq .L`, `uniq .S`, `mustUniq .E`, `uniq "x"`,
	`compact .L`, `compact .E`, `mustCompact (list 0 "" nil false "a" .E .D2)`, `compact 5`,
	`without .L "b" 1`, `without .S "x"`, `mustWithout .E 1`, `without .D 1`,
	`has "a" .L`, `has 2.5 .L`, `has "q" .S`, `has 1 nil`, `mustHas 1 "abc"`, `has nil .L`,
	`slice .L`, `slice .L 1`, `slice .L 1 3`, `slice .S 2`, `slice .E 0 0`, `slice .L 3 1`, `slice .L 0 99`, `mustSlice "abc" 1`,
	`slice .L "1" "2"`, `slice .L -1`,
	`concat .L .S .E`, `concat`, `concat .L "x"`, `concat nil`,
	`chunk 2 .L`, `chunk 3 .S`, `chunk 7 .S`, `chunk 2 .E`, `chunk 0 .L`, `mustChunk 1 .S`, `chunk 2 "ab"`,
	// Dicts.
	`dict "a" 1 "b" .L`, `dict 1 2 3`, `dict nil "x" true "y"`, `dict`,
	`get .D "a"`, `get .D "missing"`, `set .D "new" 5`, `unset .D "a"`, `unset .D "missing"`, `hasKey .D "c"`, `hasKey .D "q"`,
	`pluck "a" .D .D2 (dict "a" 9)`, `pluck "q" .D`, `pick .D "a" "c" "q"`, `omit .D "a" "c" "q"`,
	`dig "d" "e" "def" .D`, `dig "d" "x" "def" .D`, `dig "a" "x" "def" .D`, `dig "q" "def" .D`, `dig "a" .D`, `dig "a" "def" "notadict"`,
	`dig 1 "def" .D`, `dig "z" "y" "def" .D`,
	`merge .D .D2`, `merge .D2 .D`, `merge (dict) .D`, `merge .D`, `mustMerge .D2 .D (dict "k" "v")`,
	`mergeOverwrite .D .D2`, `mergeOverwrite .D2 .D`, `mustMergeOverwrite (dict "a" (dict "x" 1)) (dict "a" (dict "y" 2 "x" nil))`,
	`merge (dict "l" .E "m" (dict) "s" "" "n" 0 "f" false "z" nil) (dict "l" (list 1) "m" (dict "k" 1) "s" "x" "n" 2 "f" true "z" 3)`,
	`merge (dict "l" (list 1) "s" "x") (dict "l" (list 2) "s" (list 3) "new" nil)`,
	`deepCopy .D`, `deepCopy .L`, `mustDeepCopy .S`, `deepCopy 5`, `deepCopy nil`, `mustDeepCopy nil`, `deepCopy .T`,
	// Defaults and reflection.
	`default "d" ""`, `default "d" "x"`, `default "d"`, `default "d" 0`, `default "d" .E`, `default "d" .D`, `default "d" nil`, `default "d" false`,
	`empty ""`, `empty 0`, `empty .E`, `empty .D`, `empty nil`, `empty .T`, `empty 0.0`,
	`coalesce "" 0 nil "x" 1`, `coalesce`, `coalesce nil ""`,
	`all 1 "a" .L`, `all 1 ""`, `all`, `any 0 "" nil`, `any 0 "x"`, `any`,
	`ternary "yes" "no" true`, `ternary "yes" "no" false`,
	`fail "stop"`,
	`typeOf .L`, `typeOf nil`, `typeOf 1.5`, `typeOf .D`, `typeIs "string" "x"`, `typeIs "int" 2.5`,
	`typeIsLike "time.Time" .T`, `typeIsLike "int" 1`, `kindOf .S`, `kindOf nil`, `kindOf .D`, `kindIs "slice" .L`, `kindIs "map" .L`,
	`deepEqual .S .S`, `deepEqual .L .S`, `deepEqual 1 1`, `deepEqual nil nil`,
	// Paths and times.
	`base "/a/b.txt"`, `dir "/a/b.txt"`, `clean "a//b/../c"`, `ext "x.tar.gz"`, `isAbs "/x"`,
	`osBase "/a/b"`, `osClean "a/./b"`, `osDir "a/b"`, `osExt "b.go"`, `osIsAbs "b"`,
	`duration "90"`, `duration 90`, `duration .I64`, `duration "x"`,
	`unixEpoch .T`, `mustDateModify "-1.5h" .T`, `must_date_modify "2h30m" .T`, `mustDateModify "soon" .T`,
	// Semantic versions.
	`semver "1.2.3"`, `semver "v1.2"`, `semver "1.2.3-beta.1+build.5"`, `semver "1.2.3.4"`, `semver "1.2.3-01"`,
	`semver ""`, `semver "99999999999999999999.1"`,
	`(semver "v1.2.3-rc.1+b").Original`, `(semver "v1.2.3-rc.1+b").IncPatch`, `(semver "v1.2.3").IncPatch.Original`,
	`(semver "1.2.3+m").IncMinor`, `(semver "1.2.3").IncMajor`, `(semver "1.2.3").Major`, `(semver "1.2.3-x").Prerelease`,
	`(semver "1.2.3+y").Metadata`, `(semver "1.2.3").SetPrerelease "alpha.0"`, `(semver "1.2.3").SetPrerelease "01"`,
	`(semver "1.2.3+m").SetPrerelease "a..b"`, `(semver "v1.2.3").SetMetadata "b.7"`, `(semver "1.2.3").SetMetadata "b_7"`,
	`(semver "1.2.3").Compare (semver "1.2.3-rc")`, `(semver "1.2.3-rc.2").LessThan (semver "1.2.3-rc.10")`,
	`(semver "1.2.3-a.b").GreaterThan (semver "1.2.3-a.1")`, `(semver "1.2.3+a").Equal (semver "1.2.3+b")`,
	`(semver "1.0.0").LessThanEqual (semver "1.0.0")`, `(semver "1.0.0").GreaterThanEqual (semver "1.0.1")`,
	`toJson (semver "1.2.3")`,
	`semverCompare "^1.2" "1.9.0"`, `semverCompare "^1.2" "2.0.0"`, `semverCompare "~1.2.3" "1.2.9"`, `semverCompare "~1.2.3" "1.3.0"`,
	`semverCompare ">= 1.0, < 2.0 || 3.x" "3.1.0"`, `semverCompare "1.2 - 1.4.5" "1.4.5"`, `semverCompare "1.2 - 1.4.5" "1.4.6"`,
	`semverCompare "!=1.2.x" "1.2.7"`, `semverCompare ">1.2.x" "1.3.0"`, `semverCompare "<=1.x" "1.9.9"`, `semverCompare "*" "0.0.1"`,
	`semverCompare ">=1.0.0-0" "1.0.0-rc.1"`, `semverCompare ">=1.0.0" "1.0.0-rc.1"`, `semverCompare "^0.2.3" "0.2.9"`,
	`semverCompare "^0.0.3" "0.0.4"`, `semverCompare "=v1.2.3+x" "1.2.3"`, `semverCompare "x.|.|" "5.0.0"`,
	`semverCompare "bad" "1.0.0"`, `semverCompare "1.0.0" "bad"`, `semverCompare "" "1.0.0"`, `semverCompare "1 ||" "1.0.0"`,
	`semverCompare ">=1.2.3 1.2 - 2" "1.5.0"`, `semverCompare "1 -2" "1.0.0"`, `semverCompare "1- 2" "1.0.0"`,
	`semverCompare "1.0 - 2.0 - 3.0" "1.5.0"`, `semverCompare " 1.0 -	2.0 || 3.0 - 4.0" "3.5.0"`, `semverCompare "1.2.3 HTTP - 2" "1.5.0"`, `semverCompare "1.1x" "1.1.0"`, `semverCompare "=>1.2,=<1.5" "1.3.0"`,
	// Regular expressions.
	`regexMatch "^a.c$" "abc"`, `regexMatch "(" "x"`, `mustRegexMatch "(" "x"`, `mustRegexMatch "b+" "abbc"`,
	`regexFind "b+" "abbcbbb"`, `regexFind "(" "x"`, `mustRegexFind "z" "abc"`,
	`regexFindAll "b+" "abbcbbb" -1`, `regexFindAll "b+" "abbcbbb" 1`, `mustRegexFindAll "(" "x" -1`,
	`regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W"`, `regexReplaceAllLiteral "a(x*)b" "-ab-axxb-" "${1}"`,
	`mustRegexReplaceAll "(" "x" "y"`, `mustRegexReplaceAllLiteral "x" "axb" "$0"`,
	`regexSplit "a" "banana" -1`, `regexSplit "a" "banana" 2`, `regexSplit "(" "x" -1`, `mustRegexSplit "z*" "abc" -1`,
	`regexQuoteMeta "1.5*[x]"`,
}

// oracleData is fresh data for one call: functions such as set change it.
func oracleData() map[string]any {
	return map[string]any{
		"L":   []any{"b", 1, "a", nil, 2.5, true, "b"},
		"S":   []string{"x", "y", "x", "z"},
		"E":   []any{},
		"E2":  map[string]any{},
		"I64": int64(3725),
		"T":   time.Date(2021, 7, 14, 9, 30, 0, 0, time.UTC),
		"D": map[string]any{
			"a": 1, "b": "two", "c": []any{1, 2}, "d": map[string]any{"e": "f"},
			"z": nil, "empty": "", "zero": 0,
		},
		"D2": map[string]any{
			"a": 9, "b": "", "c": []any{3}, "d": map[string]any{"e": "g", "h": "i"},
			"z": "zed", "empty": "full", "zero": 7, "new": []string{"n"},
		},
	}
}

// run executes the action text with funcs, returning what it printed or
// its error.
func run(funcs template.FuncMap, text string, data any) (string, error) {
	tmpl, err := template.New("t").Funcs(funcs).Parse(text)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	err = tmpl.Execute(&b, data)
	return b.String(), err
}

// sameAsSprig runs text with both function maps, reporting a difference,
// and returns our error.
func sameAsSprig(t *testing.T, ours, theirs template.FuncMap, text string, data func() any) error {
	t.Helper()
	got, gotErr := run(ours, text, data())
	want, wantErr := run(theirs, text, data())
	switch {
	case (gotErr != nil) != (wantErr != nil):
		t.Errorf("%s: got %q, error %v; sprig %q, error %v", text, got, gotErr, want, wantErr)
	case gotErr == nil && got != want:
		t.Errorf("%s:\n got %q\nwant %q", text, got, want)
	}
	return gotErr
}

// TestFuncsMatchSprig runs each case with our functions and sprig's and
// checks that both print the same, or both fail.
func TestFuncsMatchSprig(t *testing.T) {
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	covered := map[string]bool{}
	for _, c := range oracleCases {
		covered[strings.Fields(strings.TrimLeft(c, "("))[0]] = true
		sameAsSprig(t, ours, theirs, "{{ "+c+" }}", func() any { return oracleData() })
	}
	for _, name := range compared() {
		if !covered[name] {
			t.Errorf("no oracle case calls %s", name)
		}
	}
}

// oraclePool are the arguments TestFuncsMatchSprigOnEveryArgument passes
// in every combination: one of each kind a template passes.
func oraclePool() []any {
	return []any{
		nil, "", "abc", "Hello World_x-y", "1.5", "42", 0, 3, -2, 2.5, true,
		[]any{"b", 1, nil}, []string{"x", "y"}, map[string]any{"a": 1, "b": []any{2}}, []any{},
	}
}

// TestFuncsMatchSprigOnEveryArgument calls each compared function with
// every combination of the pool's arguments, up to three, and checks that
// both print the same, or both fail.
func TestFuncsMatchSprigOnEveryArgument(t *testing.T) {
	t.Parallel()
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	names := compared()
	poolSize := len(oraclePool())
	for _, name := range names {
		typ := reflect.TypeOf(theirs[name])
		fixed := typ.NumIn()
		arities := []int{fixed}
		if typ.IsVariadic() {
			fixed--
			arities = []int{fixed, fixed + 1, fixed + 2}
		}
		failures := 0
		for _, n := range arities {
			if n > 3 {
				continue
			}
			params := make([]string, n)
			for i := range params {
				params[i] = fmt.Sprintf(".A%d", i)
			}
			text := "{{ " + strings.Join(append([]string{name}, params...), " ") + " }}"
			tOurs := template.Must(template.New("t").Funcs(ours).Parse(text))
			tTheirs := template.Must(template.New("t").Funcs(theirs).Parse(text))
			combos := int(math.Pow(float64(poolSize), float64(n)))
			for k := 0; k < combos && failures < 5; k++ {
				// Each argument is of a pool of its own, so that no two
				// are the same list or dict.
				args := func() []any {
					args := make([]any, n)
					for i, rest := 0, k; i < n; i, rest = i+1, rest/poolSize {
						args[i] = oraclePool()[rest%poolSize]
					}
					return args
				}
				if skip := differsFromSprig[name]; skip != nil && skip(args()) {
					continue
				}
				data := func() map[string]any {
					d := map[string]any{}
					for i, a := range args() {
						d[fmt.Sprintf("A%d", i)] = a
					}
					return d
				}
				var got, want strings.Builder
				gotErr := tOurs.Execute(&got, data())
				wantErr := tTheirs.Execute(&want, data())
				if (gotErr != nil) != (wantErr != nil) || got.String() != want.String() {
					failures++
					t.Errorf("%s %#v: got %q, error %v; sprig %q, error %v", name, args(), got.String(), gotErr, want.String(), wantErr)
				}
			}
		}
	}
}

// call calls fn with args as text/template would, turning a panic or an
// error result into an error.
func call(fn any, args ...any) (out any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	res := reflect.ValueOf(fn).Call(in)
	if len(res) == 2 && !res[1].IsNil() {
		return nil, res[1].Interface().(error)
	}
	return res[0].Interface(), nil
}

// sameCall calls a function of both maps with args, reporting a
// difference in what they return, printed, or in whether they fail.
func sameCall(t *testing.T, name string, ours, theirs template.FuncMap, args ...any) bool {
	t.Helper()
	got, gotErr := call(ours[name], args...)
	want, wantErr := call(theirs[name], args...)
	if (gotErr != nil) != (wantErr != nil) || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s %q: got %q, error %v; sprig %q, error %v", name, args, got, gotErr, want, wantErr)
		return false
	}
	return true
}

// randomText makes a string of pieces that the string functions treat
// differently: cases, digits, separators, punctuation, letters outside
// ASCII, ideographs and bytes that are not UTF-8.
func randomText(r *rand.Rand) string {
	pieces := []string{"a", "b", "Z", "Q", "x", "X", "é", "É", "ǅ", "ß", "中", "1", "9", "٣", "Ⅻ",
		"_", "-", " ", "  ", "\t", "\n", "\u00a0", "\u0085", ".", ",", "!", "'", "*", "|",
		"\xff", "\xc3", "\ufffd", "HTTP", "Server", "2xx", "word", "Ab"}
	var b strings.Builder
	for n := r.IntN(12); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// TestStringFuncsMatchSprigRandom compares the string functions on many
// random strings.
func TestStringFuncsMatchSprigRandom(t *testing.T) {
	t.Parallel()
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	ours["wrapWith"] = func(n int, sep, s string) string { return wrapText(s, n, sep, true) }
	r := rand.New(rand.NewPCG(1, 2))
	failures := 0
	for i := 0; i < trials(20000) && failures < 20; i++ {
		s := randomText(r)
		a, b := r.IntN(16)-3, r.IntN(16)-3
		ok := true
		for _, name := range []string{"snakecase", "kebabcase", "camelcase", "swapcase", "title", "untitle",
			"initials", "nospace", "trim", "upper", "lower", "b64enc", "b32enc", "sha1sum", "adler32sum"} {
			ok = sameCall(t, name, ours, theirs, s) && ok
		}
		for _, name := range []string{"abbrev", "trunc", "wrap"} {
			ok = sameCall(t, name, ours, theirs, a, s) && ok
		}
		ok = sameCall(t, "abbrevboth", ours, theirs, a, b, s) && ok
		ok = sameCall(t, "substr", ours, theirs, a, b, s) && ok
		ok = sameCall(t, "wrapWith", ours, theirs, a, "<>", s) && ok
		if !ok {
			failures++
		}
	}
}

// randomVersion makes a version string: with odd, perhaps not a valid
// one; with wild, its numbers may be wildcards.
func randomVersion(r *rand.Rand, wild, odd bool) string {
	pick := func(common, rare []string) string {
		if odd && r.IntN(8) == 0 {
			return rare[r.IntN(len(rare))]
		}
		return common[r.IntN(len(common))]
	}
	nums, oddNums := []string{"0", "1", "2", "3", "10"}, []string{"01", "", "a", "99999999999999999999"}
	if wild {
		nums = append(nums, "x", "X", "*")
		oddNums = append(oddNums, "1x", "|", "**")
	}
	var b strings.Builder
	if r.IntN(5) == 0 {
		b.WriteString("v")
	}
	b.WriteString(pick(nums, oddNums))
	for i := pick([]string{"0", "1", "2", "2"}, []string{"3"}); i != "0"; i = string(i[0] - 1) {
		b.WriteString("." + pick(nums, oddNums))
	}
	b.WriteString(pick([]string{"", "", "", "", "-rc.1", "-alpha", "-0", "-a.b", "-1.2", "-x-y", "-rc.10"},
		[]string{"-01", "-", "-a..b", "-é"}))
	b.WriteString(pick([]string{"", "", "", "+b.5", "+build"}, []string{"+", "+a..b"}))
	return b.String()
}

// randomConstraint makes a constraint of random operators, versions,
// spaces, commas, ranges and alternatives, a quarter of them perhaps not
// valid.
func randomConstraint(r *rand.Rand) string {
	odd := r.IntN(4) == 0
	pick := func(common, rare []string) string {
		if odd && r.IntN(4) == 0 {
			return rare[r.IntN(len(rare))]
		}
		return common[r.IntN(len(common))]
	}
	ops := []string{"", "", "=", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^", "> ", "= "}
	seps := []string{" ", ", ", ",", "  ", " || ", "||", " - ", " - ", "\t", " ,"}
	var b strings.Builder
	b.WriteString(pick([]string{"", "", "", " "}, []string{"|", ","}))
	for i := r.IntN(3) + 1; i > 0; i-- {
		b.WriteString(pick(ops, []string{"==", ">>", "!"}) + randomVersion(r, true, odd))
		if i > 1 {
			b.WriteString(pick(seps, []string{" -", "- ", "", ",,", "|"}))
		}
	}
	b.WriteString(pick([]string{"", "", "", " "}, []string{"||", ",", " -"}))
	return b.String()
}

// TestSemverMatchesSprigRandom compares semverCompare, and the methods of
// semver's versions, on many random constraints and versions.
func TestSemverMatchesSprigRandom(t *testing.T) {
	t.Parallel()
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	r := rand.New(rand.NewPCG(3, 4))
	failures := 0
	for i := 0; i < trials(30000) && failures < 20; i++ {
		c, v := randomConstraint(r), randomVersion(r, false, r.IntN(10) == 0)
		if !sameCall(t, "semverCompare", ours, theirs, c, v) {
			failures++
		}
	}
	methods := []string{"String", "Original", "Major", "Minor", "Patch", "Prerelease", "Metadata",
		"IncPatch", "IncMinor", "IncMajor", "IncPatch.Original", "IncMinor.Original", "IncMajor.Original"}
	for i := 0; i < 300 && failures < 20; i++ {
		a, b := randomVersion(r, false, r.IntN(4) == 0), randomVersion(r, false, r.IntN(4) == 0)
		data := func() any { return map[string]any{"A": a, "B": b} }
		sameAsSprig(t, ours, theirs, `{{ semver .A }}`, data)
		for _, m := range methods {
			sameAsSprig(t, ours, theirs, `{{ with semver .A }}{{ .`+m+` }}{{ end }}`, data)
		}
		for _, m := range []string{"Compare", "LessThan", "GreaterThan", "Equal", "LessThanEqual", "GreaterThanEqual"} {
			sameAsSprig(t, ours, theirs, `{{ with semver .A }}{{ .`+m+` (semver $.B) }}{{ end }}`, data)
		}
	}
}

// TestDecimalMatchesSprigRandom compares the float functions, which
// compute in decimal, and the conversions, on many random numbers.
func TestDecimalMatchesSprigRandom(t *testing.T) {
	t.Parallel()
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	r := rand.New(rand.NewPCG(5, 6))
	number := func() any {
		switch r.IntN(7) {
		case 0:
			return r.IntN(2000) - 1000
		case 1:
			return float64(r.IntN(20000)-10000) / 100
		case 2:
			return r.NormFloat64() * math.Pow(10, float64(r.IntN(40)-20))
		case 3:
			return math.Float64frombits(r.Uint64())
		case 4:
			return strconv.FormatFloat(r.Float64()*1000, 'f', r.IntN(6), 64)
		case 5:
			return []any{"0.1", "0x10", "1e3", "-0", "1_000", " 5", "0b11", "1.000", "077", "NaN", "-Inf", true, nil}[r.IntN(13)]
		}
		return 0.1 * float64(r.IntN(30))
	}
	failures := 0
	for i := 0; i < trials(20000) && failures < 20; i++ {
		a, b, c := number(), number(), number()
		ok := true
		for _, name := range []string{"addf", "subf", "mulf", "divf", "maxf", "minf"} {
			ok = sameCall(t, name, ours, theirs, a, b, c) && ok
		}
		for _, name := range []string{"add1f", "ceil", "floor", "int64", "int", "float64", "add1", "toDecimal"} {
			ok = sameCall(t, name, ours, theirs, a) && ok
		}
		for _, name := range []string{"add", "mul", "max", "min"} {
			ok = sameCall(t, name, ours, theirs, a, b, c) && ok
		}
		ok = sameCall(t, "round", ours, theirs, a, r.IntN(8)-2) && ok
		if !ok {
			failures++
		}
	}
}

// randomDict makes a dict of a few keys whose values are the kinds merge
// treats differently, nested dicts among them.
func randomDict(r *rand.Rand, depth int) map[string]any {
	d := map[string]any{}
	for n := r.IntN(4); n > 0; n-- {
		key := string(rune('a' + r.IntN(4)))
		switch r.IntN(9) {
		case 0:
			d[key] = nil
		case 1:
			d[key] = ""
		case 2:
			d[key] = "s" + key
		case 3:
			d[key] = r.IntN(2)
		case 4:
			d[key] = []any{r.IntN(3)}
		case 5:
			d[key] = []any{}
		case 6:
			d[key] = map[string]any{}
		case 7:
			d[key] = r.IntN(2) == 0
		default:
			if depth < 2 {
				d[key] = randomDict(r, depth+1)
			}
		}
	}
	return d
}

// TestMergeMatchesSprigRandom compares the merges on random dicts.
func TestMergeMatchesSprigRandom(t *testing.T) {
	t.Parallel()
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	r := rand.New(rand.NewPCG(7, 8))
	failures := 0
	for i := 0; i < trials(5000) && failures < 20; i++ {
		seed1, seed2 := r.Uint64(), r.Uint64()
		dicts := func() []any {
			r := rand.New(rand.NewPCG(seed1, seed2))
			return []any{randomDict(r, 0), randomDict(r, 0), randomDict(r, 0)}
		}
		for _, name := range []string{"merge", "mergeOverwrite", "mustMerge", "mustMergeOverwrite", "deepCopy"} {
			got, gotErr := call(ours[name], dicts()...)
			want, wantErr := call(theirs[name], dicts()...)
			if name == "deepCopy" {
				d := dicts()[0]
				got, gotErr = call(ours[name], d)
				want, wantErr = call(theirs[name], d)
			}
			if (gotErr != nil) != (wantErr != nil) || fmt.Sprint(got) != fmt.Sprint(want) {
				failures++
				t.Errorf("%s %v: got %v, %v; sprig %v, %v", name, dicts(), got, gotErr, want, wantErr)
			}
		}
	}
}

// TestDeepCopyIsDeep checks that a copy shares nothing with the original.
func TestDeepCopyIsDeep(t *testing.T) {
	orig := map[string]any{"l": []any{map[string]any{"k": "v"}}, "s": []string{"a"}}
	c, err := deepCopy(orig)
	if err != nil {
		t.Fatal(err)
	}
	cp := c.(map[string]any)
	cp["l"].([]any)[0].(map[string]any)["k"] = "changed"
	cp["s"].([]string)[0] = "changed"
	if !reflect.DeepEqual(orig, map[string]any{"l": []any{map[string]any{"k": "v"}}, "s": []string{"a"}}) {
		t.Errorf("changing the copy changed the original: %v", orig)
	}
}

// TestNoSprigInFuncs checks that no function of FuncMap is sprig's, or
// any other package's but the standard library's and this one.
func TestNoSprigInFuncs(t *testing.T) {
	for name, fn := range FuncMap() {
		pkg := runtimeFuncPackage(fn)
		if pkg != "pleadgen/templates" && strings.Contains(pkg, ".") {
			t.Errorf("%s is %s's", name, pkg)
		}
	}
}

// runtimeFuncPackage is the package of a function's code, from its type's
// or its name's path.
func runtimeFuncPackage(fn any) string {
	name := funcName(fn)
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[:i] + "/" + strings.SplitN(name[i+1:], ".", 2)[0]
	} else {
		name = strings.SplitN(name, ".", 2)[0]
	}
	return name
}

func funcName(fn any) string {
	return runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
}

// TestDeepCopyOfTheCaseMatchesSprig copies the case, a structure of
// structures, lists and pointers.
func TestDeepCopyOfTheCaseMatchesSprig(t *testing.T) {
	ours, theirs := FuncMap(), sprig.HermeticTxtFuncMap()
	data := func() any { return loadCase(t, "et-al.yaml") }
	for _, text := range []string{`{{ deepCopy . | toJson }}`, `{{ (deepCopy .).Judge }}`,
		`{{ deepCopy .Plaintiffs | toJson }}`, `{{ deepCopy .Filing.Topics | len }}`} {
		if err := sameAsSprig(t, ours, theirs, text, data); err != nil {
			t.Errorf("%s: %v", text, err)
		}
	}
}

// trials is how many random inputs a comparison tries: n, or a tenth of n
// under the race detector.
func trials(n int) int {
	if raceDetector {
		return n / 10
	}
	return n
}
