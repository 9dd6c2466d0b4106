package templates

import (
	"sync"
	"testing"

	"pleadgen/cases"
)

// TestRunsAsSoonAsLoaded runs a set's templates from several goroutines at
// once, straight after Load returns, each on a runner the set's pool makes
// then: every run makes the same markup.
func TestRunsAsSoonAsLoaded(t *testing.T) {
	c, _, err := cases.Load("../examples/aclu-v-ice-joint-cmc.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		set, err := Load(Options{})
		if err != nil {
			t.Fatal(err)
		}
		outs := make([]string, 4)
		var wg sync.WaitGroup
		for i := range outs {
			wg.Go(func() {
				out, err := set.Execute(c)
				if err != nil {
					t.Error(err)
				}
				outs[i] = out
			})
		}
		wg.Wait()
		for i := range outs {
			if outs[i] == "" || outs[i] != outs[0] {
				t.Fatalf("run %d made other markup than run 0", i)
			}
		}
	}
}
