// A body's member named after it: "NATO member Estonia", "EU member
// state Latvia", "African Union member Kenya" (senses18, issue 17).

package code

import "dyad/internal/news"

// memberNouns stand between a body and a member of it that the sentence
// names.
var memberNouns = wordSet("MEMBER", "MEMBERS", "ALLY", "ALLIES")

// memberStateNouns may follow a member noun ("member state Latvia").
var memberStateNouns = wordSet("STATE", "STATES", "COUNTRY", "COUNTRIES", "NATION", "NATIONS")

// foldMemberBodies folds into the state's mention a body's mention (one international or
// regional organisation, a code opening with IGO) that stands right
// before a member noun and the name of a state: the phrase names the
// state, and the body only says what it belongs to. An act on "NATO
// member Estonia" is an act on Estonia, not on NATO.
func foldMemberBodies(toks []token, out []mention) []mention {
	for i := 0; i+1 < len(out); i++ {
		m, n := &out[i], &out[i+1]
		if len(m.members) != 1 || len(m.members[0].actor.Code) < 3 || m.members[0].actor.Code[:3] != "IGO" {
			continue
		}
		k := m.end
		if k >= len(toks) || !memberNouns[toks[k].up] {
			continue
		}
		k++
		if k < len(toks) && memberStateNouns[toks[k].up] {
			k++
		}
		if n.start != k || len(n.members) != 1 || !stateName(n.members[0].actor) {
			continue
		}
		n.start = m.start // one phrase, as the tagger reads it: its words stay a noun
		out = append(out[:i], out[i+1:]...)
	}
	return out
}

// stateName: the actor is a bare country (a three-letter code, its own
// country).
func stateName(a news.Actor) bool {
	return len(a.Code) == 3 && a.Code == a.Country
}
