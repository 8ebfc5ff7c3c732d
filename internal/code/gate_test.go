package code

import (
	"context"
	"strings"
	"testing"

	"dyad/internal/news"
)

// fakeGate drops articles holding "FIXTURE", sentences holding "score"
// and events whose target is Russia, and recodes 042 to 043.
type fakeGate struct{}

func (fakeGate) Name() string { return "fake" }
func (fakeGate) Article(text string) (ArticleGate, string) {
	if strings.Contains(text, "FIXTURE") {
		return nil, "fixture list"
	}
	return fakeArticle{}, ""
}

type fakeArticle struct{}

func (fakeArticle) Sentence(s string) string {
	if strings.Contains(s, "score") {
		return "a score"
	}
	return ""
}
func (fakeArticle) Event(_ string, ev *news.Event) string {
	if ev.Target.Code == "RUS" {
		return "target Russia"
	}
	if ev.CAMEO == "042" {
		ev.CAMEO = "043"
	}
	return ""
}

func TestGates(t *testing.T) {
	c, err := New(context.Background(), Options{Gates: []Gate{fakeGate{}}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	text := "France condemned Germany on Monday. Japan condemned Russia on Monday. Italy condemned Spain after the score was 3-1."
	evs, gated := c.CodeExplain(ctx, "d", text, "2024-01-01")
	if len(evs) != 1 || evs[0].Source.Code != "FRA" || evs[0].Target.Code != "DEU" {
		t.Fatalf("kept %v, want only FRA→DEU", evs)
	}
	if len(gated) != 2 || gated[0].Level != "event" || gated[0].Reason != "target Russia" || len(gated[0].Events) != 1 ||
		gated[1].Level != "sentence" || gated[1].Reason != "a score" || len(gated[1].Events) == 0 {
		t.Fatalf("gated = %+v", gated)
	}
	if got := c.Code(ctx, "d", text, "2024-01-01"); len(got) != 1 {
		t.Errorf("Code kept %d events, want 1", len(got))
	}
	if got := c.Code(ctx, "d", "FIXTURE. "+text, "2024-01-01"); len(got) != 0 {
		t.Errorf("a dropped article kept %d events", len(got))
	}
	_, gated = c.CodeExplain(ctx, "d", "FIXTURE. "+text, "2024-01-01")
	if len(gated) != 1 || gated[0].Level != "article" || len(gated[0].Events) == 0 {
		t.Errorf("article gated = %+v", gated)
	}
	if got := c.CodeSentence("d", "Japan condemned Russia on Monday.", "2024-01-01"); len(got) != 0 {
		t.Errorf("CodeSentence kept %v", got)
	}
	// a recoded event gets its root and scores again
	v := c.Code(ctx, "d", "Japan visited Italy on Monday.", "2024-01-01")
	for _, ev := range v {
		if ev.CAMEO == "042" || ev.Root != root(ev.CAMEO) {
			t.Errorf("recoded event %s root %s", ev.CAMEO, ev.Root)
		}
	}
}
