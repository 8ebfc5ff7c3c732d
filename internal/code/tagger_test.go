package code

import (
	"context"
	"strings"
	"testing"
)

// fakeTagger tags the words it lists with their tag, words ending in -ed
// VERB and the rest NOUN.
type fakeTagger struct{ tags map[string]string }

func (fakeTagger) Name() string                         { return "faketagger" }
func (fakeTagger) Article(string) (ArticleGate, string) { return nil, "" }
func (f fakeTagger) Triggers() TriggerChecker           { return &fakeChecker{tags: f.tags} }

type fakeChecker struct {
	tags  map[string]string
	words []string
	nouns []bool
}

func (f *fakeChecker) Sentence(words []string, nouns []bool) { f.words, f.nouns = words, nouns }
func (f *fakeChecker) Tag(i int) string {
	w := f.words[i]
	switch {
	case f.nouns[i]:
		return "NOUN"
	case f.tags[w] != "":
		return f.tags[w]
	case strings.HasSuffix(w, "ed"):
		return "VERB"
	}
	return "NOUN"
}
func (f *fakeChecker) Verb(i int) bool { return f.Tag(i) == "VERB" }
func (f *fakeChecker) Trigger(i int) string {
	if f.Verb(i) {
		return ""
	}
	return f.words[i] + " is a noun"
}

// TestTagger: the tagger decides before matching. A trigger it takes for
// a noun is passed over (and explained), so the clause's next verb is
// coded; a verb whose object is a non-actor noun has no target.
func TestTagger(t *testing.T) {
	ctx := context.Background()
	tags := map[string]string{"attacked": "NOUN", "met": "VERB", "strong": "ADJ", "the": "DET", "from": "ADP", ",": "."}
	for _, tc := range []struct {
		sent       string
		with, want string // events with the fake tagger; without it
	}{
		{"France condemned Germany.", "FRA 111 DEU", "FRA 111 DEU"},
		{"France attacked Germany, condemned Spain.", "FRA 111 ESP", "FRA 190 DEU"},
		{"France met strong resistance from Germany.", "", "FRA 040 DEU"},
		{"France met Germany.", "FRA 040 DEU", "FRA 040 DEU"},
	} {
		for _, g := range []struct {
			gates []Gate
			want  string
		}{{[]Gate{fakeTagger{tags}}, tc.with}, {nil, tc.want}} {
			c, err := New(ctx, Options{Gates: g.gates})
			if err != nil {
				t.Fatal(err)
			}
			evs, gated := c.CodeExplain(ctx, "d", tc.sent, "2024-01-01")
			var got []string
			for _, ev := range evs {
				got = append(got, ev.Source.Code+" "+ev.CAMEO+" "+ev.Target.Code)
			}
			if strings.Join(got, ", ") != g.want {
				t.Errorf("%q (tagger %v): got %q, want %q", tc.sent, g.gates != nil, got, g.want)
			}
			if g.gates != nil && strings.Contains(tc.sent, "attacked") && (len(gated) == 0 || gated[0].Level != "word" || gated[0].Reason != "attacked is a noun") {
				t.Errorf("%q: gated %+v, want the noun trigger explained", tc.sent, gated)
			}
		}
	}
}
