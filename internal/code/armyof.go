// An army of people who are no soldiers (lead16, issue 17): "Trump's army
// of Twitter followers", "an army of lawyers", "an army of paid door
// knockers" count many people by a military word. The agent dictionary
// reads "army" as the armed forces (~MIL), so the followers became a
// country's military acting.

package code

import "strings"

// figurativeArmy reports whether mention m holds a lower-case "army" (or
// "armies") followed by "of" and, within three words, a lower-case plural
// that names no fighters. "The army of Kenya" (a name, no plural) and
// "an army of mercenaries" stay armed forces.
func figurativeArmy(toks []token, m *mention) bool {
	if ofVerbBefore(toks, m.start) {
		return false // "accused the Ugandan army of killing civilians": the accusation's "of"
	}
	for i := m.start; i < m.end && i+2 < len(toks); i++ {
		if toks[i].capital || toks[i].up != "ARMY" && toks[i].up != "ARMIES" || toks[i+1].up != "OF" {
			continue
		}
		for j := i + 2; j < len(toks) && j < i+5; j++ {
			t := toks[j]
			if t.punct || armyOfStops[t.up] {
				break
			}
			if !t.capital && len(t.up) > 3 && t.up[len(t.up)-1] == 'S' {
				return !fighterNouns[t.up]
			}
		}
	}
	return false
}

// fighterNouns: people who fight, an army of whom is armed.
var fighterNouns = wordSet("SOLDIERS", "TROOPS", "FIGHTERS", "MERCENARIES", "MILITIAMEN", "CONSCRIPTS", "RESERVISTS",
	"GUERRILLAS", "GUERILLAS", "INSURGENTS", "REBELS", "JIHADISTS", "MILITANTS", "GUNMEN", "RECRUITS", "PARAMILITARIES")

// armyOfStops end the phrase after "army of".
var armyOfStops = wordSet("WHO", "THAT", "WHICH", "IN", "AT", "ON", "FROM", "TO", "AND", "OR", "WITH", "FOR", "BY", "HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE")

// ofVerbStems are verbs whose object is followed by an "of" of their own
// ("accused X of", "warned X of", "cleared X of", "stripped X of").
var ofVerbStems = []string{"ACCUS", "SUSPECT", "CONVICT", "ACQUIT", "CLEAR", "WARN", "INFORM", "NOTIF", "REMIND",
	"ROB", "DEPRIV", "STRIP", "PURG", "RID", "ASSUR", "CONVINC"}

// ofVerbBefore reports whether the word before a mention starting at
// start (past one determiner or possessive pronoun) is such a verb: then
// "army of" after it is the verb's "of" (rejudge16; figurativeArmy read
// "accused the Ugandan army of killing civilians" and "accused the army
// of torture" as "an army of lawyers").
func ofVerbBefore(toks []token, start int) bool {
	k := start - 1
	if k >= 0 && (determiners[toks[k].up] || npDeterminers[toks[k].up] || toks[k].up == "ITS" || toks[k].up == "THEIR" || toks[k].up == "HIS" || toks[k].up == "HER") {
		k--
	}
	if k < 0 || toks[k].capital || toks[k].punct {
		return false
	}
	for _, p := range ofVerbStems {
		if strings.HasPrefix(toks[k].up, p) {
			return true
		}
	}
	return false
}
