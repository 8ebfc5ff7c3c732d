// Hyphenated place modifiers: "Kenya-based militants", "Kenya-backed
// rebels", "a Kenya-led coalition".

package code

import (
	"strings"

	"dyad/internal/cameo"
)

// hyphenModifier kinds: where a group sits, who leads it, who backs it.
const (
	modNone = iota
	modBased
	modLed
	modBacked
)

// leaderParticiples after "X-" make X the leader, owner or master of the
// noun after it, a party to what it does ("a Kenya-led coalition").
var leaderParticiples = map[string]bool{"LED": true, "RUN": true, "CONTROLLED": true, "DOMINATED": true, "COMMANDED": true}

// ledNouns after a leader's "X-led" are the leader's own force when no
// role word names them ("a Kenya-led coalition attacked …").
var ledNouns = map[string]bool{"COALITION": true, "ALLIANCE": true, "FORCE": true, "FORCES": true, "TROOPS": true, "MISSION": true}

// hyphenModifier splits a one-word hyphenated modifier "X-based",
// "X-backed", "X-led" into X and its kind; modNone for any other word.
func hyphenModifier(up string) (string, int) {
	h := strings.LastIndexByte(up, '-')
	if h <= 0 || h == len(up)-1 {
		return "", modNone
	}
	p, w := up[:h], up[h+1:]
	switch {
	case basedWords[w]:
		return p, modBased
	case leaderParticiples[w]:
		return p, modLed
	case backerParticiples[w]:
		return p, modBacked
	}
	return "", modNone
}

// hyphenPlace reads a capitalised "Kenya-based" or "Kenya-led" (one word)
// as the country of its place, a piece that joins the role word right
// after it: "Kenya-based militants" are KENUAF as "Kenyan militants" are,
// "Kenya-led forces" KENMIL, "a Kenya-led coalition" KEN. The place is
// read alone or with one capitalised word before it ("South Sudan-based").
// A backer ("Kenya-backed rebels") is no party: the rebels are not
// Kenya's (placedByModifier keeps the sentence's other country off them).
func (st *state) hyphenPlace(toks []token, i int) (piece, bool) {
	t := toks[i]
	if !t.capital || i+1 >= len(toks) {
		return piece{}, false
	}
	p, kind := hyphenModifier(t.up)
	if kind != modBased && kind != modLed {
		return piece{}, false
	}
	// a role word right after it, or a leader's coalition or force
	_, ng := st.c.agents.longest(toks, i+1, nil)
	if _, na := st.c.actors.longest(toks, i+1, nil); ng == 0 || na >= ng {
		if kind != modLed || !ledNouns[toks[i+1].up] {
			return piece{}, false
		}
	}
	buf := st.hyphenBuf[:0]
	start := i
	if i > 0 && toks[i-1].capital && !toks[i-1].punct {
		buf = append(buf, toks[i-1])
		start = i - 1
	}
	buf = append(buf, token{up: p, capital: true})
	for len(buf) > 0 {
		acts, n := st.c.actors.longest(buf, 0, nil)
		if n == len(buf) {
			a := acts[0]
			code := a.CodeAt(st.date)
			if _, reg := cameo.Regions[code]; len(code) != 3 || reg {
				return piece{}, false
			}
			return piece{start: start, end: i + 1, actor: a}, true
		}
		buf = buf[1:]
		start = i
	}
	return piece{}, false
}

// placedByModifier reports whether the mention starting at token s has a
// hyphenated place modifier before it ("Kenya-based", "Kenya-backed",
// "U.N.-backed", "Kenya-led"), across at most two lower-case words
// ("Kenya-backed Islamist rebels"): its country is that place's or none,
// never another country the sentence names (placeInSentence).
func placedByModifier(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		t := toks[k]
		if t.punct {
			return false
		}
		if _, kind := hyphenModifier(t.up); kind != modNone && t.capital {
			return true
		}
		if k >= 2 && hyphenJoined(toks, k) && (basedWords[t.up] || leaderParticiples[t.up] || backerParticiples[t.up]) {
			return true // "U.N.-backed": a name with dots splits there
		}
		if t.capital || functionWords[t.up] {
			return false
		}
	}
	return false
}
