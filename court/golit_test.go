package court

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// goStatements writes Go statements that set what v holds, at the place
// path names: a court built by them is the court v is. Zero values are
// left as new(T) leaves them; unexported fields and fields the YAML
// skips (tagged "-") are left out, as the decoder leaves them.
func goStatements(b *strings.Builder, path string, v reflect.Value) error {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Tag.Get("yaml") == "-" {
				continue
			}
			if err := goStatements(b, path+"."+f.Name, v.Field(i)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		fmt.Fprintf(b, "%s = new(%s)\n", path, goType(v.Type().Elem()))
		if v.Elem().Kind() != reflect.Struct {
			return goStatements(b, "*"+path, v.Elem())
		}
		return goStatements(b, path, v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		fmt.Fprintf(b, "%s = make(%s, %d)\n", path, goType(v.Type()), v.Len())
		for i := range v.Len() {
			if err := goStatements(b, fmt.Sprintf("%s[%d]", path, i), v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return fmt.Errorf("%s: a map whose keys are not strings", path)
		}
		fmt.Fprintf(b, "%s = make(%s, %d)\n", path, goType(v.Type()), v.Len())
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			key := fmt.Sprintf("%s[%s]", path, strconv.Quote(k.String()))
			if e := v.MapIndex(k); e.IsZero() {
				// The entry is there, though its value is zero.
				lit, err := goLiteral(e)
				if err != nil {
					return fmt.Errorf("%s: %w", key, err)
				}
				fmt.Fprintf(b, "%s = %s\n", key, lit)
			} else if err := goStatements(b, key, e); err != nil {
				return err
			}
		}
	default:
		if v.IsZero() {
			return nil
		}
		lit, err := goLiteral(v)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fmt.Fprintf(b, "%s = %s\n", path, lit)
	}
	return nil
}

// goLiteral writes a string, number or truth value as a Go constant.
func goLiteral(v reflect.Value) (string, error) {
	switch v.Kind() {
	case reflect.String:
		return strconv.Quote(v.String()), nil
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return "", fmt.Errorf("%v has no Go constant", f)
		}
		return strconv.FormatFloat(f, 'g', -1, 64), nil
	}
	return "", fmt.Errorf("a %s has no Go constant here", v.Kind())
}

// goType names a type as this package's code does.
func goType(t reflect.Type) string {
	return strings.ReplaceAll(t.String(), "court.", "")
}

// TestGoStatementsOfEachKind writes the statements of the kinds of value
// no built-in court holds yet: a map with an empty value, a pointer to a
// truth value, an empty list that is not nil.
func TestGoStatementsOfEachKind(t *testing.T) {
	yes := true
	o := Outline{Name: "x", Rename: map[string]string{"b": "B", "a": ""}, Remove: []string{}}
	var p Paper
	p.Footer.Case = &yes
	var b strings.Builder
	if err := goStatements(&b, "o", reflect.ValueOf(o)); err != nil {
		t.Fatal(err)
	}
	if err := goStatements(&b, "p", reflect.ValueOf(p)); err != nil {
		t.Fatal(err)
	}
	want := `o.Name = "x"
o.Rename = make(map[string]string, 2)
o.Rename["a"] = ""
o.Rename["b"] = "B"
o.Remove = make([]string, 0)
p.Footer.Case = new(bool)
*p.Footer.Case = true
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
