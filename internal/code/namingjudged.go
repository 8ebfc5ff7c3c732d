// A naming that judges its object: "called him unfit to serve", "calls
// the plan 'stupid'", "called Uganda, its old ally, a fraud" (senses18,
// issue 17). The speaker criticises whom it names; no telephone call,
// meeting or appeal is made.

package code

import "strings"

// judgedNames are words of blame that a naming gives its object.
var judgedNames = wordSet("UNFIT", "INCOMPETENT", "DANGEROUS", "RECKLESS", "DISHONEST", "CORRUPT", "CROOKED",
	"LIAR", "LIARS", "HYPOCRITE", "HYPOCRITES", "HYPOCRITICAL", "RACIST", "RACISTS", "FRAUD", "DISGRACE",
	"DISGRACEFUL", "IRRESPONSIBLE", "UNACCEPTABLE", "IGNORANT", "STUPID", "BIGOT", "BIGOTED", "CROOK", "THUG",
	"THUGS", "USELESS", "SHAMEFUL", "ABSURD", "RIDICULOUS", "OUTRAGEOUS", "APPALLING", "DESPICABLE", "DEPLORABLE",
	"INEPT", "UNQUALIFIED", "PATHETIC", "LUDICROUS", "ARROGANT", "COWARD", "COWARDLY", "TRAITOR", "TRAITORS",
	"DEMAGOGUE", "CHARLATAN", "FARCE", "SHAM", "BLUNDER", "DISASTROUS", "PROVOCATION", "PROVOCATIVE",
	"INSULT", "INSULTING", "UNJUST", "IMMORAL", "DIVISIVE", "EXTREMIST", "EXTREMISTS", "FASCIST", "NASTY",
	"EVIL", "MENACE", "CON", "LAUGHING-STOCK", "UNPATRIOTIC", "UNTRUSTWORTHY", "WEAK", "ESCALATION")

// judgedNaming reports whether a "call" candidate names its object with
// a word of blame (judgedNames) after it: within ten words of the
// object's end, past an apposition set off by commas ("called Uganda,
// its old ally, a fraud") and quotation marks, before the clause ends
// (punctuation other than a comma or a quotation mark, "that", "who",
// "which", "because"). The object is the candidate's target, after the
// verb; a phrasal "call on / for / off …" is no naming. The candidate
// whose source stands after the verb is the call's second direction,
// which a naming has not.
func judgedNaming(toks []token, cd cand) bool {
	if cd.verbStart >= len(toks) || !strings.HasPrefix(toks[cd.verbStart].up, "CALL") {
		return false
	}
	if k := cd.verbStart + 1; k >= len(toks) || callParticles[toks[k].up] {
		return false
	}
	obj := cd.tgt
	if cd.src.start > cd.verbStart {
		obj = cd.src // the second direction: its source is the object
	}
	if obj.start < cd.verbEnd || obj.start > cd.verbEnd+3 {
		return false
	}
	commas := 0
	for j := obj.end; j < len(toks) && j < obj.end+10; j++ {
		w := toks[j].up
		if judgedNames[w] {
			return true
		}
		switch {
		case w == ",":
			if commas++; commas > 2 {
				return false
			}
		case namingQuote(w):
		case toks[j].punct, w == "THAT", w == "WHO", w == "WHICH", w == "BECAUSE", w == "AND" && commas == 0:
			return false
		}
	}
	return false
}

// namingQuote: a straight or curly quotation mark, single or double.
func namingQuote(w string) bool {
	switch w {
	case "\"", "'", "“", "”", "‘", "’":
		return true
	}
	return false
}

// verbalAttackReverse reports whether a candidate is the second
// direction that a two-way pattern ("* WITH" 190:190, meant for a clash)
// gives a verbal attack: "Bush attacked Trump, with whom he clashed …,
// calling him a loser" is Bush's criticism of Trump, and Trump attacked no
// one. The verb is an attack word itself (attackWords; a clash is two-way),
// the candidate's source stands after it and its target before it, no
// side bears arms and no harm is named, and the two are political rivals
// of one country or the attacker is a person.
func verbalAttackReverse(toks []token, cd cand) bool {
	if cd.code != "190" || cd.verbStart >= len(toks) || !attackWords[toks[cd.verbStart].up] ||
		cd.src.start < cd.verbEnd || cd.tgt.end > cd.verbStart {
		return false
	}
	if !unarmedNoHarm(toks, cd.src.actor.Code, cd.tgt.actor.Code) {
		return false
	}
	return cd.tgt.person || politicalRival(cd.src.actor) && politicalRival(cd.tgt.actor) && cd.src.actor.Country == cd.tgt.actor.Country
}
