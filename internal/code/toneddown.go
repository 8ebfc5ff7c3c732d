// Criticism toned down (issue 17): "has toned down his criticism of the
// president", "will soften her attacks on the party" report less of a
// conflictual act, not the act: the noun of criticism after a verb of
// lessening is no 11x between the two.

package code

// tonedDown reports whether a conflictual candidate (roots 10–13) is read
// from a noun of conflict that a verb of lessening governs: "toned down",
// "dialled back", "scaled back", "softened", "tempered", "muted", with
// at most two words (a possessive, an adjective) between them ("toned down
// his criticism of", "softened her sharp attacks on").
func tonedDown(toks []token, cd cand) bool {
	switch root(cd.code) {
	case "10", "11", "12", "13":
	default:
		return false
	}
	vs := cd.verbStart
	if vs <= 0 || vs >= len(toks) {
		return false
	}
	for k := vs - 1; k >= 0 && k >= vs-3; k-- {
		w := toks[k].up
		if toks[k].punct {
			return false
		}
		if lesseningVerbs[w] {
			return true
		}
		if (w == "DOWN" || w == "BACK") && k > 0 && lesseningParticle[toks[k-1].up] {
			return true
		}
	}
	return false
}

// lesseningVerbs lessen a noun of conflict on their own.
var lesseningVerbs = wordSet("SOFTEN", "SOFTENS", "SOFTENED", "SOFTENING", "TEMPER", "TEMPERS", "TEMPERED", "TEMPERING",
	"MUTE", "MUTES", "MUTED", "MUTING", "MODERATE", "MODERATES", "MODERATED", "MODERATING")

// lesseningParticle: verbs that lessen with "down" or "back" ("toned
// down", "dialled back", "scaled back", "played down").
var lesseningParticle = wordSet("TONE", "TONES", "TONED", "TONING", "DIAL", "DIALS", "DIALED", "DIALLED", "DIALING", "DIALLING",
	"SCALE", "SCALES", "SCALED", "SCALING", "PLAY", "PLAYS", "PLAYED", "PLAYING")
