package code

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDebugMentions(t *testing.T) {
	s := os.Getenv("DYAD_SENT")
	if s == "" {
		t.Skip()
	}
	c, _ := New(context.Background(), Options{})
	st := newState(c, "2021-12-15")
	toks := tokenize(s, nil)
	for i := range toks {
		a, na := c.actors.longest(toks, i, nil)
		g, ng := c.agents.longest(toks, i, nil)
		_, nv := c.verbs.longest(toks, i, nil)
		fmt.Printf("%d %q actor=%d agent=%d verb=%d", i, toks[i].up, na, ng, nv)
		if na > 0 {
			fmt.Printf(" %v", a[0].Names[0])
		}
		if ng > 0 {
			fmt.Printf(" %v", g[0].Names[0])
		}
		fmt.Println()
	}
	for _, m := range st.mentions(s, toks) {
		fmt.Printf("%+v\n", m)
	}
}

func TestDebugAlias(t *testing.T) {
	if os.Getenv("DYAD_ALIAS") == "" {
		t.Skip()
	}
	c, _ := New(context.Background(), Options{})
	st := newState(c, "2021-12-15")
	s := "The strengthening of ties can be seen by Wednesday’s virtual meeting between Chinese President Xi Jinping and his Russian counterpart Vladimir Putin, where the two leaders called the relationship a paradigm."
	st.codeSentence("x", s, 0, "2021-12-15")
	for k, v := range st.aliases {
		fmt.Println(k, v.actor)
	}
	for _, h := range st.history {
		fmt.Printf("%+v\n", h)
	}
}

func TestDebugOne(t *testing.T) {
	s := os.Getenv("DYAD_ONE")
	if s == "" {
		t.Skip()
	}
	c, _ := New(context.Background(), Options{Explain: true})
	for _, e := range c.Code(context.Background(), "x", s, "2021-12-15") {
		fmt.Printf("%s %s %s %s %+v\n", e.Source.Code, e.Target.Code, e.CAMEO, e.Date, *e.Explain)
	}
}
