package extract

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The patterns as whole-text regular expressions: the oracles the word
// scanners and anchored matchers are fuzzed against.
var (
	spanRe      = regexp.MustCompile(spanSrc)
	moneySignRe = regexp.MustCompile(moneySignSrc)
	moneyNameRe = regexp.MustCompile(moneyNameSrc)
	percentRe   = regexp.MustCompile(percentSrc)
	ordinalRe   = regexp.MustCompile(ordinalSrc)
	clauseVerb  = regexp.MustCompile(`(?i)\s+(exceeded|reached|totalled|totaled|topped|hit|rose to|rose by|fell to|fell by|grew to|grew by|increased to|decreased to|climbed to|amounted to|stood at|was|were|is|are|of|worth|valued at|at|to|by|for|over|about|around|nearly|almost|more than|less than)\s*$`)
)

// FuzzTimeSpans checks the word scanner against the regular expression it
// replaces.
func FuzzTimeSpans(f *testing.F) {
	for _, s := range []string{"five years", "5 5 Years ago", "1.5 days,3\tweeks", "twenty\nDECADES", "x5 years", "one  month_"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := timeSpans(text)
		want := spanRe.FindAllStringSubmatchIndex(text, -1)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("timeSpans(%q) = %v, regexp %v", text, got, want)
		}
	})
}

// FuzzAmountPatterns checks the anchored matchers, tried only where a
// match can start, against the patterns searched over the whole text.
func FuzzAmountPatterns(f *testing.F) {
	for _, s := range []string{"US $100 billion", "$ 100 billion and 100 billion yuan", "1.2 trillion rubles, 5 percent",
		"the 20th anniversary", "u.s.$5,000.5 mln", "BUS $5 and €3m", "5%5 pct x5 dlrs", "A$ 1 $2 $$3 £4bn",
		"1,000,000 Hong Kong dollars", "10 per cent 3rd round 7thsummit", "ab1 dollars 2 Dollars", "1,5 \t%", "3ſt round", "2,000.5\npct"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range []struct {
			name string
			got  [][]int
			re   *regexp.Regexp
		}{
			{"money sign", signMatches(text, true), moneySignRe},
			{"money name", numberMatches(moneyNameAt, text, true, nil), moneyNameRe},
			{"percent", numberMatches(percentAt, text, true, percentMay), percentRe},
			{"ordinal", numberMatches(ordinalAt, text, true, ordinalMay), ordinalRe},
		} {
			want := c.re.FindAllStringSubmatchIndex(text, -1)
			if len(c.got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(c.got, want) {
				t.Errorf("%s in %q: %v, regexp %v", c.name, text, c.got, want)
			}
		}
	})
}

// FuzzClauseVerbs checks trimClauseVerbs against the regular expression it
// replaces.
func FuzzClauseVerbs(f *testing.F) {
	for _, s := range []string{"Bilateral trade exceeded", "a deal worth about ", "it ROSE TO", "sales of\tnearly", "was", " was", "the total  more than\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s
		for {
			loc := clauseVerb.FindStringIndex(want)
			if loc == nil {
				break
			}
			want = strings.TrimSpace(want[:loc[0]])
		}
		if got := trimClauseVerbs(s); got != want {
			t.Errorf("trimClauseVerbs(%q) = %q, regexp %q", s, got, want)
		}
	})
}
