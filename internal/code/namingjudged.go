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
