package code

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDbgUP(t *testing.T) {
	s := os.Getenv("DYAD_UP")
	if s == "" {
		t.Skip()
	}
	dir := "/work/shared/data/eventcoding/universalpetrarch/validate"
	c, _ := New(context.Background(), Options{Explain: true,
		Verbs:  []string{filepath.Join(dir, "PETR_Validate_verbs_2_02.txt")},
		Actors: []string{filepath.Join(dir, "PETR_Validate_actors_2_02.txt")},
		Agents: []string{filepath.Join(dir, "PETR_Validate_agents_2_02.txt")}})
	st := newState(c, os.Getenv("DYAD_DATE"))
	toks := tokenize(s, nil)
	for _, m := range st.mentions(s, toks) {
		fmt.Printf("mention %d-%d %+v\n", m.start, m.end, m.members[0].actor)
	}
	for i := range toks {
		if v, n := c.verbs.longest(toks, i, nil); n > 0 {
			fmt.Println("verb", toks[i].up, v[0].block.Name, v[0].block.Code)
		}
	}
	for _, e := range c.Code(context.Background(), "x", s, os.Getenv("DYAD_DATE")) {
		fmt.Printf("%s %s %s %+v\n", e.Source.Code, e.Target.Code, e.CAMEO, *e.Explain)
	}
}
