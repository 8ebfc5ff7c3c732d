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
// Tanzanian government of fraud"). A bare accusation (112) from a form
// of "accuse" gets the same sub-code when a crime is named ("Kenya
// accused Uganda of espionage" 1125, "of corruption" 1121) and keeps 112
// when none is ("accused Uganda of lying"). "" when cd is not such a
// candidate.
func accusedCrime(toks []token, cd cand) string {
	if cd.verbStart >= len(toks) {
		return ""
	}
	if cd.code == "112" && strings.HasPrefix(toks[cd.verbStart].up, "ACCUS") {
		// "Kenya accused Uganda of espionage": the dictionary's bare
		// accusation gets the crime's sub-code; no crime named keeps 112
		c, _ := crimeNamed(toks, cd.verbEnd)
		return c
	}
	if root(cd.code) != "17" || !accuseVerb(toks[cd.verbStart].up) || strings.Contains(cd.src.actor.Code, "JUD") {
		return ""
	}
	if c, _ := crimeNamed(toks, cd.verbEnd); c != "" {
		return c
	}
	return "1121"
}

// crimeWords1121 name a crime or corruption (1121) after "accused … of".
var crimeWords1121 = map[string]bool{
	"CORRUPTION": true, "CORRUPT": true, "FRAUD": true, "BRIBERY": true, "BRIBES": true, "EMBEZZLEMENT": true,
	"EMBEZZLING": true, "MURDER": true, "MURDERING": true, "THEFT": true, "STEALING": true, "SMUGGLING": true,
	"TRAFFICKING": true, "LAUNDERING": true, "CRIME": true, "CRIMES": true, "CRIMINAL": true, "EXTORTION": true,
	"KIDNAPPING": true,
}

// crimeNamed returns the accusation sub-code of the crime named from
// toks[from] to the end of the clause (quotation marks do not end it):
// war crimes, genocide, atrocities, crimes against humanity, ethnic
// cleansing 1124; human rights abuses, torture 1122; aggression 1123;
// espionage, spying, treason 1125; another crime or corruption 1121 (ok
// true); "" when none is named.
func crimeNamed(toks []token, from int) (string, bool) {
	other := false
	for k := from; k < len(toks) && k < from+14; k++ {
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
			return "1124", true
		case w == "HUMAN" && next == "RIGHTS", w == "TORTURE", w == "TORTURING":
			return "1122", true
		case w == "AGGRESSION":
			return "1123", true
		case w == "ESPIONAGE", w == "SPYING", w == "TREASON":
			return "1125", true
		case crimeWords1121[w]:
			other = true // a graver crime later in the clause wins
		}
	}
	if other {
		return "1121", true
	}
	return "", false
}
