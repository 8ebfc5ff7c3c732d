// Echoing or repeating: "Biden, echoing Erdogan, called on Kurds …", "he
// was echoing Ryan", "Papandreou repeated an invitation to Turkey":
// saying again what someone said, or saying something again, is no
// criticism of anyone (CAMEO.2.0.txt's REPEAT block codes "* +" 111, for
// mocking). A criticism, accusation or charge echoed or repeated is one
// made again and stays; a threat repeated is a threat (130).

package code

// echoVerbs: the forms of echo, repeat and copy (mock and mimic keep
// REPEAT's 111).
var echoVerbs = wordSet("ECHO", "ECHOES", "ECHOED", "ECHOING", "REPEAT", "REPEATS", "REPEATED", "REPEATING",
	"COPY", "COPIES", "COPIED", "COPYING")

// echoedBlame: what is echoed or repeated that keeps the criticism.
var echoedBlame = wordSet("CRITICISM", "CRITICISMS", "ACCUSATION", "ACCUSATIONS", "CHARGE", "CHARGES", "ALLEGATION",
	"ALLEGATIONS", "CONDEMNATION", "CONDEMNATIONS", "COMPLAINT", "COMPLAINTS", "ATTACKS", "CRITIQUE", "DENUNCIATION",
	"INSULT", "INSULTS", "CRITICAL", "CRITICIZED", "CRITICISED", "CALLS")

// echoedThreat: a threat or warning repeated.
var echoedThreat = wordSet("THREAT", "THREATS", "WARNING", "WARNINGS", "ULTIMATUM")

// echoedAct returns what becomes of an 11 candidate whose verb is a form
// of echo, repeat or copy: "" to keep it (a criticism word within six
// words after the verb), "130" for a threat repeated, "drop" otherwise.
func echoedAct(toks []token, cd cand) string {
	if root(cd.code) != "11" || cd.verbEnd-cd.verbStart != 1 || !echoVerbs[toks[cd.verbStart].up] {
		return ""
	}
	for k := cd.verbEnd; k < len(toks) && k < cd.verbEnd+6; k++ {
		w := toks[k].up
		if echoedBlame[w] {
			return ""
		}
		if echoedThreat[w] {
			return "130"
		}
		if toks[k].punct && w != "'S" {
			break
		}
	}
	return "drop"
}
