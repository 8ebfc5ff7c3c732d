package code

// Evaluations of an actor in what was said, beyond said.go's cues: a
// said clause whose subject is another actor, or that actor's act or
// words ("Uganda's tweets"), followed by a form of "be" and an
// evaluative word ("were unhinged", "is a liar", "is a dedicated
// advocate for children") is the speaker's criticism (111), accusation
// (112) or praise (051), as a CAMEO coder codes it, not a bare statement
// (010). judgementAt reads these cues like its own: a negation ("is not
// a liar") or a modal before the cue gives none.

// evalNegAdj: adjectives that find fault with an actor or its act after
// "is/was" (111), besides said.go's ("wrong", "reckless" …).
var evalNegAdj = []string{"UNHINGED", "DANGEROUS", "IRRATIONAL", "DELUSIONAL", "INFLAMMATORY", "PROVOCATIVE",
	"UNHELPFUL", "UNWISE", "FOOLISH", "STUPID", "NAIVE", "CHILDISH", "IMMATURE", "UNPROFESSIONAL", "DIVISIVE",
	"DESPICABLE", "DISGUSTING", "REPREHENSIBLE", "UNCONSCIONABLE", "UNTRUSTWORTHY", "UNRELIABLE", "INEPT",
	"CALLOUS", "HEARTLESS", "CRUEL", "THUGGISH", "BARBARIC"}

// evalPosAdj: adjectives that praise an actor or its act after "is/was"
// (051), besides said.go's ("right", "brave" …).
var evalPosAdj = []string{"HONEST", "WISE", "COMMENDABLE", "PRAISEWORTHY", "LAUDABLE", "HEROIC", "VISIONARY",
	"TRUSTWORTHY", "SENSIBLE", "CONSTRUCTIVE", "GENEROUS", "PRINCIPLED"}

// Nouns after "is a …" that judge an actor on their own: a fault (111),
// a deceit (112), a merit (051).
var (
	evalNegNoun = []string{"EMBARRASSMENT", "LIABILITY", "JOKE", "CLOWN", "HYPOCRITE", "DICTATOR", "TYRANT",
		"BULLY", "COWARD", "MENACE"}
	evalAccNoun = []string{"LIAR", "LIARS", "CROOK", "CROOKS", "THIEF", "THIEVES", "FRAUD", "CHEAT"}
	evalPosNoun = []string{"HERO", "HEROES", "PATRIOT", "STATESMAN", "CHAMPION", "PEACEMAKER", "INSPIRATION",
		"ROLE MODEL", "HONEST BROKER"}
)

// evalPlural: judging nouns in the plural, which stand after "are" or
// "were" with no article ("Ugandan officials are liars", "the rebels
// were cowards"): a bare plural noun after "are" is often a description
// ("are farmers"), but these nouns only judge.
var evalPlural = map[string]string{
	"LIARS": "112", "CROOKS": "112", "THIEVES": "112", "FRAUDS": "112", "CHEATS": "112",
	"HYPOCRITES": "111", "COWARDS": "111", "BULLIES": "111", "CLOWNS": "111", "DICTATORS": "111",
	"TYRANTS": "111", "THUGS": "111", "EMBARRASSMENTS": "111",
	"HEROES": "051", "PATRIOTS": "051", "STATESMEN": "051", "CHAMPIONS": "051", "PEACEMAKERS": "051",
}

// evalNoFriend: nouns of good will that "no" before them turns into
// criticism: "X is no friend of Uganda" (111) denies good will, as "is
// an enemy of" would say it; "no" is no negation of the clause here.
var evalNoFriend = wordSet("FRIEND", "FRIENDS", "ALLY", "ALLIES", "PARTNER", "PARTNERS", "CHAMPION",
	"CHAMPIONS", "HERO", "PATRIOT", "DEFENDER", "SUPPORTER", "FAN")

// predicateNounAt judges a noun predicate at token k after a form of
// "be" that judgementAt's article case does not reach: a bare plural
// judging noun right after the verb ("are liars", "were all cowards")
// and "no" + a noun of good will ("is no friend of"). It returns the
// code and the cue's end, or "" and 0.
func predicateNounAt(toks []token, k int) (string, int) {
	if k <= 0 || k >= len(toks) {
		return "", 0
	}
	prev := toks[k-1].up
	j := k
	if toks[k].up == "ALL" && k+1 < len(toks) {
		j = k + 1 // "were all cowards"
	}
	if c, ok := evalPlural[toks[j].up]; ok && (prev == "ARE" || prev == "WERE" || prev == "BEEN") {
		return c, j + 1
	}
	if toks[k].up == "NO" && judgeBe[prev] && k+1 < len(toks) && evalNoFriend[toks[k+1].up] {
		return "111", k + 2
	}
	return "", 0
}

// A role noun judged by its adjective: "a dedicated advocate", "a great
// friend", "a weak leader"; the noun alone ("the leader of Uganda") and
// a descriptive adjective ("a close friend", "a former leader") judge
// nothing.
var (
	evalRoleNouns = []string{"FRIEND", "FRIENDS", "ADVOCATE", "LEADER", "LEADERS", "ALLY", "ALLIES", "PARTNER",
		"PARTNERS", "NEIGHBOUR", "NEIGHBOR", "NEIGHBOURS", "NEIGHBORS", "MAN", "WOMAN", "SERVANT", "DEFENDER"}
	evalRolePos = []string{"GREAT", "GOOD", "TRUE", "DEDICATED", "LOYAL", "RELIABLE", "TRUSTED", "WISE",
		"VISIONARY", "COMMITTED", "TIRELESS", "SINCERE", "GENUINE", "STAUNCH", "EXCELLENT", "EXCEPTIONAL",
		"REMARKABLE", "HONEST", "STRONG", "OUTSTANDING", "DEPENDABLE", "FAITHFUL", "PASSIONATE", "FEARLESS"}
	evalRoleNeg = []string{"BAD", "POOR", "WEAK", "UNRELIABLE", "INCOMPETENT", "DANGEROUS", "TERRIBLE", "HOPELESS",
		"FAILED", "DISHONEST", "UNTRUSTWORTHY"}
)

func init() {
	addCues("111", 'a', evalNegAdj...)
	addCues("051", 'a', evalPosAdj...)
	addCues("111", 'n', evalNegNoun...)
	addCues("112", 'n', evalAccNoun...)
	addCues("051", 'n', evalPosNoun...)
	for _, n := range evalRoleNouns {
		for _, a := range evalRolePos {
			addCues("051", 'n', a+" "+n)
		}
		for _, a := range evalRoleNeg {
			addCues("111", 'n', a+" "+n)
		}
	}
	for _, w := range []string{"TWEETS", "TWEET", "POSTS", "SPEECH", "SPEECHES", "LETTER", "RHETORIC", "LANGUAGE",
		"THREATS", "OUTBURST", "OUTBURSTS", "ACCUSATION", "ALLEGATION", "ASSERTION", "ASSERTIONS", "ARGUMENT",
		"ARGUMENTS", "DEMAND", "DIRECTIVE", "DECREE", "BAN", "CRACKDOWN", "MEASURES", "DECLARATION", "THREAT",
		"ULTIMATUM", "INSULTS", "INTERVIEW", "ORDER", "RANT", "TIRADE", "MELTDOWN"} {
		actNouns[w] = true
	}
}

// possessedActEnd: after a possessive ending at token e ("Uganda's",
// "the ministers'"), where the predicate of a said clause starts when the
// thing possessed is an act or words of the actor within three words
// ("Uganda's new policy", "Kenya's \"latest rant\"", quotation marks not
// counted), and its infinitive ("decision to close the border"); -1 when
// it is no act ("Uganda's drought").
func possessedActEnd(toks []token, e int) int {
	n := 0
	for j := e + 1; j < len(toks) && n < 3; j++ {
		if quoteMark(toks[j].up) {
			continue
		}
		n++
		if actNouns[toks[j].up] {
			if k := actInfinitiveEnd(toks, j+1); k != j+1 {
				return k
			}
			return actPhraseEnd(toks, j+1) // "Uganda's handling of the crisis was …" (actphrase.go)
		}
		if toks[j].punct || functionWords[toks[j].up] {
			break
		}
	}
	return -1
}

// adjComma reports whether the comma at j stands between two adjectives
// of a judged noun ("is a tireless, dedicated advocate"): a lower-case
// word on either side.
func adjComma(toks []token, j int) bool {
	return toks[j].up == "," && j > 0 && j+1 < len(toks) && !toks[j-1].punct && !toks[j+1].punct &&
		!toks[j-1].capital && !toks[j+1].capital && !articleWords[toks[j-1].up] && !functionWords[toks[j+1].up]
}
