// Acts named as nouns after a verb that announces, orders, approves,
// starts or completes them: "Kenya announced the deployment of troops to
// Somalia" is Kenya deploying troops to Somalia, "Uganda approved the
// release of Kenyan prisoners" Uganda releasing them, "Kenya made a
// donation to Uganda" Kenya donating. The noun is read as its verb
// (deployment → DEPLOYED, expulsion → EXPELLED) with the words after its
// "of" as that verb's object: the verb dictionary's block and patterns
// for that form say the code and, through its own rules, the target;
// the announcing verb's subject is the source, and its auxiliaries decide
// the modality ("will announce the withdrawal" is an intent, the gate's).
// (Judgements named as nouns with an owner are nominal.go's; meetings and
// visits named in a phrase meetingnoun.go's and visitnoun.go's.)

package code

import (
	"strings"

	"dyad/internal/dict"
)

// deverbalAct is an act's noun: the past form of its verb (one word or
// a phrasal verb's two), the word that introduces the act's object
// ("of", "on" for a raid) and the prepositions its verb itself takes
// after the noun ("a donation to", "its withdrawal from"), which stay.
type deverbalAct struct {
	verb string
	obj  map[string]bool
	keep map[string]bool
}

var (
	ofObj  = wordSet("OF")
	noKeep = map[string]bool{}
)

// deverbalActs are the nouns of acts that CAMEO codes as the act
// whatever verb announces them. No noun of commerce ("sale",
// "acquisition", "offering": a firm's dealings) and none whose verb
// codes a wrong act or nothing in the dictionary ("recognition": praise;
// "dispatch": economic cooperation; "halt": "halted construction work"
// a strike; "return": "the return of its ambassador" restores ties;
// "transfer", "execution", "evacuation": no code).
var deverbalActs = map[string]deverbalAct{
	"DEPLOYMENT":    {"DEPLOYED", ofObj, noKeep},
	"EXPULSION":     {"EXPELLED", ofObj, noKeep},
	"RELEASE":       {"RELEASED", ofObj, noKeep},
	"WITHDRAWAL":    {"WITHDREW", ofObj, wordSet("FROM")},
	"SUSPENSION":    {"SUSPENDED", ofObj, noKeep},
	"IMPOSITION":    {"IMPOSED", ofObj, noKeep},
	"ARREST":        {"ARRESTED", ofObj, noKeep},
	"ARRESTS":       {"ARRESTED", ofObj, noKeep},
	"DEPORTATION":   {"DEPORTED", ofObj, noKeep},
	"CLOSURE":       {"CLOSED", ofObj, noKeep},
	"RESUMPTION":    {"RESUMED", ofObj, noKeep},
	"RECALL":        {"RECALLED", ofObj, noKeep},
	"SEVERING":      {"SEVERED", ofObj, noKeep},
	"EXTRADITION":   {"EXTRADITED", ofObj, noKeep},
	"INVASION":      {"INVADED", ofObj, noKeep},
	"BOMBING":       {"BOMBED", ofObj, noKeep},
	"SHELLING":      {"SHELLED", ofObj, noKeep},
	"KILLING":       {"KILLED", ofObj, noKeep},
	"KILLINGS":      {"KILLED", ofObj, noKeep},
	"ASSASSINATION": {"ASSASSINATED", ofObj, noKeep},
	"KIDNAPPING":    {"KIDNAPPED", ofObj, noKeep},
	"ABDUCTION":     {"ABDUCTED", ofObj, noKeep},
	"TORTURE":       {"TORTURED", ofObj, noKeep},
	"RAID":          {"RAIDED", wordSet("ON"), noKeep},
	"RAIDS":         {"RAIDED", wordSet("ON"), noKeep},
	"BLOCKADE":      {"BLOCKADED", ofObj, noKeep},
	"ANNEXATION":    {"ANNEXED", ofObj, noKeep},
	"OCCUPATION":    {"OCCUPIED", ofObj, noKeep},
	"LIFTING":       {"LIFTED", ofObj, noKeep},
	"EASING":        {"EASED", ofObj, noKeep},
	"DELIVERY":      {"DELIVERED", ofObj, noKeep},
	"PROVISION":     {"PROVIDED", ofObj, noKeep},
	"FREEZING":      {"FROZE", ofObj, noKeep},
	"SEIZURE":       {"SEIZED", ofObj, noKeep},
	"DETENTION":     {"DETAINED", ofObj, noKeep},
	"PROSECUTION":   {"PROSECUTED", ofObj, noKeep},
	"INDICTMENT":    {"INDICTED", ofObj, noKeep},
	"DONATION":      {"DONATED", ofObj, wordSet("TO")},
	"RESTORATION":   {"RESTORED", ofObj, noKeep},
	"ESTABLISHMENT": {"ESTABLISHED", ofObj, noKeep},
	"OPENING":       {"OPENED", ofObj, noKeep},
	"SENDING":       {"SENT", ofObj, noKeep},
	"REDUCTION":     {"REDUCED", ofObj, noKeep},
	"HANDOVER":      {"HANDED OVER", ofObj, noKeep},
	"BAN":           {"BANNED", wordSet("ON"), noKeep},
}

// actNounVerbs announce, order, approve, start, complete or make the act
// their object names: the act is their subject's.
var actNounVerbs = wordSet(
	"ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "ANNOUNCING",
	"ORDER", "ORDERS", "ORDERED", "ORDERING",
	"APPROVE", "APPROVES", "APPROVED", "APPROVING",
	"AUTHORIZE", "AUTHORIZES", "AUTHORIZED", "AUTHORIZING", "AUTHORISE", "AUTHORISES", "AUTHORISED", "AUTHORISING",
	"DECREE", "DECREES", "DECREED",
	"CONFIRM", "CONFIRMS", "CONFIRMED", "CONFIRMING",
	"COMPLETE", "COMPLETES", "COMPLETED", "COMPLETING",
	"BEGIN", "BEGINS", "BEGAN", "BEGUN", "BEGINNING", "START", "STARTS", "STARTED", "STARTING",
	"LAUNCH", "LAUNCHES", "LAUNCHED", "LAUNCHING",
	"MAKE", "MAKES", "MADE", "MAKING")

// carryWords before "out" ("carried out the arrest of"): the act is done.
var carryWords = wordSet("CARRY", "CARRIES", "CARRIED", "CARRYING")

// actNounAdj may stand between the determiner and the noun ("the
// immediate release of", "a full withdrawal from"); any other word (one
// of what is not done: "planned", "proposed", "possible") ends the
// reading.
var actNounAdj = wordSet("IMMEDIATE", "FULL", "PARTIAL", "PHASED", "GRADUAL", "TEMPORARY", "COMPLETE", "TOTAL",
	"UNCONDITIONAL", "FURTHER", "ADDITIONAL", "NEW", "MASS", "SWIFT", "INDEFINITE", "FRESH", "EARLY", "FORMAL",
	"OFFICIAL", "SUDDEN", "FINAL", "FIRST", "LATEST")

// actNounVerbVals resolves each act noun's verb form in the coder's verb
// dictionary, once when the coder is built.
func (c *Coder) actNounVerbVals() map[string]verbVal {
	out := make(map[string]verbVal, len(deverbalActs))
	for noun, an := range deverbalActs {
		var vt []token
		for _, w := range strings.Fields(an.verb) {
			vt = append(vt, token{up: w})
		}
		if vals, n := c.verbs.longest(vt, 0, nil); n == len(vt) && len(vals) > 0 {
			out[noun] = vals[0]
		}
	}
	return out
}

// generic reports whether a pattern's words after the verb are
// prepositions only ("* TO", "* FOR"): it says nothing of an act named
// as the verb's object.
func generic(p *dict.Pattern) bool {
	if len(p.Pre) > 0 {
		return false
	}
	for _, el := range p.Post {
		if el.Kind != dict.TokWord || len(el.Phrase) != 1 || !prepositions[el.Phrase[0].Text] {
			return false
		}
	}
	return true
}

// namesNoun reports whether a pattern of the announcing verb reads the
// act noun at k itself ("ANNOUNCE * SUSPENSION AID", "ORDER *
// EXPULSION"): the dictionary has said what announcing that act is. A
// pattern whose words lie past the noun ("* AID" in "announced a
// reduction of aid", "* TO" in "ordered the deportation of … to") reads
// the act's object as the verb's: the noun decides.
func namesNoun(p *dict.Pattern, noun string) bool {
	if len(p.Pre) > 0 {
		return true
	}
	has := func(ph dict.Phrase) bool {
		for _, w := range ph {
			if w.Text == noun || w.Stem && strings.HasPrefix(noun, w.Text) {
				return true
			}
		}
		return false
	}
	for _, el := range p.Post {
		switch el.Kind {
		case dict.TokWord:
			if has(el.Phrase) {
				return true
			}
		case dict.TokAlt:
			for _, a := range el.Alts {
				if has(a) {
					return true
				}
			}
		case dict.TokSet:
			return true // a set may hold the noun: the pattern stands
		}
	}
	return false
}

// actNounCode codes the act named by the object of the verb at [vs, ve)
// when that verb is one of actNounVerbs: a determiner (or a possessive
// pronoun), up to two of actNounAdj, then a noun of deverbalActs and its
// "of" (or the preposition its verb takes), unless a pattern of the
// verb (main) reads the noun itself, or reads words past it ("*
// MILLION ASSISTANCE") where none of the noun's verb does. The noun's verb is matched
// as if it stood there, its object after "of": its patterns (none with
// words before the verb) or its form's or block's code; the target is
// the pattern's, or the actor after the object (targetAfter). ok is
// false when the object names no such act, when its verb codes no event
// or when no actor follows; the verb is then coded as it stands.
func (st *state) actNounCode(toks []token, ms []mention, inMention []int, vs, ve int, main *dict.Pattern) (code dict.Code, p *dict.Pattern, tgt *mention, noun string, ok bool) {
	if st.c.set.TabariRules || ve >= len(toks) || !(ve-vs == 1 && actNounVerbs[toks[vs].up] || ve-vs == 2 && carryWords[toks[vs].up] && toks[vs+1].up == "OUT") {
		return dict.Code{}, nil, nil, "", false
	}
	k := ve
	if determiners[toks[k].up] && toks[k].up != "THAT" {
		k++
	}
	for a := 0; a < 2 && k < len(toks) && actNounAdj[toks[k].up]; a++ {
		k++
	}
	if k+2 >= len(toks) || toks[k].capital && k > 0 || inMention[k] != 0 {
		return dict.Code{}, nil, nil, "", false
	}
	an, found := deverbalActs[toks[k].up]
	if !found || !an.obj[toks[k+1].up] && !an.keep[toks[k+1].up] {
		return dict.Code{}, nil, nil, "", false
	}
	vv, found := st.c.actVerbs[toks[k].up]
	if !found || main != nil && namesNoun(main, toks[k].up) {
		return dict.Code{}, nil, nil, "", false
	}
	end := k + 1 // the noun read as its verb; its object follows "of"
	if an.obj[toks[k+1].up] {
		end = k + 2
	}
	code = vv.block.Code
	if !vv.form.Code.IsZero() {
		code = vv.form.Code
	}
	best := -1
	for pi := range vv.block.Patterns {
		q := &vv.block.Patterns[pi]
		if len(q.Pre) > 0 || pi < len(vv.needs) && !st.hasWords(toks, vv.needs[pi]) {
			continue
		}
		if score, _, t, matched := st.matchPattern(toks, ms, inMention, k, end, q); matched && score > best {
			best, code, p, tgt = score, q.Code, q, t
		}
	}
	if main != nil && p == nil && !generic(main) {
		return dict.Code{}, nil, nil, "", false // "authorized the release of $5 million in assistance": the verb's own pattern read the act's object, and the noun's verb has none
	}
	if code.Null || code.Discard || code.IsZero() || code.Code == "" {
		return dict.Code{}, nil, nil, "", false
	}
	if tgt == nil {
		prev := st.curCode
		st.curCode = code.Code
		tgt = st.targetAfter(toks, ms, end)
		st.curCode = prev
	}
	if tgt == nil {
		return dict.Code{}, nil, nil, "", false
	}
	return code, p, tgt, toks[k].up, true
}
