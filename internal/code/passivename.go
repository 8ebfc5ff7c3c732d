package code

// passiveNameNoun reports whether the capitalised word before the
// participle at vs is a name that no actor covers and the participle's
// agent follows it with "by" ("cited the figure at the Commander-in-Chief
// Forum viewed by 14.7 million people"): the participle qualifies the
// name, a reduced passive relative, as it does a lower-case noun in
// nounParticiple. Without "by" a capitalised word before an -ed form
// stays the source's own ("The official Peking Review yesterday accused").
// The name must not open the sentence.
func passiveNameNoun(toks []token, inMention []int, vs int) bool {
	n := vs - 1
	return n > 0 && vs+1 < len(toks) && toks[vs+1].up == "BY" && toks[n].capital && !toks[n].punct &&
		inMention[n] == 0 && letters(toks[n].up)
}
