// Judgements named as nouns: "Clinton's attacks on Trump", "his praise
// of the Russian president", "Kenya's condemnation of Uganda". The owner
// of the noun is the one who judged, the actor after its preposition the
// one judged; the sentence states the judgement as a fact of its own,
// whatever its main verb does with it ("the audience cheered …",
// "took to the talk shows to defend …").

package code

// judgeNouns are nouns of a judgement of another, each with its CAMEO
// code and the prepositions that name whom it judges.
var judgeNouns = map[string]struct {
	code  string
	preps map[string]bool
}{
	"ATTACK":        {"111", wordSet("ON", "AGAINST")},
	"ATTACKS":       {"111", wordSet("ON", "AGAINST")},
	"CRITICISM":     {"111", wordSet("OF")},
	"CRITICISMS":    {"111", wordSet("OF")},
	"CONDEMNATION":  {"111", wordSet("OF")},
	"DENUNCIATION":  {"111", wordSet("OF")},
	"DENUNCIATIONS": {"111", wordSet("OF")},
	"PRAISE":        {"051", wordSet("OF", "FOR")},
}

// judgeAdj may stand between the owner and the noun ("Clinton's repeated
// attacks on Trump", "his fulsome praise of"); any other word (a word of
// what was not done: "planned", "threatened", "possible") ends the
// reading.
var judgeAdj = wordSet("REPEATED", "RENEWED", "CONTINUED", "CONTINUING", "LATEST", "RECENT", "FRESH", "FIERCE",
	"SHARP", "STRONG", "HARSH", "BITTER", "SCATHING", "WITHERING", "STINGING", "BLISTERING", "PERSONAL", "PUBLIC",
	"VERBAL", "VEILED", "OPEN", "FULSOME", "LAVISH", "WARM", "HIGH", "EFFUSIVE", "EARLIER", "FREQUENT", "CONSTANT")

// nominalJudgements codes the judgements a sentence names as nouns with
// an owner: the owner an actor followed by "'s", or "his"/"her" standing
// for the last person named before it in the sentence (a plural "their"
// would pair a group with the target: not read); the target the actor
// right after the noun's preposition (a determiner may come first). An
// attack is coded only when it is criticism (verbalAttackNoun).
func (st *state) nominalJudgements(toks []token, ms []mention, inMention []int) []cand {
	var out []cand
	for i := 1; i+2 < len(toks); i++ {
		jn, ok := judgeNouns[toks[i].up]
		if !ok || !jn.preps[toks[i+1].up] {
			continue
		}
		src, ok := st.judgeOwner(toks, ms, inMention, i)
		if !ok {
			continue
		}
		t := i + 2
		if t < len(toks) && (toks[t].up == "THE" || toks[t].up == "A" || toks[t].up == "AN") {
			t++
		}
		if t >= len(toks) || inMention[t] == 0 || ms[inMention[t]-1].start != t && ms[inMention[t]-1].start != i+2 {
			continue
		}
		tm := &ms[inMention[t]-1]
		if len(tm.members) != 1 {
			continue // a list judged: bounded, not paired
		}
		tgt := tm.members[0]
		if tgt.pronoun || tgt.actor.Code == "" || tgt.actor.Code == src.actor.Code && !twoPeople(src, tgt) {
			continue
		}
		if (toks[i].up == "ATTACK" || toks[i].up == "ATTACKS") && !verbalAttackNoun(toks, src, tgt) {
			continue
		}
		out = append(out, cand{src: src, tgt: tgt, code: jn.code, verbStart: i, verbEnd: i + 1,
			explain: "a judgement named as a noun with its owner → " + jn.code,
			notes:   []string{src.actor.Name + "'s " + cueText(toks, i, i+2) + " " + tgt.actor.Name + " → " + judgeWhat[jn.code]}})
	}
	return out
}

// judgeOwner finds the owner of the judgement noun at i: an actor of one
// member right before "'s" (and at most one adjective of judgeAdj), or
// "his"/"her" standing for the last person named before it in the
// sentence.
func (st *state) judgeOwner(toks []token, ms []mention, inMention []int, i int) (member, bool) {
	k := i - 1
	if judgeAdj[toks[k].up] {
		k--
	}
	if k < 0 {
		return member{}, false
	}
	switch w := toks[k].up; w {
	case "'S":
		if k == 0 || inMention[k-1] == 0 {
			return member{}, false
		}
		m := &ms[inMention[k-1]-1]
		if len(m.members) != 1 || m.members[0].actor.Code == "" || m.members[0].counted {
			return member{}, false
		}
		return m.members[0], true
	case "HIS", "HER":
		for j := len(ms) - 1; j >= 0; j-- {
			m := &ms[j]
			if m.end > k {
				continue
			}
			if len(m.members) != 1 || !m.members[0].person || m.members[0].actor.Code == "" {
				return member{}, false // the last named before is no one person
			}
			mem := m.members[0]
			mem.ante = [2]int{mem.start, mem.end}
			mem.start, mem.end, mem.pronoun = k, k+1, true
			mem.explain = append(append([]string(nil), mem.explain...), "possessive "+w+" → "+mem.actor.Name)
			return mem, true
		}
	}
	return member{}, false
}

// verbalAttackNoun reports whether an attack named as a noun is
// criticism: a person's attack, or one between parties or politicians of
// one country, where no side bears arms and the sentence names no weapon,
// wound or death. A state's attack ("America's attack on an Iranian oil
// platform") is force, which the noun alone does not code.
func verbalAttackNoun(toks []token, src, tgt member) bool {
	if !unarmedNoHarm(toks, src.actor.Code, tgt.actor.Code) {
		return false
	}
	return src.person || politicalRival(src.actor) && politicalRival(tgt.actor) && src.actor.Country == tgt.actor.Country
}
