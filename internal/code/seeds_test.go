package code

import (
	"context"
	"os"
	"strings"
	"testing"

	"dyad/internal/news"
	"dyad/internal/shareddata"
)

func seedEvents(t *testing.T) []news.Event {
	t.Helper()
	c, err := New(context.Background(), Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []news.Event
	for _, f := range []string{"seeds/000_dcc6a6f30d44d16c.txt", "seeds/003_cd1f1532c6706737.txt"} {
		b, err := os.ReadFile(shareddata.Path(t, f))
		if err != nil {
			t.Fatal(err)
		}
		// Both seeds report the meeting of Wednesday 15 December 2021.
		out = append(out, c.Code(context.Background(), f, string(b), "2021-12-15")...)
	}
	return out
}

// TestSeeds checks the events a human CAMEO coder codes from the seed
// articles about the Xi–Putin video meeting of 15 December 2021.
func TestSeeds(t *testing.T) {
	evs := seedEvents(t)
	has := func(src, tgt string, roots []string, date string, sentence string) bool {
		for _, e := range evs {
			if e.Source.Code != src || e.Target.Code != tgt {
				continue
			}
			if date != "" && e.Date != date {
				continue
			}
			if sentence != "" && !strings.Contains(e.Evidence[0].Sentence, sentence) {
				continue
			}
			for _, r := range roots {
				if strings.HasPrefix(e.CAMEO, r) {
					return true
				}
			}
		}
		return false
	}
	tests := []struct {
		name       string
		src, tgt   string
		roots      []string
		date       string
		inSentence string
	}{
		{"meeting Xi to Putin", "CHNGOV", "RUSGOV", []string{"03", "04"}, "2021-12-15", "virtual meeting"},
		{"meeting Putin to Xi", "RUSGOV", "CHNGOV", []string{"03", "04"}, "2021-12-15", "virtual meeting"},
		{"treaty extended", "CHNGOV", "RUSGOV", []string{"057", "05", "03"}, "", "treaty"},
		{"treaty renewed", "RUSGOV", "CHNGOV", []string{"057"}, "", "renewal"},
		{"Putin visit planned", "RUSGOV", "CHN", []string{"042", "036"}, "", "visit"},
		{"Xi praises Russia", "CHNGOV", "RUS", []string{"051"}, "", "praised"},
		{"Xi appeals to Russia", "CHNGOV", "RUS", []string{"020", "02"}, "", "called on"},
		{"spokesperson accuses US", "CHNGOV", "USA", []string{"112", "111"}, "2021-12-07", "interfere"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !has(tc.src, tc.tgt, tc.roots, tc.date, tc.inSentence) {
				t.Errorf("no %s→%s %v event (date %q, sentence with %q)", tc.src, tc.tgt, tc.roots, tc.date, tc.inSentence)
			}
		})
	}
	t.Run("no events from scare quotes", func(t *testing.T) {
		for _, e := range evs {
			if e.Evidence[0].VerbSpan == nil {
				continue
			}
			s := e.Evidence[0].Sentence
			v := s[e.Evidence[0].VerbSpan.Start:e.Evidence[0].VerbSpan.End]
			for _, w := range []string{"democracy", "rules", "multilateralism", "human rights"} {
				if strings.EqualFold(v, w) {
					t.Errorf("event %s from scare-quoted %q", e.CAMEO, w)
				}
			}
		}
	})
	t.Run("evidence spans inside the sentence", func(t *testing.T) {
		for _, e := range evs {
			ev := e.Evidence[0]
			for _, sp := range []*news.Span{ev.SourceSpan, ev.TargetSpan, ev.VerbSpan} {
				if sp != nil && (sp.Start < 0 || sp.End > len(ev.Sentence) || sp.Start > sp.End) {
					t.Errorf("span %+v outside sentence of %d bytes", *sp, len(ev.Sentence))
				}
			}
			if e.QuadClass == 0 {
				t.Errorf("event %s %s without a QuadClass from the code table", e.ID, e.CAMEO)
			}
			if e.Explain == nil || e.Explain.Verb == "" {
				t.Errorf("event %s without explanation", e.ID)
			}
		}
	})
}
