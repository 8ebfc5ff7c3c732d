package code

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDbgTab(t *testing.T) {
	s := os.Getenv("DYAD_TAB")
	if s == "" {
		t.Skip()
	}
	dir := "/work/shared/data/eventcoding/tabari"
	c, _ := New(context.Background(), Options{Explain: true,
		Verbs:  []string{filepath.Join(dir, "TABARI.Demo.verbs")},
		Actors: []string{filepath.Join(dir, "TABARI.Demo.actors")},
		Agents: []string{filepath.Join(dir, "Validate.agents")}})
	st := newState(c, "1995-01-01")
	toks := tokenize(s, nil)
	for _, m := range st.mentions(s, toks) {
		fmt.Printf("mention %d-%d %+v\n", m.start, m.end, m.members[0].actor)
	}
	for i := range toks {
		if v, n := c.verbs.longest(toks, i, nil); n > 0 {
			fmt.Println("verb", i, toks[i].up, n, v[0].block.Name, v[0].block.Code)
		}
	}
	for _, e := range c.Code(context.Background(), "x", s, "1995-01-01") {
		fmt.Printf("%s %s %s %+v\n", e.Source.Code, e.Target.Code, e.CAMEO, *e.Explain)
	}
}
