package reported

// warnAddressed are the forms of CAMEO.2.0.txt's WARN block (130) that
// take an addressee: "warned Uganda that …".
var warnAddressed = set("WARN", "WARNS", "WARNED", "CAUTION", "CAUTIONS", "CAUTIONED")

var (
	// what the speaker may do or demands, in what was warned: a future
	// ("warned Uganda that it would act"), readiness ("that it was ready
	// to retaliate"), an obligation ("that its package must be
	// significant"), the first person ("that we are ready") and a
	// condition ("unless", conditionWords)
	warnThreat = set("WILL", "WOULD", "SHALL", "'LL", "WON'T", "WOULDN'T", "READY", "PREPARED",
		"MUST", "SHOULD", "OUGHT", "NEEDS", "NEED", "WE", "I", "OUR", "MY", "US")
	// harm in what was warned: "that its troops could be attacked", "that
	// it could face sanctions"
	warnHarm = set("SANCTION", "SANCTIONS", "RETALIATION", "RETALIATE", "REPRISAL", "REPRISALS", "CONSEQUENCES",
		"PUNISHED", "PUNISHMENT", "ATTACK", "ATTACKED", "ATTACKS", "FORCE", "MILITARY", "WAR", "ACTION", "MEASURES",
		"EXPELLED", "BOYCOTT", "TARIFFS", "STRIKE", "STRIKES", "RESPONSE", "PRICE")
	// words after the addressee that make the warning no clause
	warnPreps = set("TO", "NOT", "OF", "AGAINST", "ABOUT", "OVER", "ON", "FOR", "WITH", "IN")
	// the determiners an addressee may open with
	addresseeOpen = set("THE", "ITS", "HIS", "HER", "THEIR")
)

// WarnedState reports whether a threat (130) coded from WARN toward the
// addressee right after the verb is a warning about how things are, not
// about what the speaker may do: a finite clause (an auxiliary or a
// modal) follows the addressee ("warned Labour and the Tories they were
// in danger of pandering", "warned the committee that binding judges
// might look like interference") and it holds none of warnThreat, no
// condition and no harm. CAMEO.2.0.txt's own WARN patterns code warnings
// of what may befall as pessimistic comments (012: "* OF RISK",
// "* CATASTROPHE"); the codebook's 130 is for "coercive or forceful
// warnings with serious potential repercussions".
func WarnedState(up []string, v, t, te int, cameo string) bool {
	if cameo != "130" || !warnAddressed[up[v]] || t <= v || te >= len(up) || !addressee(up, v, t) {
		return false
	}
	if warnPreps[up[te]] {
		return false // "warned Uganda to withdraw", "warned Uganda against …"
	}
	finite := false
	for k := te; k < len(up); k++ {
		w := up[k]
		if w == ";" || w == "." || quoteMark[w] {
			break
		}
		if warnThreat[w] || conditionWords[w] || warnHarm[w] {
			return false
		}
		finite = finite || finiteAux[w]
	}
	return finite
}

// addressee reports whether the target at t is the one warned: right
// after the verb (an article or possessive between), or a later member
// of a list that opens there ("warned Japan and the United States").
func addressee(up []string, v, t int) bool {
	if t == v+1 || t == v+2 && addresseeOpen[up[v+1]] {
		return true
	}
	k := t - 1
	if addresseeOpen[up[k]] {
		k--
	}
	return t <= v+6 && k > v && up[k] == "AND"
}
