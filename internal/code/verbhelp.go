// Small helpers of verb.go: an integer's text for the bound notes, a
// pattern's position as --explain shows it, and whether a pattern marks
// its source or target.

package code

import "dyad/internal/dict"

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func posString(p dict.Pos, origin string) string {
	s := p.String()
	if origin != "" {
		s += " (from " + origin + ")"
	}
	return s
}

func hasActorMarks(p *dict.Pattern) bool {
	for _, ts := range [][]dict.PatTok{p.Pre, p.Post} {
		for _, t := range ts {
			if t.Kind == dict.TokSource || t.Kind == dict.TokTarget || t.Kind == dict.TokCompound {
				return true
			}
		}
	}
	return false
}
