package code

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZRole3(t *testing.T) {
	s := os.Getenv("ROLE3_TEXT")
	if s == "" {
		t.Skip()
	}
	c, err := New(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := c.CodeExplain(context.Background(), "t", s, os.Getenv("ROLE3_DATE"))
	for _, ev := range evs {
		fmt.Println(ev.Source.Code, ev.CAMEO, ev.Target.Code, "|", ev.Evidence[0].Sentence)
		if ev.Explain != nil {
			fmt.Println("   S:", strings.Join([]string{ev.Explain.Source}, ""))
			fmt.Println("   T:", ev.Explain.Target)
		}
	}
}
