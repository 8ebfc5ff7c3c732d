// An army of people who are no soldiers (lead16, issue 17): "Trump's army
// of Twitter followers", "an army of lawyers", "an army of paid door
// knockers" count many people by a military word. The agent dictionary
// reads "army" as the armed forces (~MIL), so the followers became a
// country's military acting.

package code

// figurativeArmy reports whether mention m holds a lower-case "army" (or
// "armies") followed by "of" and, within three words, a lower-case plural
// that names no fighters. "The army of Kenya" (a name, no plural) and
// "an army of mercenaries" stay armed forces.
func figurativeArmy(toks []token, m *mention) bool {
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
