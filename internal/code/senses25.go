package code

// Verb senses the eighth PolNeAR reading left (polnear9, issue 17), each
// checked against the CAMEO codebook: helping elect a candidate is
// campaigning, no aid (07x); seeming or appearing confident is how an
// actor looks, not the verbal act 013 ("Make optimistic comment") the
// codebook asks for; investing time or energy in something is effort, not
// economic cooperation (061); "the strategy Kenya has taken against
// Uganda" takes the noun before it (a relative clause), no seizure (17x);
// a thing an actor only qualifies or sends ("the goods that Kenya exports
// come to Uganda", "Kenyan tea comes to Uganda") visits nobody; and an
// abstraction of an actor as subject ("the solidarity of Kenya
// encouraged Uganda to …") appeals to and praises nobody: a thing does
// not speak; seizing on a report takes nothing from anyone.

import "strings"

// helpWords: the forms of "help" (ASSIST's 070 and HELP's 050/033).
var helpWords = wordSet("HELP", "HELPS", "HELPED", "HELPING")

// electWords: the verbs of winning an election a helper is said to help
// with ("help elect X", "helped re-elect her", "help her win").
var electWords = wordSet("ELECT", "RE-ELECT", "REELECT", "ELECTED", "RE-ELECTED", "REELECTED")

// helpElect reports whether a candidate read from "help" (aid, support
// or an intent to either) has "elect" or "re-elect" right after the verb,
// "to" allowed between ("to help elect Uganda's president", "helped
// re-elect the senator"): getting a candidate elected is campaigning for
// votes; the codebook's 07x is material aid to an actor and 05x
// cooperation between actors, and a campaign is neither. "Kenya helped
// Uganda rebuild its roads" stays 070.
func helpElect(toks []token, cd cand) bool {
	vs := cd.verbStart
	if vs >= len(toks) || !helpWords[toks[vs].up] {
		return false
	}
	k := vs + 1
	if k < len(toks) && toks[k].up == "TO" {
		k++
	}
	return k < len(toks) && electWords[toks[k].up]
}

// seemWords: verbs of appearance, which report how an actor looks to the
// writer, not what it said.
var seemWords = wordSet("SEEM", "SEEMS", "SEEMED", "SEEMING", "APPEAR", "APPEARS", "APPEARED", "APPEARING")

// seemedConfident reports whether an optimistic comment (013, CAMEO.2.0.txt's
// "SEEM CONFIDENT") is read from a verb of appearance ("Ugandan officials
// seem confident they have the votes"): the codebook's 013 is "a verbal
// act", coded only for "statements with explicit optimistic components";
// an actor who seems confident said nothing. "said he was confident that
// Kenya would agree" is a statement and is coded by its say-verb.
func seemedConfident(toks []token, cd cand) bool {
	return root(cd.code) == "01" && cd.verbStart < len(toks) && seemWords[toks[cd.verbStart].up]
}

// effortNouns: what one spends that is no money ("time and energy").
var effortNouns = wordSet("TIME", "ENERGY", "ENERGIES", "EFFORT", "EFFORTS", "HOURS", "YEARS", "ATTENTION",
	"EMOTION", "EMOTIONS", "EMOTIONALLY", "HEART", "SOUL", "PRESTIGE", "CREDIBILITY")

// investedEffort reports whether economic cooperation (061) read from
// "invest" has as its object, before "in"/"into" or within five words of
// the verb, time, energy or effort ("have invested too much time and
// energy into the narrative that …", "invested years in the campaign"):
// spending effort on a cause is no investment between actors; the
// codebook's 061 is economic cooperation. "Kenya invested heavily in
// Uganda" and "invested millions in Ugandan roads" stay 061.
func investedEffort(toks []token, cd cand) bool {
	vs := cd.verbStart
	if root(cd.code) != "06" || vs >= len(toks) || !strings.HasPrefix(toks[vs].up, "INVEST") {
		return false
	}
	for k := vs + 1; k < len(toks) && k <= vs+6; k++ {
		w := toks[k].up
		if w == "IN" || w == "INTO" || toks[k].punct {
			break
		}
		if effortNouns[w] {
			return true
		}
	}
	return false
}

// takeWords: the forms of "take" (SEIZE's 171 and TAKE's patterns).
var takeWords = wordSet("TAKE", "TAKES", "TOOK", "TAKEN", "TAKING")

// takenNoun reports whether a seizure or a force (17x, 18x, 19x) read from
// "take" is a contact relative clause whose object is the noun before the
// source ("the strategy Kenya has taken in its battle against Uganda",
// "the approach Kenya took toward Uganda", "the strategy the Kenyan
// government has taken against Ugandan rebels"): a lower-case content
// word stands right before the source (or before its article), only auxiliaries between the source and
// the verb, and the verb has no object of its own (a preposition, "is",
// "was" or a punctuation mark follows it). What was taken is a strategy,
// nothing seized from the target. "Kenyan troops took the Ugandan town"
// stays.
func takenNoun(toks []token, cd cand) bool {
	vs := cd.verbStart
	if r := root(cd.code); r != "17" && r != "18" && r != "19" || vs >= len(toks) || !takeWords[toks[vs].up] {
		return false
	}
	s := cd.src.start
	if s < 1 || cd.src.sent != 0 || cd.src.end > vs || s > len(toks) {
		return false
	}
	for k := cd.src.end; k < vs; k++ {
		if !auxiliaries[toks[k].up] && !modal[toks[k].up] && toks[k].up != "BEEN" {
			return false
		}
	}
	if articleWords[toks[s-1].up] && s >= 2 {
		s-- // "the strategy the U.S. has taken": the article opens the source's name
	}
	head := toks[s-1]
	if head.punct || head.capital || !letters(head.up) || functionWords[head.up] || determiners[head.up] || prepositionWords[head.up] {
		return false
	}
	e := cd.verbEnd
	if e >= len(toks) {
		return true
	}
	nx := toks[e]
	return nx.punct || prepositionWords[nx.up] || nx.up == "IS" || nx.up == "WAS" || nx.up == "ARE" || nx.up == "WERE" || nx.up == "HAS"
}

// prepositionWords: prepositions that open a phrase after a verb with no
// object ("taken in", "took toward").
var prepositionWords = wordSet("IN", "INTO", "ON", "AT", "TO", "TOWARD", "TOWARDS", "AGAINST", "WITH", "FOR", "SINCE",
	"DURING", "AFTER", "BEFORE", "OVER", "UNDER", "FROM", "BY", "ABOUT", "REGARDING", "ACROSS", "THROUGH")

// thingCame reports whether a visit or meeting (03x, 04x) read from
// "come" has a thing as its subject: between the source and the verb, with
// no comma, stands a lower-case content word that is neither an
// auxiliary nor an adverb ("the goods that Kenya exports come to Uganda",
// "Kenyan coffee and tea come to Uganda"). The source actor only
// qualifies or sends the thing; goods arriving are trade, no visit
// (the codebook's 04x are meetings of actors). "The Kenyan president will
// come to Uganda next week" stays 036.
func thingCame(toks []token, cd cand) bool {
	vs := cd.verbStart
	if r := root(cd.code); r != "03" && r != "04" || vs >= len(toks) || !comeWords[toks[vs].up] {
		return false
	}
	if cd.src.sent != 0 || cd.src.end > vs || cd.src.end <= cd.src.start {
		return false
	}
	thing := false
	for k := cd.src.end; k < vs; k++ {
		t := toks[k]
		if t.punct {
			return false
		}
		w := t.up
		if t.capital || functionWords[w] || auxiliaries[w] || modal[w] || adverbs[w] || beWords[w] || nameParticles[w] || w == "'S" || len(w) > 4 && strings.HasSuffix(w, "LY") {
			continue
		}
		if peopleNouns[w] {
			return false // "Kenya's delegation will come to Uganda": people visit
		}
		if letters(w) {
			thing = true
		}
	}
	return thing
}

// beWords: the forms of "be" an auxiliary may take ("will be coming").
var beWords = wordSet("BE", "BEEN", "BEING")

// nameParticles: lower-case words inside a person's name ("Heinrich von
// Moltke", "Ricardo de la Cruz").
var nameParticles = wordSet("VON", "VAN", "DER", "DEN", "DE", "DI", "DA", "DU", "LA", "LE", "DOS", "DAS", "BIN", "IBN", "AL", "EL")

// peopleNouns: lower-case heads of people who do visit ("the Kenyan
// president's delegation", "Kenyan farmers").
var peopleNouns = wordSet("DELEGATION", "DELEGATIONS", "TEAM", "TEAMS", "ENVOY", "ENVOYS", "DELEGATES", "OFFICIALS",
	"LEADER", "LEADERS", "TROOPS", "FORCES", "SOLDIERS", "REFUGEES", "MIGRANTS", "PEOPLE", "STUDENTS", "WORKERS",
	"FARMERS", "TRADERS", "TOURISTS", "PILGRIMS", "FIGHTERS", "REBELS", "MINISTER", "MINISTERS", "PRESIDENT",
	"CITIZENS", "NATIONALS", "IMMIGRANTS", "VISITORS", "INVESTORS", "EXPERTS", "INSPECTORS", "MONITORS", "ADVISERS", "AIDES")

// abstractHeads: abstractions an actor has or shows, which cannot speak:
// as a subject they appeal to, ask or praise nobody.
var abstractHeads = wordSet("SOLIDARITY", "SUPPORT", "SUCCESS", "SUCCESSES", "EXAMPLE", "VICTORY", "DEFEAT", "FAILURE",
	"UNITY", "STRENGTH", "WEAKNESS", "FORTITUDE", "RESOLVE", "PERSEVERANCE", "COURAGE", "PRESENCE", "GROWTH",
	"RISE", "PROGRESS", "EXPERIENCE", "GENEROSITY", "STANCE")

// thingAppeals reports whether an appeal (02x) or praise or cooperation
// (05x) has as its subject an abstraction of the source actor: "the
// solidarity of Kenya encouraged Uganda to raise prices" (an abstract
// noun, a determiner allowed before it, then "of" right before the
// source) or "Kenya's fortitude has inspired Ugandan women" (the
// possessive, then up to two lower-case words ending in the noun, only
// auxiliaries and adverbs before the verb). The codebook's 02x and 05x
// are acts of an actor; a thing encourages nobody.
func thingAppeals(toks []token, cd cand) bool {
	vs := cd.verbStart
	if r := root(cd.code); r != "02" && r != "05" || vs >= len(toks) || cd.src.sent != 0 || cd.src.end > vs {
		return false
	}
	s := cd.src.start
	if s >= 2 && s <= len(toks) && toks[s-1].up == "OF" && abstractHeads[toks[s-2].up] && !toks[s-2].capital {
		for k := cd.src.end; k < vs; k++ {
			if w := toks[k].up; !auxiliaries[w] && !modal[w] && !adverbs[w] && w != "BEEN" && !(len(w) > 4 && strings.HasSuffix(w, "LY")) {
				return false
			}
		}
		return true
	}
	h := cd.src.end
	if h < vs && toks[h].up == "'S" {
		h++
	}
	for j := h; j < h+2 && j < vs; j++ {
		t := toks[j]
		if t.capital || t.punct || functionWords[t.up] {
			return false
		}
		if !abstractHeads[t.up] {
			continue
		}
		for g := j + 1; g < vs; g++ {
			if w := toks[g].up; !auxiliaries[w] && !modal[w] && !adverbs[w] && w != "BEEN" && !(len(w) > 4 && strings.HasSuffix(w, "LY")) {
				return false
			}
		}
		return true
	}
	return false
}

// seizeWords: the forms of "seize" (SEIZE, 17x).
var seizeWords = wordSet("SEIZE", "SEIZES", "SEIZED", "SEIZING")

// seizedOn reports whether a seizure (17x) is read from "seize on" or
// "seize upon" ("is seizing upon a Ugandan newspaper's report", "the
// media has seized on new revelations about her"): to seize on a remark or
// a report is to make use of it, nothing taken from anyone. "Kenyan
// police seized Ugandan property" stays.
func seizedOn(toks []token, cd cand) bool {
	vs := cd.verbStart
	if root(cd.code) != "17" || vs+1 >= len(toks) || !seizeWords[toks[vs].up] {
		return false
	}
	w := toks[vs+1].up
	return w == "ON" || w == "UPON"
}

// senses25Drop reports whether one of this file's drops applies.
func senses25Drop(toks []token, cd cand) bool {
	return helpElect(toks, cd) || seemedConfident(toks, cd) || investedEffort(toks, cd) || takenNoun(toks, cd) ||
		thingCame(toks, cd) || thingAppeals(toks, cd) || seizedOn(toks, cd)
}

// votersAfter reports whether the actor mention m only qualifies voters
// named right after it, up to two lower-case words between ("African-
// American voters", "Kenyan primary voters", "Hispanic young voters"):
// the voters are the side of the candidate, and their electoral support
// or help (courtsVoters) is a vote, no event between political actors
// (the codebook's 05x is cooperation between them).
//
// A group set off after voters is the same voters ("African-American
// voters, especially older women, who helped her"): a voter word before
// the mention, only a comma and lower-case words between, counts too.
func votersAfter(toks []token, m member) bool {
	if m.sent != 0 || m.end <= m.start || m.end > len(toks) {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-5; k-- {
		t := toks[k]
		if voterWords[t.up] {
			return true
		}
		if t.up == "," {
			continue
		}
		if t.punct || t.capital || !letters(t.up) || functionWords[t.up] {
			break
		}
	}
	for k := m.end; k < m.end+3 && k < len(toks); k++ {
		t := toks[k]
		if voterWords[t.up] {
			return true
		}
		if t.punct || t.capital && k > m.end || functionWords[t.up] || !letters(t.up) {
			return false
		}
	}
	return false
}
