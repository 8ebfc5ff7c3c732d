// A passive's agent after a manner adverb: "Kiechle, backed generally by
// his French and Italian colleagues", "was criticised sharply by Uganda"
// (reuters16, issue 17).
//
// An "-ly" adverb between the participle and "by" belongs to the verb;
// the by-phrase after it is still the agent. Without this the passive
// was missed and the actor before the participle coded as its source
// (DEUGOV 050 ITA for Kiechle backed by Italian colleagues).

package code

// adverbBy is the index of "by" after one lower-case "-ly" adverb right
// after the verb ending at ve ("backed generally by"), or ve when there
// is none ("backed only by", "backed largely by" are passives too).
func adverbBy(toks []token, ve int) int {
	if ve+1 < len(toks) && toks[ve+1].up == "BY" && !toks[ve].capital && lyAdverb(toks[ve].up) && !lyNouns[toks[ve].up] {
		return ve + 1
	}
	return ve
}

// lyNouns are "-ly" words that are nouns or adjectives, no adverbs.
var lyNouns = wordSet("SUPPLY", "FAMILY", "ASSEMBLY", "MONOPOLY", "ANOMALY", "RALLY", "REPLY", "ALLY", "ELDERLY", "FRIENDLY", "LIKELY", "UNLIKELY", "WEEKLY", "MONTHLY", "DAILY", "YEARLY", "QUARTERLY")
