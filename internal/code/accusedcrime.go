package code

import "strings"

// accuseVerb reports whether w is a form of "accuse" or "blame", the
// BLAME block's verbs of accusation that share its "* OF &CRIME" and
// "* FOR &CRIME" arrest patterns (173) with "convict" and "indict".
func accuseVerb(w string) bool {
	return strings.HasPrefix(w, "ACCUS") || strings.HasPrefix(w, "BLAM")
}

// accusedCrime returns the accusation code (112x) of an arrest or charge
// (17x) read from "accuse" or "blame": "Kenya accused Uganda of war
// crimes" is an accusation, no arrest, its sub-code by the crime named
// after the verb in the clause: war crimes, genocide, atrocities,
// crimes against humanity, ethnic cleansing 1124; human rights abuses,
// torture 1122; aggression 1123; espionage, spying, treason 1125; any
// other crime or corruption 1121. Prosecutors and courts (JUD) who
// accuse charge, and keep 173 ("Kenyan prosecutors accused the
// Tanzanian government of fraud"). "" when cd is not such a candidate.
func accusedCrime(toks []token, cd cand) string {
	if root(cd.code) != "17" || cd.verbStart >= len(toks) || !accuseVerb(toks[cd.verbStart].up) || strings.Contains(cd.src.actor.Code, "JUD") {
		return ""
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+14; k++ {
		w := toks[k].up
		if toks[k].punct && !isQuote(w) && w != "-" {
			break
		}
		next := ""
		for n := k + 1; n < len(toks) && n <= k+2; n++ {
			if !isQuote(toks[n].up) {
				next = toks[n].up
				break
			}
		}
		switch {
		case w == "WAR" && strings.HasPrefix(next, "CRIME"), w == "GENOCIDE", strings.HasPrefix(w, "ATROCIT"),
			w == "ETHNIC" && next == "CLEANSING", strings.HasPrefix(w, "CRIME") && next == "AGAINST":
			return "1124"
		case w == "HUMAN" && next == "RIGHTS", w == "TORTURE", w == "TORTURING":
			return "1122"
		case w == "AGGRESSION":
			return "1123"
		case w == "ESPIONAGE", w == "SPYING", w == "TREASON":
			return "1125"
		}
	}
	return "1121"
}
