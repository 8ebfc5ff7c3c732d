package code

import "strings"

// "It" agrees in number with what it stands for (pronagree, issue 17):
// one country, organisation or body, never many ("Ugandan rebels",
// "Kenyan MPs", "the police"), and never an actor named only as the
// modifier of a noun ("the Mexican committee", "a Swedish firm"): "it"
// there is the noun phrase, which names no actor.

// collectivePlurals are plural role words without an "s" that name many.
var collectivePlurals = map[string]bool{"POLICE": true, "PEOPLE": true, "CHILDREN": true, "CLERGY": true, "PERSONNEL": true}

// pluralMention reports whether mention m names many: its head word is
// a lower-case plural ("rebels", "troops", "gunmen", "police") or the
// plural of a short acronym ("MPs").
func pluralMention(toks []token, m mention) bool {
	if m.end <= m.start || m.end > len(toks) {
		return false
	}
	h := roleHead(toks, m.start, m.end)
	for k := m.end - 1; k >= m.start; k-- {
		t := toks[k]
		if t.up != h {
			continue
		}
		if t.punct {
			return false
		}
		if t.capital {
			// "MPs": an upper-case acronym written with a lower-case "s"
			return len(h) == 3 && strings.HasSuffix(h, "S") && t.lower && t.end-t.start == 3
		}
		if collectivePlurals[h] || strings.HasSuffix(h, "MEN") {
			return true
		}
		return len(h) > 3 && strings.HasSuffix(h, "S") && !strings.HasSuffix(h, "SS") && !strings.HasSuffix(h, "US") && !strings.HasSuffix(h, "IS")
	}
	return false
}

// nameAdverbs after a name belong to the clause ("Britain also
// warned", "Uganda now says"); timeWords (date.go) date it ("Britain last
// week warned"): neither modifies a noun.
var nameAdverbs = map[string]bool{"NOW": true, "THEN": true, "ALSO": true, "STILL": true, "ALREADY": true, "ONCE": true}

// modifierMention reports whether mention m only modifies the noun
// after it ("the Mexican committee", "American sports advisers", "a
// Kenyan bank"): the tagger reads the lower-case word after it as a noun
// or an adjective, and it is no function word, verb or time word, and
// no firm's noun (firmOf: the firm is coded by its nationality). With
// sent "" the sentence is tagged only if it was already.
func (st *state) modifierMention(sent string, toks []token, ms []mention, m mention) bool {
	if m.end >= len(toks) {
		return false
	}
	t := toks[m.end]
	if firmOf(toks, &m) {
		return false // "French bank Credit Lyonnais said it": the firm, coded by its nationality
	}
	if t.punct || t.capital || functionWords[t.up] || modal[t.up] || timeWords[t.up] || nameAdverbs[t.up] || st.isVerbAt(toks, m.end) {
		return false
	}
	if sent == "" {
		if st.trig == nil || st.trigSent != st.sentNo || st.c.set.TabariRules {
			return false
		}
	} else {
		in := make([]int, len(toks))
		for k, x := range ms {
			for j := x.start; j < x.end && j < len(toks); j++ {
				in[j] = k + 1
			}
		}
		if !st.tagged(sent, toks, in) {
			return false
		}
	}
	tag := st.trig.Tag(m.end)
	return tag == "NOUN" || tag == "ADJ"
}

// itRefuses reports whether "it" cannot stand for mention m: m names
// many, or only modifies a noun (sent: as for modifierMention).
func (st *state) itRefuses(sent string, toks []token, ms []mention, m mention) bool {
	return !st.c.set.TabariRules && (pluralMention(toks, m) || st.modifierMention(sent, toks, ms, m))
}
