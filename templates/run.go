package templates

import (
	"fmt"
	"pleadgen/cases"
	"reflect"
	"text/template"
	"text/template/parse"
	"time"
)

// budget is what one run of the templates may still spend: steps, bytes
// made by functions, and time.
type budget struct {
	steps    int
	limit    int // the steps the run began with
	made     int
	deadline time.Time
	out      *limitedWriter // the run's markup
	depth    int            // the range bodies and template calls entered
}

// reset readies the budget for a new run that writes to out.
func (b *budget) reset(steps int, out *limitedWriter) {
	*b = budget{steps: steps, limit: steps, made: maxMade, deadline: time.Now().Add(maxTime), out: out}
}

// restart readies the budget for running again what it ran, from the
// start and within the time it began with.
func (b *budget) restart() {
	deadline := b.deadline
	b.reset(b.limit, b.out)
	b.deadline = deadline
}

// step spends n steps, failing once the run has used them all or its time.
func (b *budget) step(n int) error {
	b.steps -= n
	switch {
	case b.out != nil && b.out.over:
		return errTooMuch
	case b.steps < 0:
		return fmt.Errorf("the templates ran more than %d steps; a loop or a template that calls itself does not end", b.limit)
	case b.steps%64 == 0 && time.Now().After(b.deadline):
		return fmt.Errorf("the templates ran longer than %s; a loop or a template that calls itself does not end", maxTime)
	}
	return nil
}

// enter spends a step and enters a range body or a template call, failing
// past maxDepth: an error leaving a deep stack of range bodies would take
// time that grows with the square of their number.
func (b *budget) enter() error {
	if b.depth++; b.depth > maxDepth {
		return fmt.Errorf("the templates nest ranges and template calls more than %d deep; a template that calls itself does not end", maxDepth)
	}
	return b.step(1)
}

// spend counts the bytes a function made.
func (b *budget) spend(n int) error {
	if b.made -= n; b.made < 0 {
		return fmt.Errorf("the templates' functions made more than %d MB of values", maxMade>>20)
	}
	return nil
}

// runner is a copy of a set's templates whose functions spend one budget.
// Runs that overlap each take their own.
type runner struct {
	tmpl   *template.Template
	budget budget
	// walkFuncs are the functions the templates call, as the walk calls
	// them; accessors how names select from the types the walk has met,
	// as many as the templates name; walker the walk's state. All are
	// kept between runs.
	walkFuncs map[string]walkFunc
	accessors map[accessorKey]accessor
	walker    walker
	// sources is where the case's prose stands in its file, and origins
	// where the run printed its values (see Output).
	sources map[string]cases.Pos
	origins []Origin
}

// emptyString is the value the budget's functions give.
var emptyString = reflect.ValueOf("")

// newRunner clones the set's templates with every function wrapped to
// spend the runner's budget.
func (s *Set) newRunner() *runner {
	r := &runner{walkFuncs: make(map[string]walkFunc, len(s.used)+3), accessors: map[accessorKey]accessor{}}
	t, err := s.tmpl.Clone()
	if err != nil {
		panic(err) // Clone fails only after Execute of html/template
	}
	funcs := make(template.FuncMap, len(s.used)+3)
	add := func(name string, fn any, walkCall func([]reflect.Value) reflect.Value) {
		funcs[name] = fn
		r.walkFuncs[name] = walkFunc{typ: reflect.TypeOf(fn), call: walkCall}
	}
	// The budget's own functions print nothing.
	spend := func(name string, f func() error) {
		add(name, func() (string, error) { return "", f() }, func([]reflect.Value) reflect.Value {
			if err := f(); err != nil {
				panic(err)
			}
			return emptyString
		})
	}
	spend(stepFunc, func() error { return r.budget.step(1) })
	spend(enterFunc, r.budget.enter)
	spend(leaveFunc, func() error { r.budget.depth--; return nil })
	// Only the functions the templates call are wrapped: no other can
	// be called, and each wrapping costs a run microseconds.
	for name := range s.used {
		if fn, ok := s.funcs[name]; ok && name != "escText" { // escText records, below
			g, d := guard(fn, &r.budget, !escaperNames[name])
			add(name, g, d)
		}
	}
	g, d := guard(func(v any) (Markup, error) {
		out, err := escText(v)
		if err == nil {
			r.record(v, out)
		}
		return out, err
	}, &r.budget, false)
	add("escText", g, d)
	r.tmpl = t.Funcs(funcs)
	return r
}

// usedFuncs are the names of the functions a set's templates call.
func usedFuncs(set *template.Template) map[string]bool {
	used := map[string]bool{}
	for _, t := range set.Templates() {
		if t.Tree == nil {
			continue
		}
		walkNodes(t.Tree.Root, func(n parse.Node, _ []string) {
			if id, ok := n.(*parse.IdentifierNode); ok {
				used[id.Ident] = true
			}
		})
	}
	return used
}

// escaperNames are the escapers, whose values go to the markup, bounded by
// MaxMarkup, and so need not be bounded as values.
var escaperNames = map[string]bool{"escText": true, "escMeta": true, "escHeader": true, "mdEscape": true, "cell": true}

// guard wraps a function so that each call spends a step, and a step more
// for each kilobyte of the strings it is given and of what it makes, and
// the bytes it makes, and, when bounded, refuses a result of more than maxValue bytes or
// maxItems items, or one that contains itself. A refusal panics with the
// error, which text/template reports as the call's error at its position.
// It also gives the wrapped function as the walk calls it.
func guard(fn any, b *budget, bounded bool) (any, func([]reflect.Value) reflect.Value) {
	// The escapers, called for every value printed, are wrapped without
	// reflection: text/template calls a reflect.MakeFunc'd function through
	// a second reflect call.
	switch f := fn.(type) {
	case func(any) (Markup, error):
		g := guardTyped(f, anyBytes, b, bounded)
		return g, typedCall(g, anyArg)
	case func(string) (Markup, error):
		g := guardTyped(f, stringBytes, b, bounded)
		return g, typedCall(g, reflect.Value.String)
	case func(any) (string, error):
		g := guardTyped(f, anyBytes, b, bounded)
		return g, typedCall(g, anyArg)
	}
	g := guarded{f: reflect.ValueOf(fn), b: b, bounded: bounded}
	return reflect.MakeFunc(g.f.Type(), g.call).Interface(), g.walkCall
}

// guarded is a function that spends a budget, called by reflection.
type guarded struct {
	f       reflect.Value
	b       *budget
	bounded bool
}

// call calls the function with its arguments, those of a variadic
// parameter given as a slice, and spends the budget.
func (g guarded) call(args []reflect.Value) []reflect.Value {
	if err := g.b.step(1 + argBytes(args)>>10); err != nil {
		panic(err)
	}
	var out []reflect.Value
	if g.f.Type().IsVariadic() {
		out = g.f.CallSlice(args)
	} else {
		out = g.f.Call(args)
	}
	if len(out) == 0 || (len(out) == 2 && !out[1].IsNil()) {
		return out
	}
	sz, err := measure(out[0], false)
	if err == nil && g.bounded && sz.over() {
		err = errTooBig("the value")
	}
	if err == nil {
		err = g.b.spend(madeBytes(out[0], sz))
	}
	if err == nil {
		err = g.b.step(sz.bytes >> 10)
	}
	if err != nil {
		panic(err)
	}
	return out
}

// guardTyped is guard for a function of one argument that makes a
// string, without reflection; size is how many bytes its argument holds.
func guardTyped[A any, R ~string](f func(A) (R, error), size func(A) int, b *budget, bounded bool) func(A) (R, error) {
	return func(v A) (R, error) {
		b.mustStep(1 + size(v)>>10)
		out, err := f(v)
		if err == nil {
			b.madeString(len(out), bounded)
		}
		return out, err
	}
}

func stringBytes(s string) int { return len(s) }

// mustStep spends n steps, or panics with the error.
func (b *budget) mustStep(n int) {
	if err := b.step(n); err != nil {
		panic(err)
	}
}

// madeString accounts for a string of n bytes a function made, as guard
// does for any value, or panics with the error.
func (b *budget) madeString(n int, bounded bool) {
	sz := size{bytes: n}
	var err error
	if bounded && sz.over() {
		err = errTooBig("the value")
	}
	if err == nil {
		err = b.spend(n)
	}
	if err == nil {
		err = b.step(n >> 10)
	}
	if err != nil {
		panic(err)
	}
}

// anyBytes is the length of a value that is a string, which a function
// may read through.
func anyBytes(v any) int {
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String {
		return rv.Len()
	}
	return 0
}

// madeBytes is what a function's result cost in memory: a string its
// bytes; a list or dict a word or two per item, its strings being shared
// with the values it was made of.
func madeBytes(v reflect.Value, sz size) int {
	if v.Kind() == reflect.String {
		return sz.bytes
	}
	return 16 * max(sz.items, 0)
}

// argBytes is the length of a call's string arguments, which a function
// may read through.
func argBytes(args []reflect.Value) int {
	n := 0
	for _, a := range args {
		if a.Kind() == reflect.Interface && !a.IsNil() {
			a = a.Elem()
		}
		if a.Kind() == reflect.String {
			n += a.Len()
		}
	}
	return n
}
