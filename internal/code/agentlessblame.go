// An accusation in an agentless passive: "a man accused of …".

package code

// agentlessBlame reports whether a candidate's verb is "accused" or
// "blamed" with no object, right before "of" or "for" ("John Okello, a
// trader previously accused of plotting to attack a Tanzanian paper",
// "Kenyan troops blamed for the raid were withdrawn", the headline
// "Kenya accused of shelling Ugandan villages"): a passive participle
// with no "by" agent, whose accuser is not named. The actor before it is
// the one accused, never the source; the event has none. Active uses
// have their object between ("Kenya accused Uganda of …"), and a passive
// with "by" has the agent after the verb ("accused by Uganda of …"). An
// object fronted by "which" or "whom", or an auxiliary right before the
// verb, leaves it active ("the peg, which Uganda has blamed for …").
func agentlessBlame(toks []token, cd cand) bool {
	v := cd.verbStart
	if v >= len(toks)-1 || cd.verbEnd != v+1 || cd.src.end > v {
		return false
	}
	switch toks[v].up {
	case "ACCUSED", "BLAMED":
	default:
		return false
	}
	if n := toks[v+1].up; n != "OF" && n != "FOR" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		w := toks[k].up
		if k == v-1 && (modal[w] || w == "'VE") {
			return false // "which the G7 have blamed for …": active, its object fronted
		}
		if w == "WHICH" || w == "WHOM" {
			return false // "a policy which Kenya blamed for …"
		}
	}
	return true
}
