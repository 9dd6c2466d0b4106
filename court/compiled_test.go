package court

import (
	"bytes"
	"flag"
	"os"
	"reflect"
	"testing"
)

var update = flag.Bool("update", false, "remake the compiled court files")

// The compiled court files are what the YAML files compile to, and decode
// to the same courts as the YAML does.
func TestCompiledCourts(t *testing.T) {
	for _, n := range Builtin().Names() {
		e := builtin.entries[n]
		want, err := compile(e.file, e.data)
		if err != nil {
			t.Fatal(err)
		}
		file := compiledName(e.file)
		if *update {
			if err := os.WriteFile(file, append(want, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil || !bytes.Equal(bytes.TrimSpace(got), want) {
			t.Errorf("%s is not what %s compiles to: go test ./court -run TestCompiledCourts -update", file, e.file)
			continue
		}
		fromJSON, ok := fromCompiled(e.file, e.data)
		fromYAML := new(Court)
		if _, err := decodeStrictNode(e.file, e.data, fromYAML); err != nil || !ok {
			t.Fatalf("%s: %v %v", n, err, ok)
		}
		if err := fromJSON.validate(); err != nil {
			t.Fatal(err)
		}
		if err := fromYAML.validate(); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fromJSON.Paper, fromYAML.Paper) || !reflect.DeepEqual(fromJSON.Rules, fromYAML.Rules) || len(fromJSON.Outlines) != len(fromYAML.Outlines) {
			t.Errorf("%s: the compiled court differs from the YAML's", n)
		}
		for i := range fromJSON.Outlines {
			if !reflect.DeepEqual(fromJSON.Outlines[i].Topics, fromYAML.Outlines[i].Topics) {
				t.Errorf("%s: outline %s differs", n, fromJSON.Outlines[i].Name)
			}
		}
	}
	if _, ok := fromCompiled("courts/cand.yaml", append([]byte("# edited\n"), builtin.entries["cand"].data...)); ok {
		t.Error("a compiled court is used for YAML it was not made from")
	}
}
