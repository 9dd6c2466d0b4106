package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// grammar builds a template from fuzz bytes: statements of text, actions,
// ranges, withs, ifs and template calls over expressions of sprig calls.
type grammar struct {
	data  []byte
	depth int
}

func (g *grammar) next() int {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return int(b)
}

func (g *grammar) pick(options ...string) string { return options[g.next()%len(options)] }

// number is a count, small or hostile.
func (g *grammar) number() string {
	return g.pick("0", "1", "3", "40", "-1", "100000", "100001", "2000000000", "999999")
}

// expr is a pipeline that makes a value.
func (g *grammar) expr() string {
	if g.depth > 4 {
		return g.pick("$v", "$d", ".Title", `"x"`, g.number())
	}
	g.depth++
	defer func() { g.depth-- }()
	forms := []func() string{
		func() string {
			return g.pick("$v", "$d", ".Title", ".Case.Number", ".Case.Filing", ".Case", ".Topics", `"a\nb"`)
		},
		g.number,
		func() string { return g.pick("until ", "seq ", "untilStep 0 ") + g.number() + g.pick("", " 1") },
		func() string { return "repeat " + g.number() + " " + g.expr() },
		func() string { return g.pick("indent ", "nindent ") + g.number() + " (toString " + g.expr() + ")" },
		func() string {
			return `printf "%` + g.number() + g.pick("d", "v", "s", "p", "*d") + `" ` + g.number() + " " + g.expr()
		},
		func() string {
			return g.pick("cat ", "list ", "print ", "html ", "quote ", "concat (list ", `set $d "k" `) + g.expr() + " " + g.expr() + g.pick("", ")")
		},
		func() string {
			return g.pick(`dict "k" `, "toJson ", `join "," `, "uniq ", "toString ", "deepCopy ", "sortAlpha ", "len ") + g.expr()
		},
		func() string { return `merge $d (dict "m" ` + g.expr() + ")" },
		func() string {
			return g.pick(`replace "a" "aaaa" `, `regexReplaceAll "" `, `splitList "" `, `wrapWith 1 "--" `) + "(toString " + g.expr() + ")" + g.pick("", ` "yy"`)
		},
	}
	return forms[g.next()%len(forms)]()
}

// stmt is a piece of a template body.
func (g *grammar) stmt() string {
	if g.depth > 3 {
		return g.pick("x\n", "{{ $v }}", "{{ .Title }}")
	}
	g.depth++
	defer func() { g.depth-- }()
	forms := []func() string{
		func() string { return "text\n" },
		func() string { return "{{ " + g.expr() + " }}" },
		func() string { return "{{ $v = " + g.expr() + " }}" },
		func() string { return "{{ range $i := " + g.expr() + " }}" + g.body() + "{{ end }}" },
		func() string { return "{{ with " + g.expr() + " }}" + g.body() + "{{ end }}" },
		func() string { return "{{ if " + g.expr() + " }}" + g.body() + "{{ else }}" + g.body() + "{{ end }}" },
		func() string { return `{{ template "r" ` + g.number() + " }}" },
		func() string { return "{{ range " + g.number() + " }}" + g.body() + "{{ end }}" },
	}
	return forms[g.next()%len(forms)]()
}

func (g *grammar) body() string { return g.repeat(4, g.stmt) }

// repeat joins one to most statements that stmt makes.
func (g *grammar) repeat(most int, stmt func() string) string {
	var b strings.Builder
	for n := g.next() % most; n >= 0; n-- {
		b.WriteString(stmt())
	}
	return b.String()
}

// template is a whole court.tmpl: variables, a recursive template "r",
// and a body.
func (g *grammar) template() string {
	r := `{{ define "r" }}{{ if and (ge . 0) (lt . 40) }}` + g.body() + `{{ template "r" (add . 1) }}{{ end }}{{ end }}`
	return "{{ $v := \"v\" }}{{ $d := dict }}" + r + g.body()
}

// positioned is an error that names a template file, line and column.
var positioned = regexp.MustCompile(`^\S*\.tmpl:\d+:\d+: `)

// FuzzOverride runs random --templates overrides of court.tmpl, made from
// the grammar, against an example case: each run ends within the budget
// with markup or with an error that names the template's file, line and
// column; none crashes.
func FuzzOverride(f *testing.F) {
	for _, seed := range []string{"", "\x01\x02\x03", "\x09\x07\x05\x03", "\x0b\x00\x0a\x15\x16", "\x05\x01\x0c\x02\x1a\x04"} {
		f.Add([]byte(seed))
	}
	c := multiParty(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		body := (&grammar{data: data}).template()
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "court.tmpl"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		set, err := Load(Options{Dir: dir, MaxSteps: 20000})
		out := ""
		if err == nil {
			out, err = set.Execute(c)
		}
		if d := time.Since(start); d > maxTime+10*time.Second {
			t.Errorf("took %s, past the %s budget:\n%s", d, maxTime, body)
		}
		switch {
		case err != nil && !positioned.MatchString(err.Error()):
			t.Errorf("error without a position: %v\n%s", err, body)
		case err == nil && !strings.HasPrefix(out, "::: document"):
			t.Errorf("no markup:\n%s\n%s", out, body)
		case err == nil && strings.Contains(out, "0xc0"):
			t.Errorf("an address in the markup:\n%s", body)
		}
	})
}
