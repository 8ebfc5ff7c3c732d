package code

// The people held over an attack are the target of an arrest, not the
// one the attack was on: in "detained several suspects in the attack on
// the convoy of the Ugandan minister" the actor after the attack's noun
// is what was attacked, and the ones detained (a noun no actor names)
// get no code, so the arrest has no target.

// suspectedIn reports whether, between the verb ending at ve and the
// target starting at t, a noun no actor names is followed by "in" or
// "over" and the noun of an attack (a determiner may come between):
// "suspects in the attack against …", "two men over the killing of …".
func suspectedIn(toks []token, inMention []int, ve, t int) bool {
	for k := ve + 1; k+1 < t && k < len(toks); k++ {
		if toks[k].up != "IN" && toks[k].up != "OVER" {
			continue
		}
		n := toks[k-1]
		if inMention[k-1] != 0 || n.punct || n.capital || functionWords[n.up] || determiners[n.up] {
			return false
		}
		a := k + 1
		if determiners[toks[a].up] && a+1 < t {
			a++
		}
		return inMention[a] == 0 && (ownedAttacks[toks[a].up] || attackDeaths[toks[a].up])
	}
	return false
}

// attackDeaths are nouns of a killing, besides ownedAttacks.
var attackDeaths = map[string]bool{"KILLING": true, "MURDER": true, "MURDERS": true, "ASSASSINATION": true, "DEATH": true, "DEATHS": true}
